"""Reads the public pages need, tuned for a fixed number of queries."""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Locale, Page

from reports.selectors import report_settings, trained_in_year

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


@dataclass(frozen=True)
class TrainedFigure:
    year: int
    count: int


def public_trained_figure() -> TrainedFigure | None:
    """The network's people trained this year, when the network admin shows it; else None.

    Distinct people, from the rollup (reports.selectors.trained_in_year), which keeps
    the number for a minute: the figure may lag the latest completions by a few
    minutes. The switch itself is read on every request. The home page is not in the
    anonymous page cache (HomePage has no `cache_for_anonymous`); a page that caches
    this figure must also depend on the report settings.
    """
    if not report_settings().show_public_figure:
        return None
    year = timezone.localdate().year
    return TrainedFigure(year=year, count=trained_in_year(year))
