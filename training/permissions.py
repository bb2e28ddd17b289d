"""Who may see and change cohorts and enrollments: the only place it is decided.

Built on clusters.permissions' role look-ups and failing closed like them:
- network admins: everything;
- cluster admins: their clusters' cohorts and rosters;
- instructors: the cohorts they teach (and, to schedule them, their clusters');
- company coordinators: their company's people, wherever those enroll;
- trainees: their own enrollments.
"""

from django.db.models import Q, QuerySet

from clusters.models import ClusterRole, Company, CompanyMembership, TraineeProfile
from clusters.permissions import (
    _active,
    _roles,
    administered_cluster_ids,
    coordinated_pairs,
    is_network_admin,
)

from .models import Cohort, Enrollment, Session

Role = ClusterRole.Role


def instructing_cluster_ids(user) -> set[int]:
    return {cluster_id for cluster_id, role, _ in _roles(user) if role == Role.INSTRUCTOR}


# --- Cohorts ---------------------------------------------------------------


def cohorts_visible_to(user) -> QuerySet[Cohort]:
    """Cohorts a person manages in the admin (admins: their clusters; instructors: theirs)."""
    if is_network_admin(user):
        return Cohort.objects.all()
    if not _active(user):
        return Cohort.objects.none()
    clusters = administered_cluster_ids(user)
    teaching = instructing_cluster_ids(user)
    if not clusters and not teaching:
        return Cohort.objects.none()
    condition = Q(cluster_id__in=clusters)
    if teaching:
        condition |= Q(instructors=user, cluster_id__in=teaching)
    return Cohort.objects.filter(pk__in=Cohort.objects.filter(condition).values("pk"))


def cohort_clusters_for(user) -> set[int] | None:
    """Clusters in which a person may create cohorts; None means every cluster."""
    if is_network_admin(user):
        return None
    return administered_cluster_ids(user)


def can_add_cohort(user) -> bool:
    return is_network_admin(user) or bool(administered_cluster_ids(user))


def can_change_cohort(user, cohort: Cohort) -> bool:
    """Edit the cohort itself (dates, capacity, status): its cluster's admins."""
    return is_network_admin(user) or cohort.cluster_id in administered_cluster_ids(user)


def can_manage_roster(user, cohort: Cohort) -> bool:
    """Change statuses, move, import, export: its cluster's admins and its instructors."""
    if can_change_cohort(user, cohort):
        return True
    return (
        cohort.cluster_id in instructing_cluster_ids(user)
        and cohort.instructors.filter(pk=user.pk).exists()
    )


def can_delete_cohort(user, cohort: Cohort) -> bool:
    return can_change_cohort(user, cohort) and not cohort.enrollments.exists()


def cohort_is_visible_to_trainee(cohort: Cohort, profile: TraineeProfile | None) -> bool:
    """The cohort's "who may enroll" rule, for a trainee (None: someone without a profile)."""
    if cohort.visibility == Cohort.Visibility.NETWORK:
        return True
    if profile is None or profile.company_id is None:
        return False
    if cohort.visibility == Cohort.Visibility.MEMBERS:
        return CompanyMembership.objects.filter(
            cluster_id=cohort.cluster_id, company_id=profile.company_id
        ).exists()
    return cohort.invited_companies.filter(pk=profile.company_id).exists()


def cohorts_open_to(profile: TraineeProfile | None) -> Q:
    """A filter on Cohort for the cohorts a trainee may see and join (for listings)."""
    condition = Q(visibility=Cohort.Visibility.NETWORK)
    if profile is not None and profile.company_id is not None:
        member_clusters = CompanyMembership.objects.filter(company_id=profile.company_id).values(
            "cluster_id"
        )
        condition |= Q(visibility=Cohort.Visibility.MEMBERS, cluster_id__in=member_clusters)
        condition |= Q(
            visibility=Cohort.Visibility.INVITED, invited_companies__id=profile.company_id
        )
    return condition


# --- Enrollments -------------------------------------------------------------


def _coordinated_people(user, prefix: str = "") -> Q | None:
    """People of the (cluster, company) pairs a person coordinates; `prefix` reaches the profile."""
    pairs = coordinated_pairs(user)
    if not pairs:
        return None
    condition = Q(pk__in=[])
    for cluster_id, company_id in pairs:
        condition |= Q(**{f"{prefix}cluster_id": cluster_id, f"{prefix}company_id": company_id})
    return condition


def enrollments_visible_to(user) -> QuerySet[Enrollment]:
    """Roster rows a person may read: admins, instructors, and coordinators for their people."""
    if is_network_admin(user):
        return Enrollment.objects.all()
    if not _active(user):
        return Enrollment.objects.none()
    condition = Q(cluster_id__in=administered_cluster_ids(user))
    if teaching := instructing_cluster_ids(user):
        condition |= Q(cohort__instructors=user, cluster_id__in=teaching)
    if (people := _coordinated_people(user, "trainee__")) is not None:
        condition |= people
    return Enrollment.objects.filter(pk__in=Enrollment.objects.filter(condition).values("pk"))


def enrollments_decidable_by(user) -> QuerySet[Enrollment]:
    """Requests a person may approve or reject: their company's people, or their cluster's."""
    if is_network_admin(user):
        return Enrollment.objects.all()
    condition = Q(cluster_id__in=administered_cluster_ids(user))
    if (people := _coordinated_people(user, "trainee__")) is not None:
        condition |= people
    if not administered_cluster_ids(user) and people is None:
        return Enrollment.objects.none()
    return Enrollment.objects.filter(condition)


def can_decide_enrollment(user, enrollment: Enrollment) -> bool:
    return enrollments_decidable_by(user).filter(pk=enrollment.pk).exists()


def colleagues_of(user) -> QuerySet[TraineeProfile]:
    """People a company coordinator may enroll: their company's people in their cluster."""
    people = _coordinated_people(user)
    return (
        TraineeProfile.objects.none() if people is None else TraineeProfile.objects.filter(people)
    )


def coordinated_companies(user) -> QuerySet[Company]:
    return Company.objects.filter(pk__in={company for _, company in coordinated_pairs(user)})


def can_enroll_person(user, profile: TraineeProfile) -> bool:
    """Whether `user` may enroll `profile` (themselves, a colleague, or anyone as staff)."""
    if not _active(user):
        return False
    if profile.user_id == user.pk:
        return True
    return colleagues_of(user).filter(pk=profile.pk).exists()


# --- Sessions, attendance and online learning (issue 5) ----------------------


def sessions_visible_to(user) -> QuerySet[Session]:
    """Sessions of the cohorts a person manages (admins: their clusters; instructors: theirs)."""
    return Session.objects.filter(cohort__in=cohorts_visible_to(user))


def can_manage_sessions(user, cohort: Cohort) -> bool:
    """Schedule sessions, take attendance, show the check-in code: admins and its instructors."""
    return can_manage_roster(user, cohort)


def enrollment_for_course(user, course) -> Enrollment | None:
    """The person's place in a cohort of this course (either language): the one they learn in.

    An enrollment still running wins over a finished one; a withdrawn or waiting one
    does not count.
    """
    if not _active(user):
        return None
    rows = (
        Enrollment.objects.filter(
            trainee__user=user,
            status__in=Enrollment.TAKING_PART,
            cohort__course__translation_key=course.translation_key,
        )
        .select_related("cohort")
        .order_by("-enrolled_at", "-pk")
    )
    rows = list(rows[:5])
    running = [row for row in rows if row.status == Enrollment.Status.ENROLLED]
    return (running or rows or [None])[0]


def can_read_lessons(user, course) -> bool:
    """Lesson bodies: people taking part in a cohort of the course, its teachers and its staff."""
    if is_network_admin(user):
        return True
    if not _active(user):
        return False
    staff_roles = {Role.CLUSTER_ADMIN, Role.EDITOR}
    staff = {cluster_id for cluster_id, role, _ in _roles(user) if role in staff_roles}
    if staff and (course.cluster_id is None or course.cluster_id in staff):
        return True
    same_course = Q(course__translation_key=course.translation_key)
    if (
        instructing_cluster_ids(user)
        and Cohort.objects.filter(same_course, instructors=user).exists()
    ):
        return True
    return enrollment_for_course(user, course) is not None
