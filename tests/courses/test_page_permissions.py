"""Cluster admins and editors work only under their own cluster's pages."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Workflow

from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.clusters.factories import UserFactory
from tests.cms.factories import cluster_page
from tests.courses.factories import course_page, discipline, programme_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_clusters(home, django_capture_on_commit_callbacks):
    mine, theirs = cluster_page(home), cluster_page(home)
    admin, editor = UserFactory(), UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        role_grant(
            actor=None, user=admin, cluster=mine.cluster, role=ClusterRole.Role.CLUSTER_ADMIN
        )
        role_grant(actor=None, user=editor, cluster=mine.cluster, role=ClusterRole.Role.EDITOR)
    return {
        "mine": mine,
        "theirs": theirs,
        "their_course": course_page(theirs, title="Curso ajeno"),
        "network_programme": programme_page(home),
        "admin": admin,
        "editor": editor,
    }


def course_form(title="Nuevo curso", code="NV-1"):
    return {
        "title": title,
        "slug": "nuevo-curso",
        "code": code,
        "hours": "8",
        "summary": "Resumen.",
        "discipline": discipline().pk,
        "level": "basic",
        "modality": "online",
        "languages": "es",
        "audience": ["engineer"],
        "min_attendance_percent": "0",
        "min_hours": "0",
        "min_lessons_percent": "100",
        "participation_certificate": "on",
        "dc3_thematic_area": "1000",
        "body-count": "0",
        "assessment-count": "0",
        "assessment_attempts": "3",
        "path_order": "0",
        "action-publish": "publish",
    }


def test_admin_creates_and_publishes_under_their_cluster(client, two_clusters):
    d = two_clusters
    client.force_login(d["admin"])
    url = reverse("wagtailadmin_pages:add", args=("courses", "coursepage", d["mine"].pk))
    response = client.post(url, course_form())
    assert response.status_code == 302, response.context["form"].errors
    page = Page.objects.get(slug="nuevo-curso").specific
    assert page.live and page.cluster == d["mine"].cluster


def test_admin_cannot_create_edit_publish_or_see_under_another_cluster(client, two_clusters):
    d = two_clusters
    client.force_login(d["admin"])
    add = reverse("wagtailadmin_pages:add", args=("courses", "coursepage", d["theirs"].pk))
    assert client.get(add).status_code in (302, 403)
    client.post(add, course_form(code="NV-2"))
    assert not Page.objects.filter(slug="nuevo-curso").exists()
    course = d["their_course"]
    edit = reverse("wagtailadmin_pages:edit", args=(course.pk,))
    assert client.get(edit).status_code in (302, 403)
    client.post(edit, course_form(title="Cambiado", code=course.code) | {"slug": course.slug})
    course.refresh_from_db()
    assert course.title == "Curso ajeno"
    for name in ("wagtailadmin_pages:delete", "wagtailadmin_pages:unpublish"):
        assert client.get(reverse(name, args=(course.pk,))).status_code in (302, 403, 404)
        client.post(reverse(name, args=(course.pk,)))
    course.refresh_from_db()
    assert course.live
    for parent in (d["theirs"], d["mine"].get_parent()):
        explorer = client.get(reverse("wagtailadmin_explore", args=(parent.pk,)), follow=True)
        assert "Curso ajeno" not in explorer.text
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "ajeno"})
    assert "Curso ajeno" not in search.text


def test_editor_submits_for_moderation_and_admin_approves(client, two_clusters):
    d = two_clusters
    assert Workflow.objects.filter(workflow_pages__page=d["mine"]).exists()
    client.force_login(d["editor"])
    url = reverse("wagtailadmin_pages:add", args=("courses", "coursepage", d["mine"].pk))
    form = course_form()
    form.pop("action-publish")
    response = client.post(url, form | {"action-submit": "submit"})
    assert response.status_code == 302
    page = Page.objects.get(slug="nuevo-curso")
    assert not page.live
    assert page.current_workflow_state is not None
    # Editors cannot publish.
    publish = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        form | {"action-publish": "publish", "title": "Nuevo curso"},
    )
    page.refresh_from_db()
    assert not page.live, publish.status_code
    # The cluster admin approves; the page goes live.
    client.force_login(d["admin"])
    task_state = page.current_workflow_state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    response = client.post(approve, {"comment": "Aprobado"})
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
