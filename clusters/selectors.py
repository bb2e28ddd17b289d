"""Reads of clusters, companies and profiles that views and pages need."""

from django.db.models import Prefetch, QuerySet

from .models import Cluster, Company, CompanyMembership, TraineeProfile


def cluster_list() -> QuerySet[Cluster]:
    return Cluster.objects.order_by("name")


def company_list_with_cluster_ids() -> list[tuple[Company, list[int]]]:
    """Every company with the ids of the clusters it belongs to (one query each)."""
    companies = Company.objects.order_by("legal_name").prefetch_related(
        Prefetch("memberships", queryset=CompanyMembership.objects.only("company_id", "cluster_id"))
    )
    return [(c, [m.cluster_id for m in c.memberships.all()]) for c in companies]


def profile_get(*, user) -> TraineeProfile | None:
    if not user.is_authenticated:
        return None
    return TraineeProfile.objects.select_related("cluster", "company").filter(user=user).first()


def member_companies(*, cluster: Cluster) -> QuerySet[Company]:
    return Company.objects.filter(memberships__cluster=cluster).order_by("legal_name")
