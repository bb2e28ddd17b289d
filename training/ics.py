"""iCalendar (RFC 5545) invitations for a cohort, so it lands in people's calendars.

One UID per cohort; a later change of the same cohort sends a higher
SEQUENCE, and a withdrawal or cancellation sends METHOD:CANCEL with that UID,
so calendar apps update or remove the event instead of adding another.
"""

from datetime import UTC, datetime, timedelta
from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//Red de Clusters Automotrices//Portal de formacion//ES"


def cohort_uid(cohort) -> str:
    host = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return f"cohort-{cohort.uid}@{host}"


def cohort_invitation(
    *, cohort, attendee_email: str, attendee_name: str, cancel: bool = False, sequence: int = 0
) -> bytes:
    """The .ics body for one trainee: the cohort as an all-day event over its dates."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancel else "REQUEST")
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
    organizer_name, organizer_email = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{organizer_email}")
    organizer.params["cn"] = vText(organizer_name or cohort.cluster.name)
    event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{attendee_email}")
    attendee.params["cn"] = vText(attendee_name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("ACCEPTED")
    event.add("attendee", attendee, encode=0)
    event.add("last-modified", _as_utc(cohort.updated_at))
    calendar.add_component(event)
    return calendar.to_ical()


def _as_utc(value: datetime | None) -> datetime:
    return (value or timezone.now()).astimezone(UTC)
