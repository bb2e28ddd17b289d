"""The completion rule: every part of it, and the event it sends (issue 5)."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from tests.clusters.factories import UserFactory
from tests.courses.factories import course_page, lesson_page
from tests.training.factories import cohort, enrolled
from training import completion
from training.models import (
    AssessmentAttempt,
    Attendance,
    Cohort,
    Enrollment,
    LessonProgress,
    Session,
)
from training.services import cohort_set_status
from training.signals import enrollment_completed

pytestmark = pytest.mark.django_db
S = Enrollment.Status
A = Attendance.Status

QUESTIONS = [
    (
        "question",
        {
            "prompt": "¿Qué significa DMAIC?",
            "choices": [
                {"text": "Definir, Medir, Analizar, Mejorar, Controlar", "correct": True},
                {"text": "Diseñar, Montar, Ajustar", "correct": False},
            ],
        },
    )
]


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def running_course(home, **rule):
    """An 8-hour course: at least 75 % attendance and 6 hours, half the lessons, 70 to pass."""
    fields = {
        "hours": Decimal("8"),
        "min_hours": Decimal("6"),
        "min_attendance_percent": 75,
        "min_lessons_percent": 50,
        "pass_mark": 70,
        "assessment": QUESTIONS,
    }
    fields.update(rule)
    course = course_page(home, **fields)
    lesson_page(course, title="Uno")
    lesson_page(course, title="Dos")
    return course


def started_cohort(course, *, sessions=4, hours=2):
    """A cohort that started three weeks ago, with `sessions` past sessions of `hours` each."""
    today = timezone.localdate()
    group = cohort(course, starts_on=today - timedelta(days=21), ends_on=today + timedelta(days=7))
    start = timezone.now() - timedelta(days=20)
    for n in range(sessions):
        begin = start + timedelta(days=2 * n)
        Session.objects.create(
            cohort=group,
            cluster_id=group.cluster_id,
            starts_at=begin,
            ends_at=begin + timedelta(hours=hours),
        )
    return group


def joined(group, *, days_ago=30):
    enrollment = enrolled(group)
    Enrollment.objects.filter(pk=enrollment.pk).update(
        enrolled_at=timezone.now() - timedelta(days=days_ago)
    )
    enrollment.refresh_from_db()
    return enrollment


def mark(enrollment, statuses, minutes=None):
    for session, status in zip(
        Session.objects.filter(cohort=enrollment.cohort).order_by("starts_at"),
        statuses,
        strict=False,
    ):
        Attendance.objects.create(
            session=session,
            enrollment=enrollment,
            cluster_id=session.cluster_id,
            status=status,
            minutes=minutes,
            method="instructor",
        )


def read(enrollment, course, n):
    from courses.selectors import lesson_keys

    for key in lesson_keys(course=course)[:n]:
        LessonProgress.objects.create(enrollment=enrollment, lesson_key=key)


def attempt(enrollment, score, number=1):
    AssessmentAttempt.objects.create(
        enrollment=enrollment, number=number, score=score, passed=score >= 70
    )


def status_of(enrollment):
    enrollment.refresh_from_db()
    return enrollment.status


P = A.PRESENT


@pytest.mark.parametrize(
    ("attendance", "lessons", "score", "running", "finished"),
    [
        ([P, P, P, P], 2, 80, S.COMPLETED, S.COMPLETED),
        ([P, P, P, A.ABSENT], 1, 70, S.COMPLETED, S.COMPLETED),  # exactly the minimums
        ([P, P, A.ABSENT, A.ABSENT], 2, 90, S.ENROLLED, S.NOT_COMPLETED),  # 50 %
        ([P, P, P, P], 2, 60, S.ENROLLED, S.PARTICIPATED),  # attended, did not pass
        ([P, P, P, P], 2, None, S.ENROLLED, S.PARTICIPATED),  # never took it
        ([P, P, P, P], 0, 95, S.ENROLLED, S.PARTICIPATED),  # lessons missing
        ([P, P, P, A.EXCUSED], 1, 75, S.COMPLETED, S.COMPLETED),  # excused: out of the count
        ([A.LATE, A.LATE, P, P], 1, 75, S.COMPLETED, S.COMPLETED),  # late still attended
        ([], 2, 100, S.ENROLLED, S.NOT_COMPLETED),
    ],
)
def test_the_rule_decides_the_outcome(home, attendance, lessons, score, running, finished):
    course = running_course(home)
    group = started_cohort(course)
    enrollment = joined(group)
    mark(enrollment, attendance)
    read(enrollment, course, lessons)
    if score is not None:
        attempt(enrollment, score)

    completion.evaluate(enrollment_id=enrollment.pk)
    assert status_of(enrollment) == running

    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.FINISHED)
    assert status_of(enrollment) == finished


def test_without_participation_certificates_attending_is_not_enough(home):
    course = running_course(home, participation_certificate=False)
    group = started_cohort(course)
    enrollment = joined(group)
    mark(enrollment, [P, P, P, P])
    read(enrollment, course, 2)
    attempt(enrollment, 40)

    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.FINISHED)

    assert status_of(enrollment) == S.NOT_COMPLETED


def test_partial_minutes_count_for_what_they_were(home):
    course = running_course(home)
    group = started_cohort(course)
    enrollment = joined(group)
    mark(enrollment, [P, P, P, P], minutes=90)  # 6 of 8 hours: 75 %
    read(enrollment, course, 2)
    attempt(enrollment, 100)

    facts = completion.facts_for(group, [enrollment])[enrollment.pk]

    assert (facts.attendance_percent, facts.hours_attended) == (75, Decimal("6.0"))
    assert completion.evaluate(enrollment_id=enrollment.pk).status == S.COMPLETED


def test_sessions_before_someone_enrolled_are_not_held_against_them(home):
    course = running_course(home, min_hours=Decimal("4"))
    group = started_cohort(course)
    late_joiner = joined(group, days_ago=15)  # after the first three sessions
    mark(late_joiner, [None, None, None, P][3:])  # nothing recorded before they joined
    Attendance.objects.filter(enrollment=late_joiner).delete()
    last = Session.objects.filter(cohort=group).order_by("-starts_at").first()
    Attendance.objects.create(
        session=last, enrollment=late_joiner, cluster_id=group.cluster_id, status=P, method="qr"
    )
    read(late_joiner, course, 2)
    attempt(late_joiner, 90)

    facts = completion.facts_for(group, [late_joiner])[late_joiner.pk]

    assert (facts.sessions_counted, facts.attendance_percent) == (1, 100)
    assert not facts.hours_ok  # 2 of the 4 hours the course asks for
    assert facts.missing() == ["Hours attended: 2.0 of the 4 required."]


def test_cancelled_sessions_do_not_count(home):
    course = running_course(home)
    group = started_cohort(course, sessions=5)
    enrollment = joined(group)
    mark(enrollment, [P, P, P, A.ABSENT, A.ABSENT])
    read(enrollment, course, 2)
    attempt(enrollment, 90)
    assert completion.evaluate(enrollment_id=enrollment.pk).status == S.ENROLLED  # 60 %

    last = Session.objects.filter(cohort=group).order_by("-starts_at").first()
    Session.objects.filter(pk=last.pk).update(status=Session.Status.CANCELLED)

    completion.evaluate_cohort(cohort_id=group.pk)
    assert status_of(enrollment) == S.COMPLETED


def test_a_session_across_midnight_counts_its_real_length(home):
    course = running_course(home, min_hours=Decimal("4"), hours=Decimal("4"))
    group = started_cohort(course, sessions=0)
    night = datetime(2026, 3, 7, 22, 0, tzinfo=group.cluster_tz)
    Session.objects.create(
        cohort=group,
        cluster_id=group.cluster_id,
        starts_at=night,
        ends_at=night + timedelta(hours=4),
    )
    enrollment = joined(group, days_ago=400)
    mark(enrollment, [P])

    facts = completion.facts_for(group, [enrollment])[enrollment.pk]

    assert facts.minutes_attended == 240 and facts.hours_ok


def test_an_online_course_without_sessions_completes_on_lessons_and_assessment(home):
    course = running_course(
        home, min_hours=Decimal("0"), min_lessons_percent=100, modality="online"
    )
    group = started_cohort(course, sessions=0)
    enrollment = joined(group)
    read(enrollment, course, 2)
    assert completion.evaluate(enrollment_id=enrollment.pk).status == S.ENROLLED

    attempt(enrollment, 100)

    assert completion.evaluate(enrollment_id=enrollment.pk).status == S.COMPLETED


def test_what_is_missing_is_said_in_words(home):
    course = running_course(home)
    group = started_cohort(course)
    enrollment = joined(group)
    mark(enrollment, [P, P, A.ABSENT, A.ABSENT])
    attempt(enrollment, 50)
    attempt(enrollment, 60, number=2)
    attempt(enrollment, 65, number=3)

    missing = completion.facts_for(group, [enrollment])[enrollment.pk].missing()

    assert missing == [
        "Attendance: 50% so far; the course asks for 75%.",
        "Hours attended: 4.0 of the 6 required.",
        "Online lessons: 0 of 2 completed; the course asks for 50%.",
        "Assessment: best score 65%; the pass mark is 70%. No attempts left.",
    ]


def test_evaluating_again_changes_nothing_and_sends_one_event(
    home, django_capture_on_commit_callbacks
):
    course = running_course(home)
    group = started_cohort(course)
    enrollment = joined(group)
    mark(enrollment, [P, P, P, P])
    read(enrollment, course, 2)
    attempt(enrollment, 80)
    events = []

    def listener(**kwargs):
        events.append((kwargs["enrollment_id"], kwargs["outcome"], kwargs["previous"]))

    enrollment_completed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            completion.evaluate(enrollment_id=enrollment.pk)
        with django_capture_on_commit_callbacks(execute=True):
            completion.evaluate(enrollment_id=enrollment.pk)
            completion.evaluate_cohort(cohort_id=group.pk)
        # A correction while the cohort runs reopens it, and says so.
        Attendance.objects.filter(enrollment=enrollment).update(status=A.ABSENT)
        with django_capture_on_commit_callbacks(execute=True):
            completion.evaluate(enrollment_id=enrollment.pk)
    finally:
        enrollment_completed.disconnect(listener)

    assert events == [
        (enrollment.pk, S.COMPLETED, ""),
        (enrollment.pk, "", S.COMPLETED),
    ]
    enrollment.refresh_from_db()
    assert enrollment.status == S.ENROLLED and enrollment.completed_at is None
    assert group.__class__.objects.get(pk=group.pk).enrolled_count == 1  # the seat is kept


def test_completed_at_is_the_time_the_outcome_was_reached(home):
    course = running_course(home)
    group = started_cohort(course)
    enrollment = joined(group)
    mark(enrollment, [P, P, P, P])
    read(enrollment, course, 2)
    attempt(enrollment, 80)

    before = timezone.now()
    done = completion.evaluate(enrollment_id=enrollment.pk)

    assert done.completed_at >= before


def test_withdrawn_and_waitlisted_people_are_left_alone(home):
    course = running_course(home, pass_mark=None, assessment=[], min_lessons_percent=0)
    group = started_cohort(course)
    enrollment = joined(group)
    mark(enrollment, [P, P, P, P])
    Enrollment.objects.filter(pk=enrollment.pk).update(status=S.WITHDRAWN)

    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.FINISHED)

    assert status_of(enrollment) == S.WITHDRAWN


def test_reopening_a_finished_cohort_undoes_the_final_outcomes(home):
    course = running_course(home)
    group = started_cohort(course)
    enrollment = joined(group)
    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.FINISHED)
    assert status_of(enrollment) == S.NOT_COMPLETED

    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.CLOSED)

    assert status_of(enrollment) == S.ENROLLED


def test_only_a_cohort_that_started_can_be_finished_and_only_by_its_staff(home):
    course = running_course(home)
    upcoming = cohort(course)
    with pytest.raises(ValidationError):
        cohort_set_status(actor=None, cohort_id=upcoming.pk, status=Cohort.Status.FINISHED)

    group = started_cohort(course)
    with pytest.raises(PermissionDenied):
        cohort_set_status(actor=UserFactory(), cohort_id=group.pk, status=Cohort.Status.FINISHED)
    assert Cohort.objects.get(pk=group.pk).status == Cohort.Status.OPEN


def test_cohorts_nobody_finished_get_their_outcomes_later(home, settings):
    from training.tasks import finish_ended_cohorts

    settings.TRAINING_FINISH_AFTER_DAYS = 14
    course = running_course(home)
    today = timezone.localdate()
    old = started_cohort(course)
    Cohort.objects.filter(pk=old.pk).update(
        starts_on=today - timedelta(days=40), ends_on=today - timedelta(days=15)
    )
    recent = started_cohort(course)
    enrollment = joined(old)

    assert finish_ended_cohorts() == 1
    assert finish_ended_cohorts() == 0

    assert Cohort.objects.get(pk=old.pk).status == Cohort.Status.FINISHED
    assert Cohort.objects.get(pk=recent.pk).status == Cohort.Status.OPEN
    assert status_of(enrollment) == S.NOT_COMPLETED


def test_instructors_finish_their_cohort_but_only_admins_reopen_it(home):
    from clusters.models import ClusterRole
    from clusters.services import role_grant

    group = started_cohort(running_course(home))
    instructor = UserFactory()
    role_grant(actor=None, user=instructor, cluster=group.cluster, role=ClusterRole.Role.INSTRUCTOR)
    group.instructors.add(instructor)

    cohort_set_status(actor=instructor, cohort_id=group.pk, status=Cohort.Status.FINISHED)
    with pytest.raises(PermissionDenied):
        cohort_set_status(actor=instructor, cohort_id=group.pk, status=Cohort.Status.CLOSED)

    assert Cohort.objects.get(pk=group.pk).status == Cohort.Status.FINISHED


def test_nobody_completes_without_attending_a_cohort_that_has_sessions(home):
    """Added after the last session, or before any was scheduled: attendance is not met."""
    course = running_course(home, min_hours=Decimal("0"))
    group = started_cohort(course)
    latecomer = joined(group, days_ago=0)  # after all four sessions
    read(latecomer, course, 2)
    attempt(latecomer, 100)
    unscheduled = started_cohort(running_course(home, min_hours=Decimal("0")), sessions=0)
    early = joined(unscheduled)
    read(early, unscheduled.course, 2)
    attempt(early, 100)

    assert completion.evaluate(enrollment_id=latecomer.pk).status == S.ENROLLED
    assert completion.evaluate(enrollment_id=early.pk).status == S.ENROLLED
    missing = completion.facts_for(group, [latecomer])[latecomer.pk].missing()
    assert missing == ["Attendance: no sessions attended yet; the course asks for 75%."]
    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.FINISHED)
    assert status_of(latecomer) == S.NOT_COMPLETED


def test_an_enrollment_moved_to_another_cohort_is_left_to_that_cohort(home):
    course = running_course(home)
    group = started_cohort(course)
    enrollment = joined(group)
    mark(enrollment, [P, P, P, P])
    read(enrollment, course, 2)
    attempt(enrollment, 90)
    other = started_cohort(course)
    Enrollment.objects.filter(pk=enrollment.pk).update(cohort=other)

    completion.evaluate_locked(group, [enrollment.pk])

    enrollment.refresh_from_db()
    assert (enrollment.cohort_id, enrollment.status) == (other.pk, S.ENROLLED)
