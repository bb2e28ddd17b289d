"""Reads the public pages need, tuned for a fixed number of queries."""

from django.db.models import QuerySet
from wagtail.models import Locale, Page

from .models import ClusterPage


def cluster_page_list(*, parent: Page) -> QuerySet[ClusterPage]:
    return (
        ClusterPage.objects.child_of(parent)
        .live()
        .public()
        .select_related("cluster")
        .order_by("cluster__short_name")
    )


def menu_pages(*, root: Page) -> QuerySet[Page]:
    return root.get_children().live().public().in_menu().specific(defer=True)


def page_search(*, query: str) -> QuerySet[Page]:
    """Live public pages of the current language matching the query."""
    pages = Page.objects.live().public().filter(locale=Locale.get_active()).exclude(depth__lte=1)
    return pages.search(query, operator="and")
