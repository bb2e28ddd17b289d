"""iCalendar (RFC 5545) invitations and feeds, so training lands in people's calendars.

One UID per cohort (an all-day event over its dates) and one per session (its
hours, in UTC); a later change sends a higher SEQUENCE, and a withdrawal or
cancellation sends METHOD:CANCEL with that UID, so calendar apps update or remove
the event instead of adding another. A person's private feed (training/feeds.py)
lists their sessions without METHOD, as subscribed calendars expect.
"""

from datetime import UTC, datetime, timedelta
from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vDuration, vText

PRODID = "-//Red de Clusters Automotrices//Portal de formacion//ES"


def _host() -> str:
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"


def cohort_uid(cohort) -> str:
    return f"cohort-{cohort.uid}@{_host()}"


def session_uid(session) -> str:
    return f"session-{session.uid}@{_host()}"


def _calendar(method: str | None = None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    return calendar


def _add_people(event: Event, *, cluster_name: str, attendee_email: str, attendee_name: str):
    """ORGANIZER (the portal's sender) and the one ATTENDEE an invitation is addressed to."""
    organizer_name, organizer_email = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{organizer_email}")
    organizer.params["cn"] = vText(organizer_name or cluster_name)
    event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{attendee_email}")
    attendee.params["cn"] = vText(attendee_name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("ACCEPTED")
    event.add("attendee", attendee, encode=0)


def cohort_invitation(
    *, cohort, attendee_email: str, attendee_name: str, cancel: bool = False, sequence: int = 0
) -> bytes:
    """The .ics body for one trainee: the cohort as an all-day event over its dates."""
    calendar = _calendar("CANCEL" if cancel else "REQUEST")
    event = Event()
    event.add("uid", cohort_uid(cohort))
    event.add("sequence", sequence + (1 if cancel else 0))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", cohort.starts_on)
    event.add("dtend", cohort.ends_on + timedelta(days=1))
    event.add("summary", f"{cohort.course.title} ({cohort.course.code})")
    where = cohort.location or cohort.online_url
    if where:
        event.add("location", where)
    description = [cohort.course.summary]
    if cohort.online_url:
        event.add("url", cohort.online_url)
        description.append(cohort.online_url)
    event.add("description", "\n\n".join(description))
    event.add("status", "CANCELLED" if cancel else "CONFIRMED")
    _add_people(
        event,
        cluster_name=cohort.cluster.name,
        attendee_email=attendee_email,
        attendee_name=attendee_name,
    )
    event.add("last-modified", _as_utc(cohort.updated_at))
    calendar.add_component(event)
    return calendar.to_ical()


def _as_utc(value: datetime | None) -> datetime:
    return (value or timezone.now()).astimezone(UTC)


# --- Sessions ------------------------------------------------------------------


def session_summary(session, course=None) -> str:
    """The event title, "<course title> (<code>) — <topic>"; `course` in the reader's language."""
    course = course or session.cohort.course
    title = f"{course.title} ({course.code})"
    return f"{title} — {session.topic}" if session.topic else title


def _session_event(session, *, cancelled: bool, course=None) -> Event:
    """A session as a timed event in UTC (calendar apps show it in the reader's zone)."""
    event = Event()
    event.add("uid", session_uid(session))
    event.add("sequence", session.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", _as_utc(session.starts_at))
    event.add("dtend", _as_utc(session.ends_at))
    event.add("summary", session_summary(session, course))
    place, link = session.place, session.link
    if place or link:
        event.add("location", place or link)
    description = [(course or session.cohort.course).summary]
    if link:
        event.add("url", link)
        description.append(link)
    event.add("description", "\n\n".join(part for part in description if part))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("last-modified", _as_utc(session.updated_at))
    return event


def session_invitation(
    *, sessions, attendee_email: str, attendee_name: str, cancel: bool = False, course=None
) -> bytes:
    """The .ics body that puts sessions in one trainee's calendar (or takes them out).

    SEQUENCE is the session's own, raised by training.schedule whenever a session moves
    or is cancelled, so the update replaces what the calendar holds.
    """
    calendar = _calendar("CANCEL" if cancel else "REQUEST")
    for session in sessions:
        event = _session_event(session, cancelled=cancel or session.is_cancelled, course=course)
        _add_people(
            event,
            cluster_name=session.cohort.cluster.name,
            attendee_email=attendee_email,
            attendee_name=attendee_name,
        )
        calendar.add_component(event)
    return calendar.to_ical()


# How often subscribed calendars should fetch the feed again (Outlook and Apple honour it).
FEED_REFRESH = timedelta(hours=6)
CANCELLED_COHORT = "cancelled"  # Cohort.Status.CANCELLED (this module reads no models)


def calendar_feed(*, sessions, name: str) -> bytes:
    """A subscribed calendar: every session, cancelled ones marked so apps strike them out."""
    calendar = _calendar()
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", vDuration(FEED_REFRESH), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(FEED_REFRESH))
    for session in sessions:
        # A session of a cancelled cohort will not take place either.
        cancelled = session.is_cancelled or session.cohort.status == CANCELLED_COHORT
        calendar.add_component(_session_event(session, cancelled=cancelled))
    return calendar.to_ical()
