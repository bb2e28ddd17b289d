import pytest
from wagtail.models import Page

from clusters.models import ClusterRole
from clusters.services import role_grant, role_revoke
from cms.roles import group_name
from tests.clusters.factories import UserFactory
from tests.cms.factories import cluster_page

pytestmark = pytest.mark.django_db


def grant(user, cluster, role, capture, **kwargs):
    with capture(execute=True):
        return role_grant(actor=None, user=user, cluster=cluster, role=role, **kwargs)


def test_cluster_admin_can_edit_their_cluster_pages_in_both_languages_only(
    home, django_capture_on_commit_callbacks
):
    mine, theirs = cluster_page(home), cluster_page(home)
    user = UserFactory()
    grant(user, mine.cluster, ClusterRole.Role.CLUSTER_ADMIN, django_capture_on_commit_callbacks)
    assert user.groups.filter(name=group_name(mine.cluster, "cluster_admin")).exists()
    assert user.has_perm("wagtailadmin.access_admin")
    for page in (mine, *mine.get_translations()):
        perms = page.permissions_for_user(user)
        assert perms.can_edit() and perms.can_publish() and perms.can_add_subpage()
    for page in (theirs, home, *theirs.get_translations()):
        perms = Page.objects.get(pk=page.pk).permissions_for_user(user)
        assert not perms.can_edit()
        assert not perms.can_publish()


def test_revoking_the_role_removes_the_access(home, django_capture_on_commit_callbacks):
    page = cluster_page(home)
    user = UserFactory()
    role = grant(user, page.cluster, "cluster_admin", django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        role_revoke(actor=None, cluster_role=role)
    user = type(user).objects.get(pk=user.pk)
    assert not user.groups.exists()
    assert not user.has_perm("wagtailadmin.access_admin")
    assert not page.permissions_for_user(user).can_edit()


def test_instructors_enter_the_admin_but_cannot_edit_pages(
    home, django_capture_on_commit_callbacks
):
    page = cluster_page(home)
    user = UserFactory()
    grant(user, page.cluster, "instructor", django_capture_on_commit_callbacks)
    assert user.has_perm("wagtailadmin.access_admin")
    assert not page.permissions_for_user(user).can_edit()


def test_a_cluster_page_created_later_gets_the_existing_admins(
    home, django_capture_on_commit_callbacks
):
    from tests.clusters.factories import ClusterFactory

    cluster = ClusterFactory()
    user = UserFactory()
    grant(user, cluster, "cluster_admin", django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        page = cluster_page(home, cluster=cluster, english=False)
    assert page.permissions_for_user(user).can_edit()
