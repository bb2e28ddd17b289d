from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.db.models.signals import post_delete
        from wagtail.models import get_page_models
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import page_cache

        # Any change to the public tree may show on a cached page (menus, lists).
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(page_cache.purge, dispatch_uid=f"page_cache_{id(signal)}")
        # Per page model: a receiver without a sender would make Django load every row
        # of every other model it deletes (no fast delete), e.g. millions of rollup lines.
        for model in get_page_models():
            post_delete.connect(
                _purge_on_page_delete,
                sender=model,
                dispatch_uid=f"page_cache_delete_{model._meta.label_lower}",
            )


def _purge_on_page_delete(sender, instance, **kwargs):
    from . import page_cache

    page_cache.purge()
