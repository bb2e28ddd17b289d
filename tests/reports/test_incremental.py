"""The incremental update agrees with a full rebuild, on random histories (hypothesis).

Random operations on a small world (two clusters in different time zones, two
courses, four people of different types, genders and companies): enrollments,
outcomes set and reopened, attendance recorded, certificates issued and revoked,
sessions cancelled. After each operation the event is applied incrementally
(the Backlog); at the end the rollup must equal what a rebuild from scratch makes,
row for row, and the report must read the same.
"""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certificates.models import Certificate
from reports import rollup
from reports.models import ActivityLine, CohortMonth, MonthlyFigure
from reports.selectors import ReportFilters, report
from tests.certificates.factories import certificate
from tests.clusters.factories import ClusterFactory
from tests.courses.factories import course_page, programme_page
from tests.reports.factories import group, person
from training.models import Attendance, Enrollment, Session

BASE = datetime(2026, 3, 1, tzinfo=UTC)

operation = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(
            ["enroll", "outcome", "reopen", "attend", "certify", "revoke", "withdraw", "cancel"]
        ),
        "person": st.integers(0, 3),
        "cohort": st.integers(0, 3),
        # hours after BASE, so month boundaries (in either time zone) are crossed often
        "at": st.integers(0, 24 * 95),
        "status": st.sampled_from(["completed", "participated", "not_completed"]),
        "mark": st.sampled_from(["present", "late", "absent", "excused"]),
        "minutes": st.one_of(st.none(), st.integers(0, 120)),
    }
)


@pytest.fixture
def world(home):
    six_sigma = programme_page(home)
    courses = [
        course_page(six_sigma, title="Green Belt", hours=Decimal("40.0")),
        course_page(home, title="Baterías", hours=Decimal("12.5")),
    ]
    clusters = [
        ClusterFactory(time_zone="America/Mexico_City"),
        ClusterFactory(time_zone="America/Tijuana"),
    ]
    cohorts = [group(course, cluster, capacity=50) for course in courses for cluster in clusters]
    people = [
        person(clusters[0], trainee_type="engineer", gender="female"),
        person(clusters[0], trainee_type="technician", gender="male"),
        person(clusters[1], trainee_type="engineer", gender=""),
        person(clusters[1], trainee_type="operator", gender="female"),
    ]
    return {"cohorts": cohorts, "people": people}


def _apply(world, op) -> tuple[list[int], list[int]]:
    """Do one operation directly on the tables; returns the (enrollments, cohorts) touched."""
    cohort = world["cohorts"][op["cohort"]]
    profile = world["people"][op["person"]]
    at = BASE + timedelta(hours=op["at"])
    enrollment = Enrollment.objects.filter(cohort=cohort, trainee=profile).first()
    kind = op["kind"]
    if kind == "cancel":
        session = Session.objects.filter(cohort=cohort).order_by("pk").first()
        if session:
            Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)
        return [], [cohort.pk]
    if enrollment is None:
        if kind != "enroll":
            return [], []
        enrollment = Enrollment.objects.create(
            cohort=cohort,
            trainee=profile,
            cluster=cohort.cluster,
            company=profile.company,
            status=Enrollment.Status.ENROLLED,
            source=Enrollment.Source.ADMIN,
            requested_at=at,
            enrolled_at=at,
        )
    elif kind == "outcome":
        Enrollment.objects.filter(pk=enrollment.pk).update(status=op["status"], completed_at=at)
    elif kind == "reopen":
        Enrollment.objects.filter(pk=enrollment.pk).update(status="enrolled", completed_at=None)
    elif kind == "withdraw":
        Enrollment.objects.filter(pk=enrollment.pk).update(status="withdrawn", withdrawn_at=at)
    elif kind == "attend":
        session = Session.objects.create(
            cohort=cohort,
            cluster=cohort.cluster,
            starts_at=at,
            ends_at=at + timedelta(minutes=120),
        )
        Attendance.objects.create(
            session=session,
            enrollment=enrollment,
            cluster=cohort.cluster,
            status=op["mark"],
            minutes=op["minutes"] if op["mark"] in ("present", "late") else None,
            method=Attendance.Method.INSTRUCTOR,
        )
    elif kind == "certify" and not Certificate.objects.filter(enrollment=enrollment).exists():
        made = certificate(enrollment=enrollment)
        Certificate.objects.filter(pk=made.pk).update(issued_at=at)
    elif kind == "revoke":
        Certificate.objects.filter(enrollment=enrollment).update(status="revoked")
    return [enrollment.pk], []


def _snapshot():
    def rows(model):
        fields = [f.attname for f in model._meta.concrete_fields if f.attname != "id"]
        return sorted(model.objects.values_list(*fields), key=repr)

    filters = ReportFilters(start=BASE.date(), end=(BASE + timedelta(days=100)).date())
    result = report(filters)
    figures = [(r.month, r.people_trained, r.completions, r.minutes_attended) for r in result.rows]
    return (rows(ActivityLine), rows(MonthlyFigure), rows(CohortMonth), figures)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=14))
def test_incremental_updates_agree_with_a_full_rebuild(world, operations):
    with transaction.atomic():
        rollup.rebuild()
        for op in operations:
            enrollment_ids, cohort_ids = _apply(world, op)
            rollup.note_changes(enrollment_ids=enrollment_ids, cohort_ids=cohort_ids)
            rollup.process_backlog()
        incremental = _snapshot()
        rollup.rebuild()
        assert incremental == _snapshot()
        transaction.set_rollback(True)
