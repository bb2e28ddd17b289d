"""Access to pages in the admin beyond Wagtail's own page permissions."""

from django.db.models import Q, QuerySet

from clusters.permissions import is_network_admin, page_editing_cluster_ids

from .models import ClusterPage


def pages_choosable_by(user, pages: QuerySet) -> QuerySet:
    """What the page chooser may list: live pages, plus drafts of one's own clusters.

    Wagtail's chooser lists every page; without this an editor of one cluster
    would see the titles and URLs of another cluster's unpublished drafts.
    """
    if is_network_admin(user):
        return pages
    own = Q(pk__in=[])
    for path in ClusterPage.objects.filter(
        cluster_id__in=page_editing_cluster_ids(user)
    ).values_list("path", flat=True):
        own |= Q(path__startswith=path)
    # Only fields the search index can filter on (live, path): the chooser searches too.
    return pages.filter(Q(live=True) | own)


def can_change_page_cluster(user) -> bool:
    """Only network admins may point a cluster page at another cluster."""
    return is_network_admin(user)
