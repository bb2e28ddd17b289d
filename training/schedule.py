"""Scheduling a cohort's sessions: one at a time, as a weekly pattern, moved or cancelled.

Times come in as wall-clock times of the cohort's cluster (Mexico has several time
zones, and Tijuana and the northern border still change clocks), are stored in UTC,
and are checked the same way whoever calls: ends after it starts, lasts at most
14 hours (a night session across midnight fits), starts on a day of the cohort.

Every write locks the cohort row first (like training.services), so two people
scheduling the same cohort cannot both slip a session into the same slot. Moving
or cancelling a session raises its calendar SEQUENCE and, after commit, queues the
email that updates the trainees' calendars (training/session_notices.py); saving a
session unchanged raises nothing and sends nothing.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from clusters.models import User

from . import permissions
from .models import Cohort, Session
from .services import _lock

# A weekly pattern longer than this is almost certainly a mistake (wrong year).
MAX_WEEKLY_SESSIONS = 200

# What a trainee's calendar shows: changing any of these is a "move" they are told about.
NOTICE_FIELDS = ("starts_at", "ends_at", "location", "online_url")


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime


def local_slot(day: date, start: time, end: time, tz) -> Slot:
    """A session on `day` from `start` to `end`, wall-clock times in `tz`, as UTC.

    An end at or before the start is the next morning (a night shift). The local
    times are kept across a daylight-saving change: 09:00 stays 09:00 on the clock.
    """
    starts = datetime.combine(day, start, tzinfo=tz)
    end_day = day + timedelta(days=1) if end <= start else day
    ends = datetime.combine(end_day, end, tzinfo=tz)
    return Slot(starts.astimezone(UTC), ends.astimezone(UTC))


def _check_cohort(actor: User | None, cohort: Cohort) -> None:
    if actor is not None and not permissions.can_manage_sessions(actor, cohort):
        raise PermissionDenied
    if cohort.status == Cohort.Status.CANCELLED:
        raise ValidationError(_("This cohort was cancelled."), code="cancelled")


def _check_session(session: Session, cohort: Cohort) -> None:
    """The model's rules, plus: it starts on one of the cohort's days (in the cluster's zone)."""
    session.full_clean(exclude=["cohort", "cluster"])
    local_day = timezone.localtime(session.starts_at, cohort.cluster_tz).date()
    if not cohort.starts_on <= local_day <= cohort.ends_on:
        raise ValidationError(
            {
                "starts_at": _(
                    "The cohort runs from %(first)s to %(last)s; a session must start on one of "
                    "those days."
                )
                % {"first": cohort.starts_on.isoformat(), "last": cohort.ends_on.isoformat()}
            },
            code="outside_cohort",
        )


def _check_overlaps(cohort: Cohort, sessions: list[Session]) -> None:
    """Refuse a session that overlaps another scheduled one of the cohort (or of the batch).

    One query whatever the batch size; also turns a double-submitted weekly pattern
    into a clear message instead of every session twice.
    """
    if not sessions:
        return
    first = min(s.starts_at for s in sessions)
    last = max(s.ends_at for s in sessions)
    others = list(
        Session.objects.filter(
            cohort=cohort,
            status=Session.Status.SCHEDULED,
            starts_at__lt=last,
            ends_at__gt=first,
        )
        .exclude(pk__in=[s.pk for s in sessions if s.pk])
        .only("starts_at", "ends_at")
    )
    taken = sorted(
        [(s.starts_at, s.ends_at) for s in others] + [(s.starts_at, s.ends_at) for s in sessions]
    )
    for (_start, end), (next_start, _end) in pairwise(taken):
        if next_start < end:
            local = timezone.localtime(next_start, cohort.cluster_tz)
            raise ValidationError(
                {
                    "starts_at": _(
                        "Another session of this cohort already takes place at %(when)s."
                    )
                    % {"when": local.strftime("%Y-%m-%d %H:%M")}
                },
                code="overlap",
            )


def _after_commit_notice(session: Session) -> None:
    session_id = session.pk

    def enqueue():
        from .tasks import notify_session_change

        notify_session_change.delay(session_id)

    transaction.on_commit(enqueue, robust=True)


def _owe_notice(session: Session, previous_end: datetime | None) -> None:
    """Raise the SEQUENCE; tell the trainees unless the session (before and after) is over."""
    session.sequence += 1
    now = timezone.now()
    if session.ends_at > now or (previous_end is not None and previous_end > now):
        _after_commit_notice(session)
    else:
        # A correction of a session long past: calendars need no update by email.
        session.notified_sequence = session.sequence


def _evaluate(cohort_id: int, actor: User | None) -> None:
    """Sessions are an input of completion (attendance %, hours): re-evaluate the cohort."""
    from .completion import evaluate_cohort
    from .signals import sessions_changed

    evaluate_cohort(cohort_id=cohort_id, actor=actor)
    transaction.on_commit(
        lambda: sessions_changed.send(sender=Session, cohort_id=cohort_id), robust=True
    )


@transaction.atomic
def session_save(
    *,
    actor: User | None,
    cohort_id: int,
    session_id: int | None = None,
    starts_at: datetime,
    ends_at: datetime,
    topic: str = "",
    location: str = "",
    online_url: str = "",
) -> Session:
    """Add a session to a cohort, or change one (`session_id`).

    `actor` None is the system (seed data, imports); people need
    ``permissions.can_manage_sessions``. A change of time, place or link raises the
    session's SEQUENCE and emails the enrolled trainees once it commits.
    """
    cohort = _lock(cohort_id)
    _check_cohort(actor, cohort)
    if session_id is None:
        session = Session(cohort=cohort, cluster_id=cohort.cluster_id)
        before = None
    else:
        session = Session.objects.select_for_update(of=("self",)).get(pk=session_id, cohort=cohort)
        session.cohort = cohort
        if session.is_cancelled:
            raise ValidationError(
                _("This session was cancelled; schedule a new one instead."), code="cancelled"
            )
        before = {name: getattr(session, name) for name in (*NOTICE_FIELDS, "topic")}
    session.starts_at, session.ends_at = starts_at, ends_at
    session.topic = topic.strip()
    session.location = location.strip()
    session.online_url = online_url.strip()
    session.cluster_id = cohort.cluster_id
    _check_session(session, cohort)
    _check_overlaps(cohort, [session])
    if before is None:
        # Nothing is owed for a new session: trainees find it in their calendar feed.
        session.notified_sequence = session.sequence
        session.save()
        _evaluate(cohort.pk, actor)
        return session
    after = {name: getattr(session, name) for name in (*NOTICE_FIELDS, "topic")}
    if after == before:
        return session
    if any(after[name] != before[name] for name in NOTICE_FIELDS):
        _owe_notice(session, previous_end=before["ends_at"])
    session.save()
    if (before["starts_at"], before["ends_at"]) != (session.starts_at, session.ends_at):
        _evaluate(cohort.pk, actor)
    return session


@transaction.atomic
def sessions_add_weekly(
    *,
    actor: User | None,
    cohort_id: int,
    first_date: date,
    last_date: date,
    weekdays: set[int],
    start_time: time,
    end_time: time,
    topic: str = "",
    location: str = "",
    online_url: str = "",
) -> list[Session]:
    """Sessions on the chosen weekdays (0 = Monday) from `first_date` to `last_date`.

    Start and end are wall-clock times in the cohort's cluster time zone, so the
    sessions keep their local hour across a daylight-saving change; an end at or
    before the start ends the next day. All sessions or none: the first refused one
    refuses the pattern.
    """
    cohort = _lock(cohort_id)
    _check_cohort(actor, cohort)
    weekdays = {int(day) for day in weekdays}
    if not weekdays or not weekdays <= set(range(7)):
        raise ValidationError({"weekdays": _("Choose at least one day of the week.")})
    if last_date < first_date:
        raise ValidationError({"last_date": _("The last date cannot come before the first.")})
    if first_date < cohort.starts_on or last_date > cohort.ends_on:
        raise ValidationError(
            {
                "first_date": _(
                    "The cohort runs from %(first)s to %(last)s; choose dates within it."
                )
                % {"first": cohort.starts_on.isoformat(), "last": cohort.ends_on.isoformat()}
            },
            code="outside_cohort",
        )
    days = [
        first_date + timedelta(days=n)
        for n in range((last_date - first_date).days + 1)
        if (first_date + timedelta(days=n)).weekday() in weekdays
    ]
    if not days:
        raise ValidationError(
            {"weekdays": _("None of the chosen days of the week falls between those dates.")}
        )
    if len(days) > MAX_WEEKLY_SESSIONS:
        raise ValidationError(
            _("That makes %(count)s sessions; at most %(max)s can be added at once.")
            % {"count": len(days), "max": MAX_WEEKLY_SESSIONS},
            code="too_many",
        )
    tz = cohort.cluster_tz
    sessions = []
    for day in days:
        slot = local_slot(day, start_time, end_time, tz)
        session = Session(
            cohort=cohort,
            cluster_id=cohort.cluster_id,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            topic=topic.strip(),
            location=location.strip(),
            online_url=online_url.strip(),
            notified_sequence=0,
        )
        _check_session(session, cohort)
        sessions.append(session)
    _check_overlaps(cohort, sessions)
    created = Session.objects.bulk_create(sessions)
    _evaluate(cohort.pk, actor)
    return created


@transaction.atomic
def session_cancel(*, actor: User | None, session_id: int) -> Session:
    """Cancel a session: trainees get a METHOD:CANCEL update; it stops counting for completion.

    Cancelling a cancelled session changes nothing (a double click).
    """
    cohort_id = Session.objects.values_list("cohort_id", flat=True).get(pk=session_id)
    cohort = _lock(cohort_id)
    if actor is not None and not permissions.can_manage_sessions(actor, cohort):
        raise PermissionDenied
    session = Session.objects.select_for_update(of=("self",)).get(pk=session_id)
    session.cohort = cohort
    if session.is_cancelled:
        return session
    session.status = Session.Status.CANCELLED
    _owe_notice(session, previous_end=None)
    session.save(update_fields=["status", "sequence", "notified_sequence", "updated_at"])
    _evaluate(cohort.pk, actor)
    return session
