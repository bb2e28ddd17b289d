"""Reads of cohorts and enrollments, tuned for the pages that show them."""

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from clusters.models import TraineeProfile

from . import permissions
from .models import Cohort, Enrollment

Status = Enrollment.Status
LISTED = (Cohort.Status.OPEN, Cohort.Status.CLOSED)


def _waitlist_position() -> Coalesce:
    """1 + the number of people waiting ahead of this enrollment in its cohort."""
    ahead = (
        Enrollment.objects.filter(cohort=OuterRef("cohort"), status=Status.WAITLISTED)
        .filter(
            Q(waitlisted_at__lt=OuterRef("waitlisted_at"))
            | Q(waitlisted_at=OuterRef("waitlisted_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("cohort")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(ahead), 0) + 1


def with_waitlist_position(enrollments: QuerySet[Enrollment]) -> QuerySet[Enrollment]:
    return enrollments.annotate(waitlist_position=_waitlist_position())


def cohort_list_for_course(*, course, profile: TraineeProfile | None) -> list[Cohort]:
    """Upcoming and running cohorts of a course (any translation) that this person may see.

    Anonymous visitors see the cohorts open to the network and to member
    companies; a signed-in trainee sees those their company may join, plus any
    they are already on. Two queries whatever the number of cohorts.
    """
    today = timezone.localdate()
    cohorts = Cohort.objects.filter(
        course__translation_key=course.translation_key,
        status__in=LISTED,
        ends_on__gte=today,
    )
    if profile is None:
        cohorts = cohorts.filter(
            visibility__in=(Cohort.Visibility.NETWORK, Cohort.Visibility.MEMBERS)
        )
    else:
        mine = Enrollment.objects.filter(trainee=profile).values("cohort_id")
        cohorts = cohorts.filter(permissions.cohorts_open_to(profile) | Q(pk__in=mine))
    cohorts = list(cohorts.select_related("cluster").distinct().order_by("starts_on", "pk"))
    if profile is not None and cohorts:
        enrollments = {
            e.cohort_id: e
            for e in with_waitlist_position(
                Enrollment.objects.filter(trainee=profile, cohort__in=[c.pk for c in cohorts])
            )
        }
        for cohort in cohorts:
            cohort.my_enrollment = enrollments.get(cohort.pk)
    return cohorts


def enrollment_list_for_trainee(*, profile: TraineeProfile) -> list[Enrollment]:
    """Everything a person signed up for, newest cohorts first, with waitlist positions."""
    return list(
        with_waitlist_position(
            Enrollment.objects.filter(trainee=profile).select_related(
                "cohort", "cohort__course", "cohort__cluster"
            )
        ).order_by("-cohort__starts_on", "-pk")
    )


def enrollment_get_for_trainee(*, profile: TraineeProfile, enrollment_id: int) -> Enrollment:
    return Enrollment.objects.select_related("cohort", "cohort__course", "cohort__cluster").get(
        pk=enrollment_id, trainee=profile
    )


def pending_requests_for(user) -> QuerySet[Enrollment]:
    """Requests waiting for this person's decision (coordinators: their company's people)."""
    return (
        permissions.enrollments_decidable_by(user)
        .filter(status=Status.PENDING)
        .select_related("trainee", "cohort", "cohort__course", "cohort__cluster", "company")
        .order_by("requested_at", "pk")
    )


def open_cohorts_for_colleagues(user) -> QuerySet[Cohort]:
    """Cohorts open now that a coordinator can enroll their people in."""
    now = timezone.now()
    companies = list(permissions.coordinated_companies(user))
    condition = Q(visibility=Cohort.Visibility.NETWORK)
    for company in companies:
        condition |= Q(
            visibility=Cohort.Visibility.MEMBERS, cluster__memberships__company=company
        ) | Q(visibility=Cohort.Visibility.INVITED, invited_companies=company)
    return (
        Cohort.objects.filter(condition, status=Cohort.Status.OPEN, starts_on__gte=now.date())
        .filter(Q(enrollment_opens_at__isnull=True) | Q(enrollment_opens_at__lte=now))
        .filter(Q(enrollment_closes_at__isnull=True) | Q(enrollment_closes_at__gt=now))
        .select_related("course", "cluster")
        .distinct()
        .order_by("starts_on", "pk")
    )


def roster_for(*, cohort: Cohort, status: str = "", query: str = "") -> QuerySet[Enrollment]:
    """A cohort's roster for staff, filtered by status and a name, email or CURP search."""
    rows = Enrollment.objects.filter(cohort=cohort).select_related(
        "trainee", "trainee__user", "company"
    )
    if status:
        rows = rows.filter(status=status)
    if query := query.strip()[:100]:
        for word in query.split()[:5]:
            rows = rows.filter(
                Q(trainee__given_names__icontains=word)
                | Q(trainee__paternal_surname__icontains=word)
                | Q(trainee__maternal_surname__icontains=word)
                | Q(trainee__user__email__icontains=word)
                | Q(trainee__curp__iexact=word)
            )
    return with_waitlist_position(rows).order_by(
        "trainee__paternal_surname", "trainee__given_names", "pk"
    )
