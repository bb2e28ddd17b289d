from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Public site")

    def ready(self):
        from django.db.models.signals import post_save

        from clusters.signals import cluster_roles_changed

        from . import roles
        from .models import ClusterPage

        cluster_roles_changed.connect(roles.on_cluster_roles_changed, dispatch_uid="cms_roles")
        post_save.connect(roles.on_cluster_page_saved, sender=ClusterPage, dispatch_uid="cms_page")
