"""Private calendar feeds: the right sessions, a secret that can be revoked, constant queries."""

from datetime import time, timedelta

import pytest
from django.urls import reverse
from icalendar import Calendar

from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.clusters.factories import UserFactory
from tests.training.factories import cohort, enrolled, session, trainee
from training import feeds, schedule
from training.models import CalendarFeedToken, Cohort, Enrollment
from training.services import cohort_set_status, enrollment_withdraw

pytestmark = pytest.mark.django_db


def feed_url(token) -> str:
    return reverse("calendar_feed", kwargs={"token": getattr(token, "token", token)})


def fetch(client, token) -> Calendar:
    response = client.get(feed_url(token))
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("text/calendar")
    assert "private" in response["Cache-Control"]
    assert not response.cookies  # calendar apps keep no session
    return Calendar.from_ical(response.content)


def uids(calendar: Calendar) -> set[str]:
    return {str(event["UID"]) for event in calendar.walk("VEVENT")}


def uid(one) -> str:
    from training.ics import session_uid

    return session_uid(one)


@pytest.fixture
def world(home):
    """A person who takes part in one cohort, waits for another, teaches a third."""
    person = trainee()
    user = person.user
    taking = cohort(home=home)
    mine = enrolled(taking, person)
    full = cohort(home=home, capacity=1)
    enrolled(full)
    waiting = enrolled(full, person)
    assert waiting.status == Enrollment.Status.WAITLISTED
    teaching = cohort(home=home)
    role_grant(actor=None, user=user, cluster=teaching.cluster, role=ClusterRole.Role.INSTRUCTOR)
    teaching.instructors.add(user)
    strangers = cohort(home=home)
    enrolled(strangers)
    sessions = {
        "taking": session(taking, topic="Uno"),
        "taking_night": session(
            taking, on=taking.starts_on + timedelta(days=1), start=time(22), end=time(2)
        ),
        "taking_cancelled": session(taking, on=taking.ends_on),
        "waiting": session(full),
        "teaching": session(teaching),
        "strangers": session(strangers),
    }
    schedule.session_cancel(actor=None, session_id=sessions["taking_cancelled"].pk)
    return {
        "user": user,
        "enrollment": mine,
        "taking": taking,
        "teaching": teaching,
        "sessions": sessions,
    }


def test_the_feed_lists_only_the_persons_sessions(client, world):
    token = feeds.feed_token_for(world["user"])
    calendar = fetch(client, token)
    assert "METHOD" not in calendar
    assert str(calendar["X-WR-CALNAME"])
    s = world["sessions"]
    wanted = ("taking", "taking_night", "taking_cancelled", "teaching")
    assert uids(calendar) == {uid(s[name]) for name in wanted}
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert events[uid(s["taking_cancelled"])]["STATUS"] == "CANCELLED"
    assert events[uid(s["taking"])]["STATUS"] == "CONFIRMED"
    assert "Uno" in str(events[uid(s["taking"])]["SUMMARY"])
    night = events[uid(s["taking_night"])]
    assert night.decoded("DTSTART") == s["taking_night"].starts_at
    assert night.decoded("DTEND") - night.decoded("DTSTART") == timedelta(hours=4)
    # Once withdrawn, the cohort's sessions leave the feed.
    enrollment_withdraw(actor=world["user"], enrollment_id=world["enrollment"].pk)
    assert uids(fetch(client, token)) == {uid(s["teaching"])}


def test_sessions_of_a_cancelled_cohort_show_as_cancelled(client, world):
    cohort_set_status(actor=None, cohort_id=world["teaching"].pk, status=Cohort.Status.CANCELLED)
    calendar = fetch(client, feeds.feed_token_for(world["user"]))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert events[uid(world["sessions"]["teaching"])]["STATUS"] == "CANCELLED"


def test_one_live_token_per_person_and_a_new_one_revokes_the_old(client, world):
    user = world["user"]
    first = feeds.feed_token_for(user)
    assert feeds.feed_token_for(user) == first
    assert len(first.token) >= 40
    renewed = feeds.feed_token_renew(user)
    assert renewed.token != first.token
    first.refresh_from_db()
    assert first.revoked_at is not None
    assert client.get(feed_url(first)).status_code == 404
    assert fetch(client, renewed)
    assert CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True).count() == 1
    assert feeds.feed_token_for(user) == renewed


def test_two_first_visits_at_once_share_one_token(world, monkeypatch):
    """The loser of the race hits the UNIQUE constraint and reads the winner's token."""
    user = world["user"]
    winner = CalendarFeedToken.objects.create(user=user)
    real = feeds._live
    calls = []

    def stale(person):
        calls.append(person)
        return CalendarFeedToken.objects.none() if len(calls) == 1 else real(person)

    monkeypatch.setattr(feeds, "_live", stale)
    assert feeds.feed_token_for(user) == winner
    assert CalendarFeedToken.objects.filter(user=user).count() == 1


@pytest.mark.parametrize("case", ["unknown", "revoked", "inactive", "malformed"])
def test_a_bad_token_is_not_found(client, world, case):
    token = feeds.feed_token_for(world["user"])
    if case == "revoked":
        feeds.feed_token_renew(world["user"])
        url = feed_url(token)
    elif case == "inactive":
        type(world["user"]).objects.filter(pk=world["user"].pk).update(is_active=False)
        url = feed_url(token)
    elif case == "unknown":
        url = feed_url("x" * 43)
    else:
        url = f"/calendar/{token.token}%27.ics"
    response = client.get(url)
    assert response.status_code == 404
    assert b"BEGIN:VCALENDAR" not in response.content


def test_the_feed_costs_the_same_queries_for_few_or_many_sessions(
    client, home, django_assert_num_queries
):
    def person_with(cohorts: int, per_cohort: int):
        profile = trainee()
        for _n in range(cohorts):
            group = cohort(home=home)
            enrolled(group, profile)
            for day in range(per_cohort):
                session(group, on=group.starts_on, start=time(8 + 2 * day), end=time(9 + 2 * day))
        return feeds.feed_token_for(profile.user)

    small, large = person_with(1, 1), person_with(4, 3)
    # The token and its person, their roles (cohorts they teach), the sessions.
    with django_assert_num_queries(3):
        assert len(uids(fetch(client, small))) == 1
    with django_assert_num_queries(3):
        assert len(uids(fetch(client, large))) == 12


# --- The "My calendar" page -------------------------------------------------------------


def test_my_calendar_shows_the_link_and_how_to_subscribe(client, world):
    user = world["user"]
    client.force_login(user)
    response = client.get(reverse("my_calendar"))
    assert response.status_code == 200
    token = CalendarFeedToken.objects.get(user=user, revoked_at__isnull=True)
    page = response.content.decode()
    assert f"http://testserver/calendar/{token.token}.ics" in page
    assert f"webcal://testserver/calendar/{token.token}.ics" in page
    assert "Google" in page and "Outlook" in page
    # The page lists no one else's link.
    other = feeds.feed_token_for(UserFactory())
    assert other.token not in page
    # It is linked from My learning.
    assert reverse("my_calendar") in client.get(reverse("my_learning")).content.decode()


def test_getting_a_new_link_needs_confirmation_and_kills_the_old_one(client, world):
    user = world["user"]
    client.force_login(user)
    old = feeds.feed_token_for(user)
    response = client.post(reverse("my_calendar"), follow=True)
    assert response.status_code == 200
    assert feeds.feed_token_for(user) == old  # not confirmed: nothing changed
    response = client.post(reverse("my_calendar"), {"confirm": "yes"}, follow=True)
    new = feeds.feed_token_for(user)
    assert new != old
    assert new.token in response.content.decode()
    assert client.get(feed_url(old)).status_code == 404
    assert client.get(feed_url(new)).status_code == 200


def test_my_calendar_needs_a_login(client):
    response = client.get(reverse("my_calendar"))
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert client.post(reverse("my_calendar"), {"confirm": "yes"}).status_code == 302
    assert not CalendarFeedToken.objects.exists()
