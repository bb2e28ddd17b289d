"""Every URL of issue 5, tried by people who must not use it: nothing is shown or changed.

A cluster admin of another cluster, an instructor of another cohort of the same
cluster and a trainee of another cohort each get a refusal (403, 404, or the
admin's log-in redirect for someone without admin access), and the database is
as it was. Each area's own tests prove that the right people get through.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.courses.factories import course_page
from tests.training.factories import (
    SessionFactory,
    answers_for,
    cohort,
    enrolled,
    instructor_of,
    online_course,
)
from training import checkin
from training.models import (
    AssessmentAttempt,
    Attendance,
    AttendanceChange,
    Cohort,
    Enrollment,
    LessonProgress,
    Session,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(home):
    """Cluster A: a running cohort with a session in progress and an online course."""
    course = online_course(home)
    today = timezone.localdate()
    group = cohort(course, starts_on=today - timedelta(days=1), ends_on=today + timedelta(days=1))
    start = timezone.now() - timedelta(minutes=5)
    session = SessionFactory(cohort=group, starts_at=start, ends_at=start + timedelta(hours=2))
    enrollment = enrolled(group)
    instructor_of(group)
    sibling = cohort(course_page(home), cluster=group.cluster)
    admin_b = UserFactory()
    role_grant(
        actor=None, user=admin_b, cluster=ClusterFactory(), role=ClusterRole.Role.CLUSTER_ADMIN
    )
    other_trainee = enrolled(sibling).trainee.user
    return {
        "course": course,
        "cohort": group,
        "session": session,
        "enrollment": enrollment,
        "lesson": course.get_children().first(),
        "outsiders": {
            "admin of another cluster": admin_b,
            "instructor of another cohort": instructor_of(sibling),
            "trainee of another cohort": other_trainee,
        },
    }


def snapshot():
    return (
        Session.objects.filter(status=Session.Status.SCHEDULED).count(),
        list(Session.objects.values_list("starts_at", "sequence")),
        Attendance.objects.count(),
        AttendanceChange.objects.count(),
        LessonProgress.objects.count(),
        AssessmentAttempt.objects.count(),
        list(Cohort.objects.values_list("status", flat=True)),
        list(Enrollment.objects.values_list("status", flat=True)),
    )


def requests(world):
    """(method, url, data) for every URL of the issue that acts on cluster A's things."""
    group, session, enrollment = world["cohort"], world["session"], world["enrollment"]
    c, s = {"cohort_id": group.pk}, {"session_id": session.pk}
    cs = {**c, **s}
    day = timezone.localdate().isoformat()
    slot = {"day": day, "start": "10:00", "end": "12:00", "topic": "Intruso"}
    weekly = {
        "first_date": day,
        "last_date": day,
        "weekdays": [str(timezone.localdate().weekday())],
        "start_time": "10:00",
        "end_time": "12:00",
    }
    mark = {"enrollment": enrollment.pk, "status": "absent"}
    answers = answers_for(world["course"])
    attempt = {"attempt": "1", **{f"q-{k}": v for k, v in answers.items()}}
    finish = {"cohort_id": group.pk, "status": Cohort.Status.FINISHED}
    return [
        ("get", reverse("training_sessions", kwargs=c), None),
        ("get", reverse("training_session_add", kwargs=c), None),
        ("post", reverse("training_session_add", kwargs=c), slot),
        ("post", reverse("training_sessions_weekly", kwargs=c), weekly),
        ("get", reverse("training_session_edit", kwargs=cs), None),
        ("post", reverse("training_session_edit", kwargs=cs), slot),
        ("get", reverse("training_session_cancel", kwargs=cs), None),
        ("post", reverse("training_session_cancel", kwargs=cs), {}),
        ("get", reverse("training_session_attendance", kwargs=s), None),
        ("post", reverse("training_session_attendance_mark", kwargs=s), mark),
        ("post", reverse("training_session_attendance_all_present", kwargs=s), {}),
        ("get", reverse("training_session_checkin_screen", kwargs=s), None),
        ("get", reverse("training_session_checkin_code", kwargs=s), None),
        ("get", reverse("training_cohort_progress", kwargs=c), None),
        ("get", reverse("training_cohort_progress_export", kwargs={**c, "fmt": "csv"}), None),
        ("get", reverse("training_cohort_progress_export", kwargs={**c, "fmt": "xlsx"}), None),
        ("get", reverse("training_cohort_status", kwargs=finish), None),
        ("post", reverse("training_cohort_status", kwargs=finish), {}),
        ("get", reverse("training_assessment", args=[enrollment.pk]), None),
        ("post", reverse("training_assessment", args=[enrollment.pk]), attempt),
        ("get", reverse("training_assessment_attempt", args=[enrollment.pk, 1]), None),
        # Refused with a message on the lesson page it came from.
        ("post", reverse("training_lesson_complete", args=[world["lesson"].pk]), {}),
    ]


@pytest.mark.parametrize(
    "who", ["admin of another cluster", "instructor of another cohort", "trainee of another cohort"]
)
def test_outsiders_are_refused_everywhere_and_change_nothing(client, world, who):
    client.force_login(world["outsiders"][who])
    before = snapshot()
    for method, url, data in requests(world):
        response = getattr(client, method)(url, data or {})
        back_to_lesson = (
            response.status_code == 302 and response["Location"] == world["lesson"].get_url()
        )
        refused = response.status_code in (403, 404) or (
            response.status_code == 302 and "login" in response["Location"]
        )
        if "completada" in url:
            refused = back_to_lesson
        assert refused, (who, method, url, response.status_code)
    assert snapshot() == before


def test_an_outsider_cannot_check_in_to_a_session_of_another_cohort(client, world):
    """Scanning the room's code is not enough: only the cohort's people are marked."""
    client.force_login(world["outsiders"]["trainee of another cohort"])
    token = checkin.checkin_token(world["session"].pk)

    client.get(reverse("training_checkin", args=[token]))
    response = client.post(reverse("training_checkin_confirm"))

    assert response.status_code == 400
    assert not Attendance.objects.exists()
