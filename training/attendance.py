"""Recording attendance: by the instructor, by QR check-in (training/checkin.py) or import.

Every write locks the cohort row first, like every enrollment change, so an
attendance tap, a check-in and a status change of the same cohort never
interleave, and the completion rule is applied to what was just saved. Saving
what is already recorded changes nothing and leaves no audit row; every real
change leaves one (AttendanceChange: who, when, from what).
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from clusters.models import User

from . import permissions
from .completion import evaluate_locked
from .models import Attendance, AttendanceChange, Cohort, Enrollment, Session
from .services import _lock
from .signals import attendance_changed

Mark = Attendance.Status
Method = Attendance.Method

# Attendance can be taken from a little before a session starts (people arrive early).
EARLY = timedelta(minutes=30)


def _session(session_id: int) -> Session:
    try:
        return Session.objects.select_related("cohort").get(pk=session_id)
    except Session.DoesNotExist:
        raise ValidationError(_("This session does not exist.")) from None


def _check_session(session: Session, status: str, now) -> None:
    if session.is_cancelled:
        raise ValidationError(_("This session was cancelled; there is no attendance to take."))
    if status in Attendance.ATTENDED and now < session.starts_at - EARLY:
        raise ValidationError(_("This session has not started yet."))


def _write(
    session: Session,
    enrollment: Enrollment,
    *,
    status: str,
    minutes: int | None,
    method: str,
    actor: User | None,
    now,
) -> tuple[Attendance, bool]:
    """Create or change one row (cohort locked by the caller); True if anything changed."""
    if status not in Mark.values:
        raise ValidationError(_("Unknown attendance status."))
    if status not in Attendance.ATTENDED:
        minutes = None
    if minutes is not None and not 0 <= minutes <= session.minutes:
        raise ValidationError(
            _("Minutes attended must be between 0 and %(n)s, the length of the session.")
            % {"n": session.minutes}
        )
    row = Attendance.objects.filter(session=session, enrollment=enrollment).first()
    if row is not None and (row.status, row.minutes) == (status, minutes):
        return row, False
    before = (row.status, row.minutes) if row else ("", None)
    if row is None:
        row = Attendance(session=session, enrollment=enrollment, cluster_id=session.cluster_id)
    row.status, row.minutes, row.method = status, minutes, method
    row.recorded_by, row.recorded_at = actor, now
    row.save()
    AttendanceChange.objects.create(
        attendance=row,
        from_status=before[0],
        from_minutes=before[1],
        to_status=status,
        to_minutes=minutes,
        method=method,
        actor=actor,
        at=now,
    )
    enrollment_id = enrollment.pk
    transaction.on_commit(
        lambda: attendance_changed.send(sender=Attendance, enrollment_ids=[enrollment_id]),
        robust=True,
    )
    return row, True


def _on_roster(session: Session, enrollment_id: int) -> Enrollment:
    enrollment = Enrollment.objects.filter(
        pk=enrollment_id, cohort_id=session.cohort_id, status__in=Enrollment.TAKING_PART
    ).first()
    if enrollment is None:
        raise ValidationError(_("This person is not on this session's roster."))
    return enrollment


@transaction.atomic
def attendance_record(
    *,
    actor: User,
    session_id: int,
    enrollment_id: int,
    status: str,
    minutes: int | None = None,
    method: str = Method.INSTRUCTOR,
) -> Attendance:
    """Mark one person for one session (instructor or import), then apply the rule."""
    session = _session(session_id)
    if not permissions.can_manage_sessions(actor, session.cohort):
        raise PermissionDenied
    cohort = _lock(session.cohort_id)
    now = timezone.now()
    _check_session(session, status, now)
    enrollment = _on_roster(session, enrollment_id)
    row, changed = _write(
        session, enrollment, status=status, minutes=minutes, method=method, actor=actor, now=now
    )
    if changed:
        evaluate_locked(cohort, [enrollment.pk], actor=actor)
    return row


@transaction.atomic
def attendance_mark_all_present(*, actor: User, session_id: int) -> int:
    """Mark everyone not yet marked as present; marks already taken stay. Returns how many."""
    session = _session(session_id)
    if not permissions.can_manage_sessions(actor, session.cohort):
        raise PermissionDenied
    cohort = _lock(session.cohort_id)
    now = timezone.now()
    _check_session(session, Mark.PRESENT, now)
    marked = Attendance.objects.filter(session=session).values("enrollment_id")
    people = list(
        Enrollment.objects.filter(
            cohort_id=session.cohort_id, status__in=Enrollment.TAKING_PART
        ).exclude(pk__in=marked)
    )
    for enrollment in people:
        _write(
            session,
            enrollment,
            status=Mark.PRESENT,
            minutes=None,
            method=Method.INSTRUCTOR,
            actor=actor,
            now=now,
        )
    evaluate_locked(cohort, [e.pk for e in people], actor=actor)
    return len(people)


def self_check_in(*, user: User, session_id: int, scanned_at) -> tuple[Attendance, bool]:
    """The signed-in person checks themselves in (the QR code was verified by the caller).

    Present until the cohort's grace period has passed, late after it (counting the
    minutes from the scan to the end). Returns (row, created); a second check-in
    changes nothing. Only an "absent" mark can be turned into an arrival.
    """
    with transaction.atomic():
        session = _session(session_id)
        cohort: Cohort = _lock(session.cohort_id)
        now = timezone.now()
        if session.is_cancelled:
            raise ValidationError(_("This session was cancelled."))
        if not session.starts_at - EARLY <= scanned_at <= session.ends_at:
            raise ValidationError(_("Check-in for this session is closed."))
        profile = getattr(user, "trainee_profile", None)
        enrollment = (
            Enrollment.objects.filter(
                cohort_id=session.cohort_id,
                trainee=profile,
                status__in=Enrollment.TAKING_PART,
            ).first()
            if profile is not None
            else None
        )
        if enrollment is None:
            raise ValidationError(_("You are not enrolled in the cohort of this session."))
        row = Attendance.objects.filter(session=session, enrollment=enrollment).first()
        if row is not None and row.status != Mark.ABSENT:
            return row, False
        late_after = session.starts_at + timedelta(minutes=cohort.checkin_grace_minutes)
        if scanned_at <= late_after:
            status, minutes = Mark.PRESENT, None
        else:
            status = Mark.LATE
            minutes = max(0, int((session.ends_at - scanned_at).total_seconds() // 60))
        row, _changed = _write(
            session,
            enrollment,
            status=status,
            minutes=minutes,
            method=Method.QR,
            actor=user,
            now=now,
        )
        evaluate_locked(cohort, [enrollment.pk], actor=user)
        return row, True
