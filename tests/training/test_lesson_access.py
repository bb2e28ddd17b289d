"""Who reads a lesson's body (the before_serve_page hook), and the anonymous page cache."""

import pytest
from django.urls import reverse
from django.utils import translation

from clusters.models import ClusterRole
from clusters.services import role_grant
from courses.models import LessonPage
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.cms.factories import cluster_page
from tests.courses.factories import translate
from tests.training.factories import cohort, enrolled, instructor_of, online_course, trainee
from training.models import Enrollment

pytestmark = pytest.mark.django_db
S = Enrollment.Status
BODY = "Texto 1"


def es(text: str) -> str:
    """What a Spanish page (lesson URLs are /es/) says for an English msgid."""
    with translation.override("es"):
        return translation.gettext(text)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def course(home):
    return online_course(cluster_page(home))


@pytest.fixture
def group(course):
    return cohort(course, modality="online", online_url="https://meet.example.com/dmaic")


@pytest.fixture
def lesson(course):
    return course.get_children().live().specific().order_by("path").first()


def staff(cluster, role):
    user = UserFactory()
    role_grant(actor=None, user=user, cluster=cluster, role=role)
    return user


def reader(who: str, group):
    """The account of each kind of visitor (None: anonymous)."""
    if who == "anonymous":
        return None
    if who == "signed in, not enrolled":
        return trainee(group).user
    if who == "waitlisted":
        full = cohort(group.course, capacity=1)
        enrolled(full)
        waiting = enrolled(full)
        assert waiting.status == S.WAITLISTED
        return waiting.trainee.user
    if who == "withdrawn":
        enrollment = enrolled(group)
        Enrollment.objects.filter(pk=enrollment.pk).update(status=S.WITHDRAWN)
        return enrollment.trainee.user
    if who == "enrolled":
        return enrolled(group).trainee.user
    if who == "completed":
        enrollment = enrolled(group)
        Enrollment.objects.filter(pk=enrollment.pk).update(status=S.COMPLETED)
        return enrollment.trainee.user
    if who == "instructor of a cohort":
        return instructor_of(cohort(group.course))
    if who == "cluster admin of the course's cluster":
        return staff(group.course.cluster, ClusterRole.Role.CLUSTER_ADMIN)
    if who == "admin of another cluster":
        return staff(ClusterFactory(), ClusterRole.Role.CLUSTER_ADMIN)
    raise AssertionError(who)


MATRIX = {
    "anonymous": False,
    "signed in, not enrolled": False,
    "waitlisted": False,
    "withdrawn": False,
    "enrolled": True,
    "completed": True,
    "instructor of a cohort": True,
    "cluster admin of the course's cluster": True,
    "admin of another cluster": False,
}


@pytest.mark.parametrize("who", list(MATRIX))
def test_who_reads_the_lesson_body(client, group, course, lesson, who):
    user = reader(who, group)
    if user is not None:
        client.force_login(user)
    page = client.get(lesson.url)
    assert page.status_code == 200
    text = page.text
    # The outline is everyone's.
    assert lesson.title in text and course.title in text
    with translation.override("es"):
        minutes = lesson.specific.reading_minutes
        read = translation.ngettext(
            "%(minutes)s minute read", "%(minutes)s minutes read", minutes
        ) % {"minutes": minutes}
    assert read in text
    assert (BODY in text) is MATRIX[who]
    invitation = es("Enroll in the course to read this lesson.")
    assert (invitation in text) is not MATRIX[who]
    if not MATRIX[who]:
        assert f'href="{course.url}"' in text
        login = f"{reverse('account_login')}?next="
        assert (login in text) is (who == "anonymous")
    # Only a trainee taking part gets the button and their progress; staff only read.
    assert (es("Mark this lesson as completed") in text) is (who in ("enrolled", "completed"))


def test_the_english_lesson_opens_for_someone_enrolled_in_the_spanish_cohort(
    client, group, course, lesson
):
    english_course = translate(course, slug="online-course")
    english = translate(lesson, slug="lesson-one", body=[("paragraph", "<p>Text one</p>")])
    english.refresh_from_db()
    assert english.get_parent().pk == english_course.pk
    assert "Text one" not in client.get(english.url).text
    client.force_login(enrolled(group).trainee.user)
    page = client.get(english.url).text
    assert "Text one" in page and "Mark this lesson as completed" in page  # an English page


def test_lesson_bodies_never_reach_the_anonymous_page_cache(client, group, lesson):
    person = enrolled(group).trainee.user
    client.force_login(person)
    mine = client.get(lesson.url)
    assert BODY in mine.text
    assert "private" in mine["Cache-Control"]
    assert "X-Page-Cache" not in mine
    client.logout()
    client.cookies.clear()
    for _ in range(2):
        anonymous = client.get(lesson.url)
        assert BODY not in anonymous.text
        assert anonymous.get("X-Page-Cache") != "hit"
    assert "private" not in anonymous.get("Cache-Control", "")


def test_a_lesson_preview_in_the_admin_shows_the_body(rf, lesson):
    """Editors preview lessons without the hook (no request.lesson_access): the body shows.

    Any other way of rendering a lesson without the hook fails closed.
    """
    request = rf.get("/")
    request.user = UserFactory()
    page = LessonPage.objects.get(pk=lesson.pk)
    assert page.get_context(request)["show_body"] is False
    request.is_preview = True
    context = page.get_context(request)
    assert context["show_body"] is True
    assert context["sections"] == [""]
