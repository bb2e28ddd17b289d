"""The demo cohorts, trainees and enrollments that seed_demo adds (cms/seed_training.py)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from clusters.models import Cluster, TraineeProfile, User
from clusters.validators import validate_curp
from cms.seed_training import USERNAME_PREFIX, _curp
from core.models import OutgoingEmail
from training import selectors
from training.completion import facts_for
from training.models import (
    AssessmentAttempt,
    Attendance,
    AttendanceChange,
    Cohort,
    Enrollment,
    EnrollmentChange,
    LessonProgress,
    Session,
)
from training.notifications import unsent_change_ids
from training.services import missing_prerequisites

pytestmark = pytest.mark.django_db

Status = Enrollment.Status


def seed(capture) -> None:
    # Run the after-commit work (emails, cache purges) as a real commit would.
    with capture(execute=True):
        call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def snapshot() -> dict:
    return {
        "users": User.objects.count(),
        "profiles": TraineeProfile.objects.count(),
        "cohorts": Cohort.objects.count(),
        "enrollments": Enrollment.objects.count(),
        "changes": EnrollmentChange.objects.count(),
        "statuses": sorted(Enrollment.objects.values_list("pk", "status", "completed_at")),
        "emails": OutgoingEmail.objects.count(),
        # cms/seed_delivery.py
        "sessions": Session.objects.count(),
        "attendance": Attendance.objects.count(),
        "attendance_changes": AttendanceChange.objects.count(),
        "lessons": LessonProgress.objects.count(),
        "attempts": AssessmentAttempt.objects.count(),
    }


def test_seed_training_builds_a_year_of_cohorts_and_a_second_run_changes_nothing(
    django_capture_on_commit_callbacks, client
):
    seed(django_capture_on_commit_callbacks)
    first = snapshot()
    seed(django_capture_on_commit_callbacks)
    assert snapshot() == first

    # No email for demo data: nothing queued, nothing delivered, nothing owed for the
    # periodic job that sends the emails whose task was lost.
    assert first["emails"] == 0
    assert mail.outbox == []
    assert unsent_change_ids(older_than=timedelta(0)) == []

    # The people: 150-300 demo trainees, valid CURPs, about a third women, every cluster.
    trainees = TraineeProfile.objects.filter(user__username__startswith=USERNAME_PREFIX)
    assert 150 <= trainees.count() <= 300
    for curp in trainees.values_list("curp", flat=True):
        validate_curp(curp)
    women = trainees.filter(gender="female").count() / trainees.count()
    assert 0.28 <= women <= 0.42, women
    assert trainees.values("cluster").distinct().count() == Cluster.objects.count()
    assert trainees.values("company").distinct().count() > 40

    # The cohorts: past, running and upcoming, in every cluster, for most courses.
    today = timezone.localdate()
    cohorts = Cohort.objects.all()
    assert cohorts.count() >= 50
    assert cohorts.values("cluster").distinct().count() == Cluster.objects.count()
    assert cohorts.values("course").distinct().count() >= 20
    past = cohorts.filter(ends_on__lt=today)
    running = cohorts.filter(starts_on__lte=today, ends_on__gte=today)
    upcoming = cohorts.filter(starts_on__gt=today)
    assert past.count() >= 20 and running.exists() and upcoming.count() >= 20
    # Past cohorts are finished (outcomes decided by the completion rule).
    assert set(past.values_list("status", flat=True)) == {Cohort.Status.FINISHED}
    assert set(running.values_list("status", flat=True)) == {Cohort.Status.CLOSED}
    assert upcoming.filter(status=Cohort.Status.OPEN).count() >= 20
    assert upcoming.filter(visibility=Cohort.Visibility.MEMBERS).exists()
    assert upcoming.filter(visibility=Cohort.Visibility.INVITED).exists()
    assert upcoming.filter(waitlist_count__gt=0).count() >= 2
    assert not past.filter(starts_on__lt=today - timedelta(days=366)).exists()
    for cohort in cohorts.filter(cluster__slug="queretaro"):
        assert [u.email for u in cohort.instructors.all()] == ["instructora@example.com"]

    # Every cohort's counters are the real numbers of its rows.
    for cohort in cohorts.annotate(
        enrolled=Count(
            "enrollments",
            filter=Q(
                enrollments__status__in=(
                    Status.ENROLLED,
                    Status.COMPLETED,
                    Status.PARTICIPATED,
                    Status.NOT_COMPLETED,
                )
            ),
        ),
        waiting=Count("enrollments", filter=Q(enrollments__status=Status.WAITLISTED)),
        pending=Count("enrollments", filter=Q(enrollments__status=Status.PENDING)),
    ):
        assert (cohort.enrolled_count, cohort.waitlist_count, cohort.pending_count) == (
            cohort.enrolled,
            cohort.waiting,
            cohort.pending,
        ), cohort
        assert cohort.enrolled_count <= cohort.capacity

    # Past cohorts ended with completions, participations and people who did not
    # complete; nobody is still enrolled in them.
    finished = Enrollment.objects.filter(cohort__in=past)
    assert finished.filter(status=Status.COMPLETED).count() > 300
    assert finished.filter(status=Status.PARTICIPATED).count() > 20
    assert finished.filter(status=Status.NOT_COMPLETED).count() > 10
    assert not finished.filter(status__in=Enrollment.ACTIVE).exists()

    # Requests spread over the last twelve months, with a history that agrees.
    requested = Enrollment.objects.values_list("requested_at", flat=True)
    months = {timezone.localtime(at).strftime("%Y-%m") for at in requested}
    assert len(months) >= 11, months
    assert min(requested) > timezone.now() - timedelta(days=400)
    assert max(requested) <= timezone.now()
    for enrollment in Enrollment.objects.filter(status=Status.COMPLETED)[:50]:
        history = list(enrollment.changes.all())
        assert history[0].at == enrollment.requested_at
        assert history[-1].to_status == Status.COMPLETED
        assert history[-1].at > enrollment.requested_at

    # The demo trainee's story.
    profile = TraineeProfile.objects.get(user__email="aprendiz@example.com")
    mine = {e.cohort.course.code: e for e in selectors.enrollment_list_for_trainee(profile=profile)}
    assert mine["SS-YB"].status == Status.COMPLETED
    assert mine["SS-WB"].status == Status.COMPLETED
    current = [e for e in mine.values() if e.status == Status.ENROLLED]
    assert len(current) == 1 and current[0].cohort.starts_on > today
    waiting = [e for e in mine.values() if e.status == Status.WAITLISTED]
    assert len(waiting) == 1 and waiting[0].waitlist_position == 2
    assert [e.status for e in mine.values()].count(Status.WITHDRAWN) == 1
    green = Cohort.objects.get(course__code="SS-GB", cluster__slug="queretaro", starts_on__gt=today)
    assert green.enrollment_is_open()
    assert missing_prerequisites(profile=profile, course=green.course) == []

    # The coordinator's company approves its people; some requests are waiting.
    coordinator = User.objects.get(email="coordinador@example.com")
    assert profile.company.requires_enrollment_approval
    assert selectors.pending_requests_for(coordinator).count() >= 3

    # The pages that show it all answer.
    client.force_login(profile.user)
    assert client.get(reverse("my_learning")).status_code == 200
    client.force_login(coordinator)
    assert client.get(reverse("company_requests")).status_code == 200

    delivery_holds(today)
    demo_trainee_learned(profile, today)


def delivery_holds(today) -> None:
    """What cms/seed_delivery.py adds: sessions, attendance, lessons, attempts, outcomes."""
    now = timezone.now()
    cohorts = Cohort.objects.exclude(status=Cohort.Status.CANCELLED).select_related(
        "course", "cluster"
    )
    for cohort in cohorts:
        sessions = list(cohort.sessions.all())
        assert sessions, cohort
        tz = cohort.cluster.tzinfo
        for session in sessions:
            assert session.cluster_id == cohort.cluster_id
            start, end = (timezone.localtime(t, tz) for t in (session.starts_at, session.ends_at))
            assert cohort.starts_on <= start.date() <= end.date() <= cohort.ends_on
            assert start.hour in (8, 9, 16) and start.minute == 0, start
            assert session.notified_sequence == session.sequence  # no calendar email owed
        hours = sum(s.minutes for s in sessions) / 60
        assert hours == cohort.course.hours, (cohort, hours)
        if cohort.starts_on > today:
            assert not Attendance.objects.filter(session__cohort=cohort).exists()
    # Attendance: held sessions only, people taking part only, taken by staff, audited.
    marks = Attendance.objects.select_related("session", "enrollment")
    assert marks.count() > 2000
    assert not marks.filter(session__ends_at__gt=now).exists()
    assert not marks.exclude(enrollment__status__in=Enrollment.TAKING_PART).exists()
    assert not marks.exclude(method=Attendance.Method.INSTRUCTOR).exists()
    assert not marks.filter(recorded_by=None).exists()
    statuses = set(marks.values_list("status", flat=True))
    assert statuses == set(Attendance.Status.values)
    assert marks.filter(status=Attendance.Status.LATE, minutes__isnull=False).exists()
    assert (
        not marks.filter(
            session__cohort__cluster__slug="queretaro",
        )
        .exclude(recorded_by__email="instructora@example.com")
        .exists()
    )
    for mark in marks.filter(status=Attendance.Status.LATE)[:100]:
        assert 0 <= mark.minutes < mark.session.minutes
    last_change = {}
    for change in AttendanceChange.objects.order_by("at", "pk"):
        last_change[change.attendance_id] = (change.to_status, change.to_minutes)
    assert last_change == {m.pk: (m.status, m.minutes) for m in marks}
    assert AttendanceChange.objects.count() > marks.count()  # a few corrections
    # Attempts: graded like the assessment page would, within the attempts allowed.
    for attempt in AssessmentAttempt.objects.select_related("enrollment__cohort__course")[:300]:
        course = attempt.enrollment.cohort.course
        ids = {q.id for q in course.questions}
        assert set(attempt.results) == set(attempt.answers) == ids
        assert attempt.score == round(100 * sum(attempt.results.values()) / len(ids))
        assert attempt.passed == (attempt.score >= course.pass_mark)
        assert 1 <= attempt.number <= course.assessment_attempts
    # Outcomes: decided by the rule, in the last twelve months.
    outcomes = Enrollment.objects.filter(status__in=Enrollment.OUTCOMES)
    completed_at = list(outcomes.values_list("completed_at", flat=True))
    assert None not in completed_at
    assert min(completed_at) > now - timedelta(days=366) and max(completed_at) <= now
    months = {
        timezone.localtime(at).strftime("%Y-%m")
        for at in outcomes.filter(status=Status.COMPLETED).values_list("completed_at", flat=True)
    }
    assert len(months) >= 9, months
    for cohort in cohorts.filter(status=Cohort.Status.FINISHED):
        decided = list(cohort.enrollments.filter(status__in=Enrollment.TAKING_PART))
        facts = facts_for(cohort, decided)
        for enrollment in decided:
            assert enrollment.status == facts[enrollment.pk].outcome(final=True), enrollment
    for enrollment in outcomes.filter(status=Status.COMPLETED).select_related("cohort__course"):
        assert facts_for(enrollment.cohort, [enrollment])[enrollment.pk].rule_met


def demo_trainee_learned(profile, today) -> None:
    """aprendiz@example.com met the whole rule of her belts and reads ahead in her next course."""
    mine = {e.cohort.course.code: e for e in Enrollment.objects.filter(trainee=profile)}
    for code in ("SS-WB", "SS-YB"):
        enrollment = mine[code]
        facts = facts_for(enrollment.cohort, [enrollment])[enrollment.pk]
        assert facts.rule_met and facts.passed and facts.attendance_ok, code
        assert facts.lessons_done == facts.lessons_total > 0
        assert enrollment.completed_at.date() <= enrollment.cohort.ends_on
    current = mine["I4-02"]
    assert current.status == Status.ENROLLED and current.cohort.starts_on > today
    assert current.lessons_done.count() >= 1
    assert not current.attendance.exists() and not current.attempts.exists()


def test_demo_curps_are_valid_for_names_with_accents_and_compound_surnames():
    from datetime import date

    for given, first, second in [
        ("Miguel Ángel", "Álvarez", "Muñoz"),
        ("Édgar", "Montes de Oca", "Íñiguez"),
        ("Óscar", "Ortiz", "Ruiz"),
    ]:
        validate_curp(_curp(given, first, second, date(1990, 2, 28), "H", "QT"))
