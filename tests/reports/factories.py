"""Figures for tests: enrollments with outcomes, attendance and certificates, written fast.

Rows are written directly (as the seed does), so a test decides the exact month of
each event; the rollup is then rebuilt or refreshed by the test.
"""

from datetime import datetime, time
from decimal import Decimal

from django.utils import timezone

from certificates.models import Certificate
from tests.certificates.factories import certificate
from tests.clusters.factories import ClusterFactory, CompanyFactory, TraineeProfileFactory
from tests.training.factories import cohort, enrolled
from training.models import Attendance, Enrollment, Session


def person(cluster, **fields):
    fields.setdefault("company", CompanyFactory(clusters=[cluster]))
    return TraineeProfileFactory(cluster=cluster, **fields)


def local(cluster, day, hour=12):
    """A moment of `day` at `hour` in the cluster's time zone."""
    return datetime.combine(day, time(hour), tzinfo=cluster.tzinfo)


def group(course, cluster=None, **fields):
    """A running cohort of `course` (enrollment open, so people can be added)."""
    return cohort(course, cluster=cluster or ClusterFactory(), **fields)


def outcome(enrollment: Enrollment, status="completed", at=None) -> Enrollment:
    at = at or timezone.now()
    Enrollment.objects.filter(pk=enrollment.pk).update(status=status, completed_at=at)
    enrollment.refresh_from_db()
    return enrollment


def trained(course, cluster, profile, at, status="completed", **cohort_fields) -> Enrollment:
    """`profile` reached `status` in a cohort of `course` in `cluster` at `at`."""
    return outcome(enrolled(group(course, cluster, **cohort_fields), profile), status, at)


def attended(enrollment, starts_at, minutes=120, status="present", attended_minutes=None):
    """A session of the enrollment's cohort and the person's attendance row."""
    session = Session.objects.create(
        cohort=enrollment.cohort,
        cluster=enrollment.cluster,
        starts_at=starts_at,
        ends_at=starts_at + timezone.timedelta(minutes=minutes),
    )
    return Attendance.objects.create(
        session=session,
        enrollment=enrollment,
        cluster=enrollment.cluster,
        status=status,
        minutes=attended_minutes,
        method=Attendance.Method.INSTRUCTOR,
    )


def issued(enrollment, at, status=Certificate.Status.VALID) -> Certificate:
    made = certificate(enrollment=enrollment, status=status)
    Certificate.objects.filter(pk=made.pk).update(issued_at=at, issued_on=at.date())
    return made


HOURS = Decimal("16.0")
