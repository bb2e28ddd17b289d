import pytest
from django.contrib.auth.models import AnonymousUser

from clusters import permissions
from clusters.models import ClusterRole
from tests.clusters.factories import (
    ClusterFactory,
    ClusterRoleFactory,
    CompanyFactory,
    TraineeProfileFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_clusters():
    a, b = ClusterFactory(), ClusterFactory()
    return {
        "a": a,
        "b": b,
        "company_a": CompanyFactory(clusters=[a]),
        "company_b": CompanyFactory(clusters=[b]),
        "person_a": TraineeProfileFactory(cluster=a),
        "person_b": TraineeProfileFactory(cluster=b),
    }


def test_no_role_means_no_rows(two_clusters):
    for user in (AnonymousUser(), UserFactory()):
        assert not permissions.clusters_visible_to(user).exists()
        assert not permissions.companies_visible_to(user).exists()
        assert not permissions.profiles_visible_to(user).exists()
        assert not permissions.roles_visible_to(user).exists()
        assert not permissions.can_add_company(user)


def test_cluster_admin_sees_only_their_cluster(two_clusters):
    d = two_clusters
    admin = ClusterRoleFactory(cluster=d["a"]).user
    assert list(permissions.clusters_visible_to(admin)) == [d["a"]]
    companies = set(permissions.companies_visible_to(admin))
    assert d["company_a"] in companies and d["company_b"] not in companies
    profiles = set(permissions.profiles_visible_to(admin))
    assert d["person_a"] in profiles and d["person_b"] not in profiles
    assert not permissions.can_change_company(admin, d["company_b"])
    assert not permissions.can_change_cluster(admin, d["b"])
    assert permissions.can_change_cluster(admin, d["a"])


def test_inactive_cluster_admin_sees_nothing(two_clusters):
    role = ClusterRoleFactory(cluster=two_clusters["a"])
    role.user.is_active = False
    role.user.save()
    assert not permissions.companies_visible_to(role.user).exists()


def test_coordinator_sees_their_company_people_only(two_clusters):
    d = two_clusters
    colleague = TraineeProfileFactory(cluster=d["a"], company=d["company_a"])
    coordinator = ClusterRoleFactory(
        cluster=d["a"], role=ClusterRole.Role.COMPANY_COORDINATOR, company=d["company_a"]
    ).user
    assert list(permissions.profiles_visible_to(coordinator)) == [colleague]
    assert list(permissions.companies_visible_to(coordinator)) == [d["company_a"]]
    assert not permissions.profiles_editable_by(coordinator).exists()


def test_network_admin_sees_everything(two_clusters):
    from cms.roles import network_admin_group_sync

    user = UserFactory()
    user.groups.add(network_admin_group_sync())
    assert permissions.clusters_visible_to(user).count() == 2
    assert permissions.companies_visible_to(user).count() == 4


def test_coordinating_a_shared_company_opens_only_that_clusters_people(two_clusters):
    d = two_clusters
    shared = CompanyFactory(clusters=[d["a"], d["b"]])
    here = TraineeProfileFactory(cluster=d["a"], company=shared)
    there = TraineeProfileFactory(cluster=d["b"], company=shared)
    admin = ClusterRoleFactory(cluster=d["a"]).user
    ClusterRoleFactory(
        user=admin, cluster=d["a"], role=ClusterRole.Role.COMPANY_COORDINATOR, company=shared
    )
    admin = type(admin).objects.get(pk=admin.pk)
    visible = set(permissions.profiles_visible_to(admin))
    assert here in visible
    assert there not in visible
    assert there.user not in set(permissions.users_visible_to(admin))
