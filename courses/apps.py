from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from clusters.models import Cluster
        from core.page_cache import purge

        from .models import Discipline, Instructor

        # Filter choices and course pages show these snippets.
        for model in (Discipline, Instructor, Cluster):
            post_save.connect(purge, sender=model, dispatch_uid=f"purge_{model.__name__}")
            post_delete.connect(purge, sender=model, dispatch_uid=f"purge_del_{model.__name__}")
