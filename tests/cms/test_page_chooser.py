import pytest
from django.urls import reverse

from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.clusters.factories import UserFactory
from tests.cms.factories import cluster_page
from tests.courses.factories import course_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_of_a(home, django_capture_on_commit_callbacks):
    a, b = cluster_page(home), cluster_page(home)
    draft_b = course_page(b, title="Borrador secreto B")
    draft_b.unpublish()
    draft_a = course_page(a, title="Borrador propio A")
    draft_a.unpublish()
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        role_grant(actor=None, user=user, cluster=a.cluster, role=ClusterRole.Role.CLUSTER_ADMIN)
    return {"user": user, "a": a, "b": b}


def test_page_chooser_hides_other_clusters_drafts(client, admin_of_a):
    d = admin_of_a
    client.force_login(d["user"])
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Borrador"})
    assert "Borrador propio A" in search.text
    assert "Borrador secreto B" not in search.text
    browse = client.get(reverse("wagtailadmin_choose_page_child", args=(d["b"].pk,)))
    assert "Borrador secreto B" not in browse.text


def test_cluster_admin_cannot_repoint_their_cluster_page(client, admin_of_a):
    d = admin_of_a
    client.force_login(d["user"])
    page = d["a"]
    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    assert response.context["form"].fields["cluster"].disabled
