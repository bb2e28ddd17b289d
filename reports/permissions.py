"""Who may see which figures (DESIGN.md §3: one function per question, failing closed).

- a network admin: the whole network, and may set what counts as trained;
- a cluster admin: their clusters;
- a company coordinator: their company's people in the cluster where they coordinate
  it (a company in two clusters is two scopes; coordinating it in one does not open
  the other).
Anyone else gets no scope: the report URLs answer 404.
"""

from dataclasses import dataclass

from clusters import permissions as cluster_permissions


@dataclass(frozen=True)
class Scope:
    # None: every cluster (the network). Otherwise the clusters seen whole.
    cluster_ids: tuple[int, ...] | None
    # (cluster_id, company_id): a company's people in one cluster, seen besides the above.
    company_pairs: tuple[tuple[int, int], ...] = ()

    @property
    def is_network(self) -> bool:
        return self.cluster_ids is None

    @property
    def all_cluster_ids(self) -> tuple[int, ...] | None:
        """Every cluster the scope touches (None: all), e.g. for a cluster filter's choices."""
        if self.cluster_ids is None:
            return None
        return tuple(sorted(set(self.cluster_ids) | {c for c, _ in self.company_pairs}))

    @property
    def company_only(self) -> bool:
        """Only companies' people: figures that belong to a whole cohort (seats) are hidden."""
        return self.cluster_ids == () and bool(self.company_pairs)


def report_scope(user) -> Scope | None:
    if cluster_permissions.is_network_admin(user):
        return Scope(cluster_ids=None)
    clusters = tuple(sorted(cluster_permissions.administered_cluster_ids(user)))
    pairs = tuple(
        sorted(
            (cluster, company)
            for cluster, company in cluster_permissions.coordinated_pairs(user)
            if cluster not in clusters
        )
    )
    if not clusters and not pairs:
        return None
    return Scope(cluster_ids=clusters, company_pairs=pairs)


def can_see_reports(user) -> bool:
    return report_scope(user) is not None


def can_change_report_settings(user) -> bool:
    return cluster_permissions.is_network_admin(user)


def exports_visible_to(user):
    """A person's own exports, while they may still see reports; nobody else's."""
    from .models import ReportExport

    if report_scope(user) is None:
        return ReportExport.objects.none()
    return ReportExport.objects.filter(requested_by=user)
