from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import page_cache

        # Any change to the public tree may show on a cached page (menus, lists).
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(page_cache.purge, dispatch_uid=f"page_cache_{id(signal)}")
        post_delete.connect(_purge_on_page_delete, dispatch_uid="page_cache_delete")


def _purge_on_page_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    from . import page_cache

    if isinstance(instance, Page):
        page_cache.purge()
