"""Cohorts and enrollments for tests: open, upcoming, network-wide unless told otherwise."""

from datetime import timedelta

from django.utils import timezone

from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.clusters.factories import ClusterFactory, TraineeProfileFactory, UserFactory
from tests.courses.factories import course_page
from training.models import Cohort, Enrollment
from training.services import cohort_save, enrollment_add


def cohort(course=None, *, home=None, cluster=None, **fields) -> Cohort:
    """An open cohort starting in two weeks (pass `course`, or `home` to make one)."""
    if course is None:
        course = course_page(home)
    start = timezone.localdate() + timedelta(days=14)
    values = {
        "course": course,
        "cluster": cluster or course.cluster or ClusterFactory(),
        "starts_on": start,
        "ends_on": start + timedelta(days=2),
        "capacity": 20,
        "modality": "in_person",
        "location": "Sala 1, Parque Industrial",
        "status": Cohort.Status.OPEN,
    }
    values.update(fields)
    return cohort_save(actor=None, **values)


def trainee(cohort: Cohort | None = None, **fields):
    """A trainee whose company belongs to the cohort's cluster (or to a new one)."""
    if cohort is not None and "cluster" not in fields:
        fields["cluster"] = cohort.cluster
    return TraineeProfileFactory(**fields)


def enrolled(cohort: Cohort, profile=None) -> Enrollment:
    return enrollment_add(actor=None, cohort_id=cohort.pk, profile=profile or trainee(cohort))


def coordinator_of(profile):
    """A new account coordinating the company of `profile` in its cluster."""
    user = UserFactory()
    role_grant(
        actor=None,
        user=user,
        cluster=profile.cluster,
        role=ClusterRole.Role.COMPANY_COORDINATOR,
        company=profile.company,
    )
    return user
