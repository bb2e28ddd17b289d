"""The admin pages of a cohort's sessions: local times, forms, notices, and who reaches them."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from core.models import OutgoingEmail
from tests.clusters.factories import UserFactory
from tests.training.factories import session
from tests.training.test_admin import assert_refused, grant, login, make_world
from training.models import Cohort, Session

pytestmark = pytest.mark.django_db

TIJUANA = ZoneInfo("America/Tijuana")


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    """test_admin's two clusters, cluster A on Tijuana time, plus an admin of cluster B."""
    world = make_world(home, django_capture_on_commit_callbacks)
    world["a"].time_zone = "America/Tijuana"
    world["a"].save()
    for group in ("cohort_a", "cohort_a2"):
        world[group] = Cohort.objects.select_related("cluster").get(pk=world[group].pk)
    world["admin_b"] = grant(django_capture_on_commit_callbacks, UserFactory(), world["b"])
    world["session_a"] = session(world["cohort_a"], topic="Introducción")
    world["session_b"] = session(world["cohort_b"])
    return world


def url(name, group, one=None) -> str:
    kwargs = {"cohort_id": group.pk}
    if one is not None:
        kwargs["session_id"] = one.pk
    return reverse(name, kwargs=kwargs)


def local(value):
    return timezone.localtime(value, TIJUANA)


def form_data(day, start="09:00", end="13:00", **extra) -> dict:
    data = {
        "date": day.isoformat(),
        "start_time": start,
        "end_time": end,
        "topic": "",
        "location": "",
        "online_url": "",
    }
    data.update(extra)
    return data


def snapshot():
    return {
        "sessions": list(Session.objects.order_by("pk").values()),
        "emails": OutgoingEmail.objects.count(),
    }


# --- What admins and instructors see and do ----------------------------------------------


def test_sessions_are_listed_in_the_clusters_time_zone(client, world):
    group = world["cohort_a"]
    session(group, on=group.starts_on + timedelta(days=1), start=time(22), end=time(3))
    login(client, world["instructor_a"])
    response = client.get(url("training_sessions", group))
    assert response.status_code == 200
    page = response.content.decode()
    assert "America/Tijuana" in page
    assert "09:00–13:00" in page
    assert "22:00–03:00" in page
    assert [row.crosses_midnight for row in response.context["sessions"]] == [False, True]
    assert "Introducción" in page
    assert url("training_session_edit", group, world["session_a"]) in page
    assert url("training_session_cancel", group, world["session_a"]) in page
    # Reached from the roster.
    roster = client.get(reverse("training_roster", kwargs={"cohort_id": group.pk}))
    assert url("training_sessions", group) in roster.content.decode()


def test_adding_a_session_converts_local_times(client, world):
    group = world["cohort_a"]
    login(client, world["admin_a"])
    day = group.starts_on + timedelta(days=1)
    response = client.post(
        url("training_session_add", group),
        form_data(day, "18:00", "21:30", topic="Control estadístico", location="Sala 4"),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    assert response["Location"] == url("training_sessions", group)
    added = Session.objects.get(topic="Control estadístico")
    assert local(added.starts_at) == datetime.combine(day, time(18), tzinfo=TIJUANA)
    assert local(added.ends_at) == datetime.combine(day, time(21, 30), tzinfo=TIJUANA)
    assert added.starts_at.astimezone(UTC).date() == day + timedelta(days=1)  # 01:00 UTC
    assert (added.location, added.cluster_id) == ("Sala 4", group.cluster_id)


def test_adding_a_night_session_across_midnight(client, world):
    group = world["cohort_a"]
    login(client, world["instructor_a"])
    day = group.ends_on
    response = client.post(url("training_session_add", group), form_data(day, "22:00", "06:00"))
    assert response.status_code == 302
    night = Session.objects.get(cohort=group, starts_at__gt=world["session_a"].ends_at)
    assert local(night.ends_at) == datetime.combine(
        day + timedelta(days=1), time(6), tzinfo=TIJUANA
    )
    assert night.minutes == 480


def test_adding_a_weekly_pattern(client, world):
    group = world["cohort_a"]
    login(client, world["admin_a"])
    form = client.get(url("training_sessions_weekly", group)).context["form"]
    assert form.initial["first_date"] == group.starts_on
    response = client.post(
        url("training_sessions_weekly", group),
        {
            "first_date": (group.starts_on + timedelta(days=1)).isoformat(),
            "last_date": group.ends_on.isoformat(),
            "weekdays": [str(d) for d in range(7)],
            "start_time": "16:00",
            "end_time": "20:00",
            "topic": "Práctica",
        },
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    made = list(Session.objects.filter(cohort=group, topic="Práctica"))
    assert len(made) == (group.ends_on - group.starts_on).days
    assert {(local(s.starts_at).time(), local(s.ends_at).time()) for s in made} == {
        (time(16), time(20))
    }


def test_refused_input_shows_on_the_form_and_writes_nothing(client, world):
    group = world["cohort_a"]
    login(client, world["admin_a"])
    before = snapshot()
    outside = client.post(
        url("training_session_add", group), form_data(group.ends_on + timedelta(days=3))
    )
    assert outside.status_code == 200
    assert outside.context["form"].errors["date"]
    overlap = client.post(url("training_session_add", group), form_data(group.starts_on, "10:00"))
    assert overlap.context["form"].errors["date"]
    too_long = client.post(
        url("training_session_add", group), form_data(group.starts_on, "06:00", "21:00")
    )
    assert too_long.context["form"].errors["end_time"]
    no_days = client.post(
        url("training_sessions_weekly", group),
        {
            "first_date": group.starts_on.isoformat(),
            "last_date": group.ends_on.isoformat(),
            "start_time": "09:00",
            "end_time": "10:00",
        },
    )
    assert no_days.status_code == 200
    assert no_days.context["form"].errors["weekdays"]
    assert snapshot() == before


def test_moving_a_session_emails_the_enrolled_trainees(
    client, world, mailoutbox, django_capture_on_commit_callbacks
):
    group, one = world["cohort_a"], world["session_a"]
    login(client, world["instructor_a"])
    form = client.get(url("training_session_edit", group, one)).context["form"]
    assert (form.initial["start_time"], form.initial["end_time"]) == (time(9), time(13))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("training_session_edit", group, one),
            form_data(group.starts_on, "10:00", "14:00", topic="Introducción"),
        )
    assert response.status_code == 302, response.context and response.context["form"].errors
    one.refresh_from_db()
    assert local(one.starts_at).time() == time(10)
    assert one.sequence == one.notified_sequence == 1
    trainee_email = world["enrollment_a"].trainee.user.email
    assert [m.to for m in mailoutbox] == [[trainee_email]]
    # Saving it again unchanged sends nothing.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("training_session_edit", group, one),
            form_data(group.starts_on, "10:00", "14:00", topic="Introducción"),
        )
    assert len(mailoutbox) == 1
    one.refresh_from_db()
    assert one.sequence == 1


def test_cancelling_asks_first_then_sends_a_cancellation(
    client, world, mailoutbox, django_capture_on_commit_callbacks
):
    group, one = world["cohort_a"], world["session_a"]
    login(client, world["admin_a"])
    confirm = client.get(url("training_session_cancel", group, one))
    assert confirm.status_code == 200
    cancel_url = url("training_session_cancel", group, one)
    assert f'<form method="post" action="{cancel_url}">' in confirm.content.decode()
    assert confirm.context["enrolled_count"] == 1
    one.refresh_from_db()
    assert one.status == Session.Status.SCHEDULED  # a GET changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("training_session_cancel", group, one))
    assert response.status_code == 302
    one.refresh_from_db()
    assert (one.status, one.sequence) == (Session.Status.CANCELLED, 1)
    (message,) = mailoutbox
    ics = next(a for a in message.attachments if a[0] == "invitation.ics")[1]
    calendar = Calendar.from_ical(ics)
    assert calendar["METHOD"] == "CANCEL"
    # A second POST (double click) changes nothing; editing a cancelled session is refused.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("training_session_cancel", group, one))
        edit = client.post(
            url("training_session_edit", group, one), form_data(group.starts_on, "11:00")
        )
    assert len(mailoutbox) == 1
    assert edit.status_code == 200 and edit.context["form"].errors
    one.refresh_from_db()
    assert (one.status, one.sequence, local(one.starts_at).time()) == (
        Session.Status.CANCELLED,
        1,
        time(9),
    )


def test_the_list_costs_the_same_queries_for_few_or_many_sessions(client, world):
    group = world["cohort_a2"]
    login(client, world["admin_a"])

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url("training_sessions", group))
        assert response.status_code == 200
        return len(queries), len(response.context["sessions"])

    session(group, start=time(8), end=time(9))
    few = count()
    for hour in range(10, 20, 2):
        session(group, start=time(hour), end=time(hour + 1))
    many = count()
    assert (few[1], many[1]) == (1, 6)
    assert few[0] == many[0], (few, many)


# --- Who reaches these pages -------------------------------------------------------------

URLS = [
    ("get", "list"),
    ("get", "add"),
    ("post", "add"),
    ("get", "weekly"),
    ("post", "weekly"),
    ("get", "edit"),
    ("post", "edit"),
    ("get", "cancel"),
    ("post", "cancel"),
]


def request_for(client, world, method, name, group, one):
    urls = {
        "list": url("training_sessions", group),
        "add": url("training_session_add", group),
        "weekly": url("training_sessions_weekly", group),
        "edit": url("training_session_edit", group, one),
        "cancel": url("training_session_cancel", group, one),
    }
    day = group.starts_on
    data = {
        "add": form_data(day, "15:00", "16:00"),
        "weekly": {
            "first_date": day.isoformat(),
            "last_date": group.ends_on.isoformat(),
            "weekdays": [str(d) for d in range(7)],
            "start_time": "17:00",
            "end_time": "18:00",
        },
        "edit": form_data(day, "07:00", "08:00"),
    }
    if method == "get":
        return client.get(urls[name])
    return client.post(urls[name], data.get(name, {}))


def refused(response):
    """Refused: 403/404, Wagtail's bounce, or (no admin access at all) the login page."""
    if response.status_code == 302 and "/login/" in response["Location"]:
        return
    assert_refused(response)


@pytest.mark.parametrize("who", ["admin_b", "instructor_b", "other_instructor_a", "trainee"])
@pytest.mark.parametrize(("method", "name"), URLS)
def test_people_of_another_cohort_or_cluster_are_refused(client, world, who, method, name):
    """Cohort A's sessions: an admin and an instructor of cluster B, an instructor of another
    cohort of cluster A, and a trainee of cohort A reach none of the pages and change nothing."""
    user = world["enrollment_a"].trainee.user if who == "trainee" else world[who]
    login(client, user)
    before = snapshot()
    refused(request_for(client, world, method, name, world["cohort_a"], world["session_a"]))
    assert snapshot() == before


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", ["edit", "cancel"])
def test_a_session_of_another_cohort_is_not_found_through_ones_own(client, world, method, name):
    login(client, world["admin_a"])
    before = snapshot()
    response = request_for(client, world, method, name, world["cohort_a"], world["session_b"])
    refused(response)
    assert snapshot() == before
