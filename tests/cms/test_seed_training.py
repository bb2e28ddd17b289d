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
from training.models import Cohort, Enrollment, EnrollmentChange
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
        "statuses": sorted(Enrollment.objects.values_list("pk", "status")),
        "emails": OutgoingEmail.objects.count(),
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
    assert set(past.values_list("status", flat=True)) == {Cohort.Status.CLOSED}
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
                enrollments__status__in=(Status.ENROLLED, Status.COMPLETED, Status.NOT_COMPLETED)
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

    # Past cohorts ended with completions; nobody is still enrolled in them.
    finished = Enrollment.objects.filter(cohort__in=past)
    assert finished.filter(status=Status.COMPLETED).count() > 300
    assert finished.filter(status=Status.NOT_COMPLETED).exists()
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


def test_demo_curps_are_valid_for_names_with_accents_and_compound_surnames():
    from datetime import date

    for given, first, second in [
        ("Miguel Ángel", "Álvarez", "Muñoz"),
        ("Édgar", "Montes de Oca", "Íñiguez"),
        ("Óscar", "Ortiz", "Ruiz"),
    ]:
        validate_curp(_curp(given, first, second, date(1990, 2, 28), "H", "QT"))
