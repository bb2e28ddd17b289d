"""Every change to cohorts and enrollments.

Rules that hold however many requests race:
- a seat is taken or given back only while the cohort row is locked
  (`select_for_update()`), and the cohort's counters change in the same
  transaction, so a cohort is never overfilled (a CHECK constraint agrees);
- UniqueConstraint(cohort, trainee) makes a double click one row;
- a refused request raises ValidationError with a translated message and
  writes nothing; asking for a state that already holds changes nothing.
Emails, the page-cache purge and `enrollment_changed` go out after commit.
"""

from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from clusters.models import TraineeProfile, User
from core import page_cache
from core.db import integrity_errors_as

from . import permissions
from .models import Cohort, Enrollment, EnrollmentChange
from .signals import cohort_changed, enrollment_changed, enrollment_completed

Status = Enrollment.Status
Source = Enrollment.Source

PROFILE_REQUIRED = ("given_names", "paternal_surname", "occupation", "trainee_type", "cluster")


def course_cohorts_cache_name(course) -> str:
    """Page-cache dependency of every page that shows this course's cohorts (both languages)."""
    return f"course-cohorts:{course.translation_key}"


def cohorts_cache_name(cohort: Cohort) -> str:
    return course_cohorts_cache_name(cohort.course)


def profile_missing_fields(profile: TraineeProfile | None) -> list[str]:
    """Labels of the profile fields a person must fill in before enrolling."""
    if profile is None:
        return [str(TraineeProfile._meta.get_field(name).verbose_name) for name in PROFILE_REQUIRED]
    return [
        str(TraineeProfile._meta.get_field(name).verbose_name)
        for name in PROFILE_REQUIRED
        if not getattr(profile, name if name != "cluster" else "cluster_id")
    ]


def missing_prerequisites(*, profile: TraineeProfile, course) -> list:
    """Prerequisite courses of a course that the person has not completed."""
    required = list(course.prerequisites.all())
    if not required:
        return []
    done = set(
        Enrollment.objects.filter(
            trainee=profile,
            status=Status.COMPLETED,
            cohort__course__translation_key__in=[c.translation_key for c in required],
        ).values_list("cohort__course__translation_key", flat=True)
    )
    return [course for course in required if course.translation_key not in done]


# --- internals: called with the cohort row locked ----------------------------------

# Which counter of the cohort a status counts in. A finished person (completed or not)
# keeps the seat they had: marking people completed never gives seats away.
_COUNTERS = {
    Status.ENROLLED: "enrolled_count",
    Status.COMPLETED: "enrolled_count",
    Status.NOT_COMPLETED: "enrolled_count",
    Status.PARTICIPATED: "enrolled_count",
    Status.WAITLISTED: "waitlist_count",
    Status.PENDING: "pending_count",
}
SEAT = "enrolled_count"


def _announce_cohort(cohort_id: int) -> None:
    """After commit: the cohort itself changed (capacity, dates, course, status, roster)."""
    transaction.on_commit(
        lambda: cohort_changed.send(sender=Cohort, cohort_id=cohort_id), robust=True
    )


def _lock(cohort_id: int) -> Cohort:
    return (
        Cohort.objects.select_for_update(of=("self",))
        .select_related("course", "cluster")
        .get(pk=cohort_id)
    )


def _after_commit(enrollment: Enrollment, old: str, change: EnrollmentChange) -> None:
    """After commit: purge the course's cached seats, send the events, queue the email.

    Each in its own robust callback, so a cache outage or a failing subscriber to one
    event cannot swallow the next (certificates hang on `enrollment_completed`).
    """
    cohort = enrollment.cohort
    name = cohorts_cache_name(cohort)
    enrollment_id, new = enrollment.pk, enrollment.status
    outcomes = Enrollment.OUTCOMES

    def changed():
        enrollment_changed.send(
            sender=Enrollment, enrollment_id=enrollment_id, old_status=old, new_status=new
        )

    def completed():
        enrollment_completed.send(
            sender=Enrollment,
            enrollment_id=enrollment_id,
            outcome=new if new in outcomes else "",
            previous=old if old in outcomes else "",
        )

    def email():
        from .tasks import notify_enrollment_change

        notify_enrollment_change.delay(change.pk)

    transaction.on_commit(lambda: page_cache.bump(name), robust=True)
    transaction.on_commit(changed, robust=True)
    if new in outcomes or old in outcomes:
        transaction.on_commit(completed, robust=True)
    if change.notification:
        transaction.on_commit(email, robust=True)


def _set_status(
    enrollment: Enrollment,
    new: str,
    *,
    actor: User | None,
    note: str = "",
    notify: str | None = None,
) -> Enrollment:
    """Move an enrollment (its cohort locked by the caller), keeping the counters right."""
    cohort, old, now = enrollment.cohort, enrollment.status, timezone.now()
    if old == new:
        return enrollment
    if old and not enrollment.can_move_to(new):
        raise ValidationError(
            _("An enrollment cannot go from “%(old)s” to “%(new)s”.")
            % {"old": Status(old).label, "new": Status(new).label}
        )
    before, after = _COUNTERS.get(old), _COUNTERS.get(new)
    if after == SEAT and before != SEAT and cohort.enrolled_count >= cohort.capacity:
        raise ValidationError(_("The cohort is full."), code="full")
    if before != after:
        if before:
            setattr(cohort, before, getattr(cohort, before) - 1)
        if after:
            setattr(cohort, after, getattr(cohort, after) + 1)
    enrollment.status = new
    if new == Status.ENROLLED and before != SEAT:
        enrollment.enrolled_at = now
    if new == Status.WAITLISTED:
        enrollment.waitlisted_at = now
    if new == Status.WITHDRAWN:
        enrollment.withdrawn_at = now
    if new in Enrollment.OUTCOMES:
        if old not in Enrollment.OUTCOMES or enrollment.completed_at is None:
            enrollment.completed_at = now
    else:
        enrollment.completed_at = None
    if old == Status.PENDING and new in (Status.ENROLLED, Status.WAITLISTED, Status.REJECTED):
        enrollment.decided_at, enrollment.decided_by = now, actor
    cohort.save(update_fields=["enrolled_count", "waitlist_count", "pending_count", "updated_at"])
    enrollment.save()
    change = EnrollmentChange.objects.create(
        enrollment=enrollment,
        from_status=old or "",
        to_status=new,
        actor=actor,
        note=note[:300],
        notification=notify or "",
    )
    _after_commit(enrollment, old or "", change)
    return enrollment


def _promote_waitlist(cohort: Cohort, *, actor: User | None) -> list[Enrollment]:
    """Give free seats to the waiting list, first come first served, until the cohort starts."""
    free = cohort.capacity - cohort.enrolled_count
    if (
        free <= 0
        or not cohort.waitlist_count
        or cohort.status == Cohort.Status.CANCELLED
        or cohort.has_started
    ):
        return []
    waiting = list(
        Enrollment.objects.filter(cohort=cohort, status=Status.WAITLISTED)
        .select_related("trainee")
        .order_by("waitlisted_at", "pk")[:free]
    )
    for enrollment in waiting:
        enrollment.cohort = cohort
        _set_status(
            enrollment,
            Status.ENROLLED,
            actor=actor,
            note=_("Promoted from the waiting list"),
            notify="promoted",
        )
    return waiting


def _check_open(cohort: Cohort) -> None:
    if cohort.status == Cohort.Status.CANCELLED:
        raise ValidationError(_("This cohort was cancelled."), code="cancelled")
    if not cohort.enrollment_is_open():
        raise ValidationError(_("Enrollment for this cohort is closed."), code="closed")


def _check_course_free(profile: TraineeProfile, cohort: Cohort) -> None:
    other = (
        Enrollment.objects.filter(
            trainee=profile,
            status__in=Enrollment.ACTIVE,
            cohort__course__translation_key=cohort.course.translation_key,
        )
        .exclude(cohort=cohort)
        .exists()
    )
    if other:
        raise ValidationError(
            _("%(name)s is already signed up for another cohort of this course.")
            % {"name": profile.full_name},
            code="other_cohort",
        )


def _place(
    cohort: Cohort,
    profile: TraineeProfile,
    *,
    actor: User | None,
    source: str,
    needs_approval: bool,
    when_full: str = "waitlist",
) -> Enrollment:
    """Put a person on a locked cohort's roster: enrolled, waitlisted or pending."""
    # The person's row too (always after the cohort's), so that two cohorts of one
    # course cannot both take them at once.
    TraineeProfile.objects.select_for_update().filter(pk=profile.pk).first()
    existing = Enrollment.objects.filter(cohort=cohort, trainee=profile).first()
    if existing and existing.status not in (Status.WITHDRAWN, Status.REJECTED):
        raise ValidationError(
            _("%(name)s is already on this cohort's roster (%(status)s).")
            % {"name": profile.full_name, "status": existing.get_status_display()},
            code="duplicate",
        )
    _check_course_free(profile, cohort)
    if needs_approval:
        new, kind = Status.PENDING, "approval_requested"
    elif cohort.enrolled_count < cohort.capacity:
        new, kind = Status.ENROLLED, "enrolled"
    elif when_full == "refuse":
        raise ValidationError(_("The cohort is full."), code="full")
    else:
        new, kind = Status.WAITLISTED, "waitlisted"
    enrollment = existing or Enrollment(
        cohort=cohort, trainee=profile, cluster_id=cohort.cluster_id
    )
    enrollment.cohort = cohort
    enrollment.company_id = profile.company_id
    enrollment.source = source
    enrollment.requested_at = timezone.now()
    if existing is None:
        enrollment.status = ""
    with integrity_errors_as({"__all__": _("This person is already on this cohort's roster.")}):
        return _set_status(enrollment, new, actor=actor, notify=kind)


# --- enrolling -----------------------------------------------------------------


@transaction.atomic
def enrollment_request(*, actor: User, cohort_id: int, profile: TraineeProfile) -> Enrollment:
    """A trainee enrolls themselves, or a coordinator enrolls a colleague.

    Everything the trainee would be told no about is checked here, not only
    hidden in the page: the cohort's window and visibility, the profile,
    prerequisites, approval by the company, and the seats.
    """
    if not permissions.can_enroll_person(actor, profile):
        raise PermissionDenied
    cohort = _lock(cohort_id)
    _check_open(cohort)
    if not permissions.cohort_is_visible_to_trainee(cohort, profile):
        raise ValidationError(_("This cohort is reserved for other companies."), code="not_visible")
    if missing := profile_missing_fields(profile):
        raise ValidationError(
            _("Complete the profile first: %(fields)s.") % {"fields": ", ".join(missing)},
            code="profile",
        )
    if missing := missing_prerequisites(profile=profile, course=cohort.course):
        raise ValidationError(
            _("%(course)s requires having completed %(required)s first.")
            % {"course": cohort.course.title, "required": ", ".join(c.title for c in missing)},
            code="prerequisites",
        )
    by_self = profile.user_id == actor.pk
    needs_approval = bool(
        by_self and profile.company_id and profile.company.requires_enrollment_approval
    )
    return _place(
        cohort,
        profile,
        actor=actor,
        source=Source.SELF if by_self else Source.COORDINATOR,
        needs_approval=needs_approval,
    )


@transaction.atomic
def enrollment_add(
    *,
    actor: User | None,
    cohort_id: int,
    profile: TraineeProfile,
    source: str = Source.ADMIN,
    when_full: str = "waitlist",
) -> Enrollment:
    """Cluster staff put someone on the roster (no approval, visibility or deadline checks:
    staff decide who their cohort takes), respecting seats and one cohort per course."""
    cohort = _lock(cohort_id)
    if actor is not None and not permissions.can_manage_roster(actor, cohort):
        raise PermissionDenied
    if cohort.status == Cohort.Status.CANCELLED:
        raise ValidationError(_("This cohort was cancelled."), code="cancelled")
    return _place(
        cohort, profile, actor=actor, source=source, needs_approval=False, when_full=when_full
    )


@transaction.atomic
def enrollments_add_colleagues(
    *, actor: User, cohort_id: int, profiles: Iterable[TraineeProfile]
) -> tuple[list[Enrollment], list[tuple[TraineeProfile, str]]]:
    """A coordinator enrolls several colleagues at once; each is placed or refused on its own."""
    placed, refused = [], []
    for profile in profiles:
        try:
            with transaction.atomic():
                placed.append(enrollment_request(actor=actor, cohort_id=cohort_id, profile=profile))
        except ValidationError as error:
            refused.append((profile, " ".join(error.messages)))
        except PermissionDenied:
            refused.append((profile, _("You cannot enroll this person.")))
    return placed, refused


# --- leaving, deciding, changing -------------------------------------------------


@transaction.atomic
def enrollment_withdraw(*, actor: User, enrollment_id: int, note: str = "") -> Enrollment:
    """The trainee (before the cohort starts) or staff withdraw; the seat goes to the waiting list."""
    enrollment = Enrollment.objects.select_related("trainee").get(pk=enrollment_id)
    cohort = _lock(enrollment.cohort_id)
    enrollment = Enrollment.objects.select_related("trainee").get(pk=enrollment_id)
    enrollment.cohort = cohort
    own = enrollment.trainee.user_id == actor.pk
    staff = permissions.can_manage_roster(actor, cohort)
    if not own and not staff and not permissions.can_decide_enrollment(actor, enrollment):
        raise PermissionDenied
    if enrollment.status == Status.WITHDRAWN:
        return enrollment
    if enrollment.status not in Enrollment.ACTIVE:
        raise ValidationError(_("This enrollment is already closed."), code="closed")
    if own and not staff and cohort.has_started:
        raise ValidationError(
            _("The cohort has started; ask the cluster to withdraw you."), code="started"
        )
    _set_status(enrollment, Status.WITHDRAWN, actor=actor, note=note, notify="withdrawn")
    _promote_waitlist(cohort, actor=actor)
    return enrollment


@transaction.atomic
def enrollment_decide(
    *, actor: User, enrollment_id: int, approve: bool, note: str = ""
) -> Enrollment:
    """A coordinator (or the cluster) approves or rejects a request waiting for approval."""
    enrollment = Enrollment.objects.get(pk=enrollment_id)
    if not permissions.can_decide_enrollment(actor, enrollment):
        raise PermissionDenied
    cohort = _lock(enrollment.cohort_id)
    enrollment = Enrollment.objects.select_related("trainee").get(pk=enrollment_id)
    enrollment.cohort = cohort
    target = (
        (Status.ENROLLED if cohort.enrolled_count < cohort.capacity else Status.WAITLISTED)
        if approve
        else Status.REJECTED
    )
    if enrollment.status != Status.PENDING:
        if enrollment.decided_at and (
            enrollment.status == target
            or (approve and enrollment.status in (Status.ENROLLED, Status.WAITLISTED))
        ):
            return enrollment  # already decided the same way: a double click
        raise ValidationError(_("This request is no longer waiting for a decision."))
    if approve and cohort.status == Cohort.Status.CANCELLED:
        raise ValidationError(_("This cohort was cancelled."), code="cancelled")
    kind = "approved" if approve else "rejected"
    return _set_status(enrollment, target, actor=actor, note=note, notify=kind)


@transaction.atomic
def enrollment_set_status(
    *, actor: User, enrollment_id: int, status: str, note: str = ""
) -> Enrollment:
    """Staff change a roster row's status (e.g. enrolled -> completed); seats follow."""
    enrollment = Enrollment.objects.get(pk=enrollment_id)
    cohort = _lock(enrollment.cohort_id)
    if not permissions.can_manage_roster(actor, cohort):
        raise PermissionDenied
    enrollment = Enrollment.objects.select_related("trainee").get(pk=enrollment_id)
    enrollment.cohort = cohort
    if status not in Status.values:
        raise ValidationError(_("Unknown status."))
    if status in Enrollment.ACTIVE and enrollment.status not in Enrollment.ACTIVE:
        if cohort.status == Cohort.Status.CANCELLED:
            raise ValidationError(_("This cohort was cancelled."), code="cancelled")
        _check_course_free(enrollment.trainee, cohort)
    kinds = {Status.WITHDRAWN: "withdrawn", Status.ENROLLED: "enrolled"}
    held_seat = _COUNTERS.get(enrollment.status) == SEAT
    _set_status(enrollment, status, actor=actor, note=note, notify=kinds.get(status))
    if held_seat and _COUNTERS.get(status) != SEAT:
        _promote_waitlist(cohort, actor=actor)
    return enrollment


@transaction.atomic
def enrollment_move(
    *, actor: User, enrollment_id: int, to_cohort_id: int, note: str = ""
) -> Enrollment:
    """Move someone to another cohort of the same course, keeping their row and history."""
    enrollment = Enrollment.objects.get(pk=enrollment_id)
    if enrollment.cohort_id == to_cohort_id:
        return enrollment
    # Lock both cohorts in a fixed order so two opposite moves cannot deadlock.
    locked = {
        c.pk: c
        for c in Cohort.objects.select_for_update(of=("self",))
        .select_related("course", "cluster")
        .filter(pk__in=sorted({enrollment.cohort_id, to_cohort_id}))
        .order_by("pk")
    }
    source, target = locked[enrollment.cohort_id], locked.get(to_cohort_id)
    if target is None:
        raise ValidationError(_("That cohort does not exist."))
    if not (
        permissions.can_manage_roster(actor, source)
        and permissions.can_manage_roster(actor, target)
    ):
        raise PermissionDenied
    if target.course.translation_key != source.course.translation_key:
        raise ValidationError(_("People can only move to a cohort of the same course."))
    if target.status == Cohort.Status.CANCELLED:
        raise ValidationError(_("This cohort was cancelled."), code="cancelled")
    enrollment = Enrollment.objects.select_related("trainee").get(pk=enrollment_id)
    if enrollment.status not in Enrollment.ACTIVE:
        raise ValidationError(_("Only pending, enrolled or waitlisted people can move."))
    if Enrollment.objects.filter(cohort=target, trainee=enrollment.trainee).exists():
        raise ValidationError(_("This person is already on that cohort's roster."))
    old = enrollment.status
    counter = _COUNTERS[old]
    Cohort.objects.filter(pk=source.pk).update(**{counter: F(counter) - 1})
    source.refresh_from_db(fields=[counter])
    new = old
    if old == Status.ENROLLED and target.enrolled_count >= target.capacity:
        new = Status.WAITLISTED
    enrollment.cohort, enrollment.cluster_id = target, target.cluster_id
    enrollment.status = ""  # entering the target: counted there afresh
    note = note or _("Moved from %(cohort)s") % {"cohort": source}
    _set_status(enrollment, new, actor=actor, note=note, notify="moved")
    if old == Status.ENROLLED:
        _promote_waitlist(source, actor=actor)
    transaction.on_commit(lambda: page_cache.bump(cohorts_cache_name(source)), robust=True)
    _announce_cohort(source.pk)  # its seats: the person is no longer on its roster
    return enrollment


# --- cohorts ---------------------------------------------------------------------

COHORT_FIELDS = (
    "course",
    "cluster",
    "name",
    "starts_on",
    "ends_on",
    "capacity",
    "modality",
    "language",
    "location",
    "online_url",
    "enrollment_opens_at",
    "enrollment_closes_at",
    "visibility",
    "status",
    "checkin_grace_minutes",
)


# What a calendar invitation shows; changing it sends updated invitations later (issue 5).
CALENDAR_FIELDS = ("starts_on", "ends_on", "location", "online_url")


@transaction.atomic
def cohort_save(
    *,
    actor: User | None,
    cohort: Cohort | None = None,
    instructors: Iterable[User] | None = None,
    invited_companies=None,
    **fields,
) -> Cohort:
    """Create or update a cohort. Raising the capacity promotes people from the waiting list."""
    unknown = set(fields) - set(COHORT_FIELDS)
    if unknown:
        raise TypeError(f"unknown cohort fields: {sorted(unknown)}")
    creating = cohort is None or cohort.pk is None
    cohort = (cohort or Cohort()) if creating else _lock(cohort.pk)
    # Changing the status of an existing cohort goes through cohort_set_status, so that
    # cancelling withdraws and tells everyone, and a cancelled cohort stays cancelled.
    new_status = None if creating else fields.pop("status", None)
    if actor is not None:
        if creating and not permissions.can_add_cohort(actor):
            raise PermissionDenied
        if not creating and not permissions.can_change_cohort(actor, cohort):
            raise PermissionDenied
    before = None if creating else [getattr(cohort, f) for f in CALENDAR_FIELDS]
    for name, value in fields.items():
        setattr(cohort, name, value)
    if before is not None and before != [getattr(cohort, f) for f in CALENDAR_FIELDS]:
        cohort.calendar_sequence += 1
    if cohort.course_id and cohort.course.locale.language_code != "es":
        # Cohorts point at the course's original page; its translations share the key.
        cohort.course = type(cohort.course).objects.get(
            translation_key=cohort.course.translation_key, locale__language_code="es"
        )
    if actor is not None:
        allowed = permissions.cohort_clusters_for(actor)
        if allowed is not None and cohort.cluster_id not in allowed:
            raise ValidationError({"cluster": _("You can only open cohorts of your own cluster.")})
        course_cluster = cohort.course.cluster_id if cohort.course_id else None
        if allowed is not None and course_cluster not in (None, cohort.cluster_id):
            raise ValidationError(
                {"course": _("This course belongs to another cluster; pick one of yours.")}
            )
    cohort.full_clean()
    cohort.save()
    if instructors is not None:
        cohort.instructors.set(instructors)
    if invited_companies is not None:
        cohort.invited_companies.set(invited_companies)
    _promote_waitlist(cohort, actor=actor)
    name = cohorts_cache_name(cohort)
    transaction.on_commit(lambda: page_cache.bump(name), robust=True)
    _announce_cohort(cohort.pk)
    if new_status and new_status != cohort.status:
        cohort = cohort_set_status(actor=actor, cohort_id=cohort.pk, status=new_status)
    return cohort


@transaction.atomic
def cohort_set_status(*, actor: User | None, cohort_id: int, status: str) -> Cohort:
    """Open, close or cancel enrollment, or finish the cohort.

    Cancelling withdraws everyone and tells them; finishing decides everyone's outcome
    (training/completion.py), and reopening a finished cohort undoes the final ones.
    """
    cohort = _lock(cohort_id)
    finishing = Cohort.Status.FINISHED in (status, cohort.status)
    # Finishing decides outcomes, which the cohort's instructors may do too; reopening a
    # finished cohort is its admins' call.
    if status == Cohort.Status.FINISHED:
        allowed = permissions.can_manage_sessions
    else:
        allowed = permissions.can_change_cohort
    if actor is not None and not allowed(actor, cohort):
        raise PermissionDenied
    if status not in Cohort.Status.values:
        raise ValidationError(_("Unknown status."))
    if cohort.status == status:
        return cohort
    if cohort.status == Cohort.Status.CANCELLED:
        raise ValidationError(_("A cancelled cohort cannot be reopened; open a new one."))
    if status == Cohort.Status.FINISHED and (
        cohort.status == Cohort.Status.DRAFT or not cohort.has_started
    ):
        raise ValidationError(_("Only a cohort that has started can be finished."))
    cohort.status = status
    cohort.save(update_fields=["status", "updated_at"])
    _announce_cohort(cohort.pk)
    if finishing:
        from .completion import finish_locked

        finish_locked(cohort, actor=actor)
    if status == Cohort.Status.CANCELLED:
        for enrollment in Enrollment.objects.filter(
            cohort=cohort, status__in=Enrollment.ACTIVE
        ).select_related("trainee"):
            enrollment.cohort = cohort
            _set_status(
                enrollment,
                Status.WITHDRAWN,
                actor=actor,
                note=_("The cohort was cancelled"),
                notify="cancelled",
            )
    name = cohorts_cache_name(cohort)
    transaction.on_commit(lambda: page_cache.bump(name), robust=True)
    return cohort
