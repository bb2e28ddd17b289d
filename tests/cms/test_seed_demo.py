import pytest
from django.core.management import call_command
from wagtail.models import Page

from clusters.models import Cluster, ClusterRole, Company, TraineeProfile, User
from clusters.validators import validate_rfc
from cms.models import ClusterPage

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "clusters": Cluster.objects.count(),
        "companies": Company.objects.count(),
        "pages": Page.objects.count(),
        "users": User.objects.count(),
        "roles": ClusterRole.objects.count(),
        "profiles": TraineeProfile.objects.count(),
    }


def test_seed_demo_builds_the_network_and_a_second_run_changes_nothing(client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = snapshot()
    assert first["clusters"] == 10
    for cluster in Cluster.objects.all():
        assert 5 <= cluster.companies.count() <= 25
        assert ClusterPage.objects.filter(cluster=cluster).count() == 2  # es + en
    for rfc in Company.objects.values_list("rfc", flat=True):
        validate_rfc(rfc)
    roles = set(ClusterRole.objects.values_list("role", flat=True))
    assert roles == {"cluster_admin", "instructor", "coordinator"}
    assert User.objects.filter(groups__name="Network admins").exists()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == first
    assert "Clúster Automotriz de Querétaro" in client.get("/es/").text
    assert "Querétaro Automotive Cluster" in client.get("/en/").text
    assert client.get("/en/queretaro/").status_code == 200
