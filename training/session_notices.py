"""Emails that keep trainees' calendars right when a session moves or is cancelled.

training.schedule raises a session's SEQUENCE when its time, place or link changes
or it is cancelled, and queues `notify_session_change` after commit. The task locks
the session and compares `notified_sequence` with `sequence`: equal means everyone
was told already, so a retried, duplicated or re-queued task sends nothing more.
The emails are queued (core.mail's outbox) in the same transaction that records
`notified_sequence`, so they go out exactly once. Each trainee gets it in their own
language, with times in the cluster's time zone and an .ics update carrying the
session's UID and new SEQUENCE (METHOD:REQUEST, or METHOD:CANCEL).
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from .ics import session_invitation
from .models import Enrollment, Session
from .notifications import _absolute, _course_in, _send


def local_when(session: Session) -> str:
    """When a session takes place, in the active language and the cluster's time zone.

    E.g. "Monday, 9 March 2026, 09:00–13:00 (America/Tijuana)".
    """
    tz = session.cohort.cluster_tz
    start = timezone.localtime(session.starts_at, tz)
    end = timezone.localtime(session.ends_at, tz)
    day = f"{formats.date_format(start, 'l')}, {formats.date_format(start, 'DATE_FORMAT')}"
    start_time = formats.time_format(start, "TIME_FORMAT")
    if end.date() == start.date():
        until = formats.time_format(end, "TIME_FORMAT")
    else:  # across midnight
        until = (
            f"{formats.date_format(end, 'DATE_FORMAT')} {formats.time_format(end, 'TIME_FORMAT')}"
        )
    return f"{day}, {start_time}–{until} ({session.cohort.cluster.time_zone})"


def _content(session: Session, course) -> tuple[str, list[str]]:
    facts = {"course": course.title, "when": local_when(session)}
    if session.is_cancelled:
        return (
            _("Session cancelled: %(course)s") % facts,
            [
                _("The session of %(course)s on %(when)s was cancelled.") % facts,
                _("The attached update removes it from your calendar."),
            ],
        )
    lines = [_("The session of %(course)s now takes place on %(when)s.") % facts]
    if session.topic:
        lines.append(_("Topic: %(topic)s") % {"topic": session.topic})
    if session.place:
        lines.append(_("Place: %(place)s") % {"place": session.place})
    if session.link:
        lines.append(_("Online: %(link)s") % {"link": session.link})
    lines.append(_("The invitation attached updates your calendar."))
    return _("Session moved: %(course)s") % facts, lines


def notify_session_change(*, session_id: int) -> int:
    """Email the enrolled trainees about a session's last change, once; returns emails queued."""
    with transaction.atomic():
        session = (
            Session.objects.select_for_update(of=("self",))
            .select_related("cohort__course", "cohort__cluster")
            .filter(pk=session_id)
            .first()
        )
        # Nothing owed: told already, or never changed since it was scheduled.
        if session is None or (session.notified_sequence or 0) >= session.sequence:
            return 0
        enrollments = (
            Enrollment.objects.filter(
                cohort_id=session.cohort_id, status__in=Enrollment.TAKING_PART
            )
            .select_related("trainee__user")
            .order_by("pk")
        )
        courses: dict[str, object] = {}
        sent = 0
        cancel = session.is_cancelled
        for enrollment in enrollments:
            user = enrollment.trainee.user
            if not user.email or not user.is_active:
                continue
            with translation.override(user.language):
                if user.language not in courses:
                    courses[user.language] = _course_in(session.cohort.course, user.language)
                course = courses[user.language]
                subject, lines = _content(session, course)
                _send(
                    user=user,
                    subject=subject,
                    lines=lines,
                    ics=session_invitation(
                        sessions=[session],
                        attendee_email=user.email,
                        attendee_name=enrollment.trainee.full_name,
                        cancel=cancel,
                        course=course,
                    ),
                    context={
                        "cohort": session.cohort,
                        "course": course,
                        "course_url": course.get_full_url(),
                        "next_url": _absolute(reverse("my_calendar")),
                        "next_label": _("See my calendar"),
                        "method": "CANCEL" if cancel else "REQUEST",
                        "show_cohort": False,
                    },
                )
                sent += 1
        session.notified_sequence = session.sequence
        session.save(update_fields=["notified_sequence"])
    return sent


def unsent_session_ids(*, older_than: timedelta) -> list[int]:
    """Sessions still owing a notice (the task was lost), changed in the last two days."""
    now = timezone.now()
    return list(
        Session.objects.filter(
            Q(notified_sequence__isnull=True, sequence__gt=0)
            | Q(notified_sequence__lt=F("sequence")),
            updated_at__lt=now - older_than,
            updated_at__gte=now - timedelta(days=2),
        ).values_list("pk", flat=True)[:1000]
    )
