"""A moved or cancelled session tells the enrolled trainees once, with a calendar update."""

from datetime import date, time, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.clusters.factories import ClusterFactory, UserFactory
from tests.training.factories import cohort, enrolled, session, trainee
from training import schedule
from training.models import Enrollment, Session
from training.services import enrollment_withdraw
from training.session_notices import notify_session_change, unsent_session_ids
from training.tasks import notify_session_change as notify_task
from training.tasks import requeue_session_notices

pytestmark = pytest.mark.django_db


def invitation(message) -> Calendar:
    """The .ics attached to an email, parsed as a calendar app would."""
    found = [a for a in message.attachments if a[0] == "invitation.ics"]
    assert len(found) == 1, message.attachments
    content = found[0][1]
    return Calendar.from_ical(content if isinstance(content, bytes) else content.encode())


def only_event(calendar: Calendar):
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


@pytest.fixture
def world(home):
    """A Tijuana cohort in June 2030 with a session, two enrolled people, and some who are not."""
    cluster = ClusterFactory(time_zone="America/Tijuana")
    group = cohort(
        home=home,
        cluster=cluster,
        starts_on=date(2030, 6, 3),
        ends_on=date(2030, 6, 7),
        capacity=2,
        location="Sala 1, Parque Industrial",
    )
    spanish = enrolled(group, trainee(group, user=UserFactory(language="es")))
    english = enrolled(group, trainee(group, user=UserFactory(language="en")))
    waiting = enrolled(group)
    assert waiting.status == Enrollment.Status.WAITLISTED
    elsewhere = enrolled(cohort(home=home, cluster=cluster))
    session_ = session(group, on=date(2030, 6, 3), start=time(9), end=time(13), topic="SPC")
    return {
        "cohort": group,
        "session": session_,
        "spanish": spanish,
        "english": english,
        "waiting": waiting,
        "elsewhere": elsewhere,
    }


def move(world, capture, *, hours=1, **changes):
    one = world["session"]
    one.refresh_from_db()
    with capture(execute=True):
        return schedule.session_save(
            actor=None,
            cohort_id=world["cohort"].pk,
            session_id=one.pk,
            starts_at=one.starts_at + timedelta(hours=hours),
            ends_at=one.ends_at + timedelta(hours=hours),
            topic=one.topic,
            **changes,
        )


def test_a_moved_session_emails_each_enrolled_trainee_an_updated_invitation(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    moved = move(world, django_capture_on_commit_callbacks)
    recipients = sorted(m.to[0] for m in mailoutbox)
    expected = sorted([world["spanish"].trainee.user.email, world["english"].trainee.user.email])
    assert recipients == expected  # nobody waitlisted, nobody of another cohort
    by_person = {m.to[0]: m for m in mailoutbox}
    english = by_person[world["english"].trainee.user.email]
    spanish = by_person[world["spanish"].trainee.user.email]
    # The new time, on the cluster's clock, in each person's language.
    assert "Session moved" in english.subject
    assert "Monday, June 3, 2030, 10 a.m.–2 p.m." in english.body
    assert "America/Tijuana" in english.body
    assert "lunes" in spanish.body and "10:00–14:00" in spanish.body
    for message in (english, spanish):
        calendar = invitation(message)
        assert calendar["METHOD"] == "REQUEST"
        event = only_event(calendar)
        assert str(event["UID"]).startswith(f"session-{moved.uid}@")
        assert event["SEQUENCE"] == 1
        assert event.decoded("DTSTART") == moved.starts_at
        assert event.decoded("DTEND") == moved.ends_at
        assert event["STATUS"] == "CONFIRMED"
        assert "SPC" in str(event["SUMMARY"])
        assert str(event["LOCATION"]) == "Sala 1, Parque Industrial"
        assert message.to[0] in str(event["ATTENDEE"])
    moved.refresh_from_db()
    assert moved.notified_sequence == moved.sequence == 1


def test_a_cancelled_session_sends_a_cancel_with_the_same_uid_and_a_higher_sequence(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    moved = move(world, django_capture_on_commit_callbacks)
    first_uid = str(only_event(invitation(mailoutbox[0]))["UID"])
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        schedule.session_cancel(actor=None, session_id=moved.pk)
    assert len(mailoutbox) == 2
    for message in mailoutbox:
        assert "Session cancelled" in message.subject or "cancel" in message.subject.lower()
        calendar = invitation(message)
        assert calendar["METHOD"] == "CANCEL"
        event = only_event(calendar)
        assert str(event["UID"]) == first_uid
        assert event["SEQUENCE"] == 2
        assert event["STATUS"] == "CANCELLED"


def test_running_the_task_again_sends_nothing_more(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    moved = move(world, django_capture_on_commit_callbacks)
    assert len(mailoutbox) == 2
    with django_capture_on_commit_callbacks(execute=True):
        assert notify_task.delay(moved.pk).get() == 0
        assert notify_session_change(session_id=moved.pk) == 0
    assert len(mailoutbox) == 2


def test_an_unchanged_save_or_a_new_session_sends_nothing(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    move(world, django_capture_on_commit_callbacks, hours=0)
    with django_capture_on_commit_callbacks(execute=True):
        session(world["cohort"], on=date(2030, 6, 4))
    assert mailoutbox == []
    assert notify_session_change(session_id=world["session"].pk) == 0


def test_withdrawn_trainees_are_not_told(world, mailoutbox, django_capture_on_commit_callbacks):
    gone = world["english"]
    enrollment_withdraw(actor=gone.trainee.user, enrollment_id=gone.pk)
    # The seat went to the waiting list: that person is enrolled now and is told.
    world["waiting"].refresh_from_db()
    assert world["waiting"].status == Enrollment.Status.ENROLLED
    mailoutbox.clear()
    move(world, django_capture_on_commit_callbacks)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [world["spanish"].trainee.user.email, world["waiting"].trainee.user.email]
    )


def test_a_lost_notice_is_handed_over_once(world, mailoutbox, django_capture_on_commit_callbacks):
    one = world["session"]
    # The change committed but its task never reached a worker.
    Session.objects.filter(pk=one.pk).update(
        sequence=1, updated_at=timezone.now() - timedelta(minutes=30)
    )
    assert unsent_session_ids(older_than=timedelta(minutes=10)) == [one.pk]
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_session_notices.delay().get() == 1
    assert len(mailoutbox) == 2
    assert unsent_session_ids(older_than=timedelta(minutes=10)) == []
    with django_capture_on_commit_callbacks(execute=True):
        requeue_session_notices.delay()
    assert len(mailoutbox) == 2
