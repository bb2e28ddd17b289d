"""Taking attendance in the admin, and the room's check-in screen (issue 5).

An instructor on a phone taps a mark per person; each tap is saved (JSON for the
page's script, a redirect without it), leaves one audit row when something
changed and none when it did not; refusals change nothing. Every URL of these
pages is refused to people outside the cohort.
"""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from clusters.models import ClusterRole
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.courses.factories import course_page
from tests.training.factories import SessionFactory, cohort, enrolled
from tests.training.test_admin import grant, messages_of
from tests.training.test_admin import login as login_as
from training import checkin, services
from training.models import Attendance, AttendanceChange, Cohort, Enrollment, Session

pytestmark = pytest.mark.django_db

Role = ClusterRole.Role
Mark = Attendance.Status
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def login(client, user, language="en"):
    """Log in with the admin in `language` (the admin's default is Spanish)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return login_as(client, user)


# --- A cohort running today -------------------------------------------------------------


def make_class(home, capture, *, people=3) -> dict:
    """Cluster A's cohort running today with its instructor and a session now; cluster B's admin."""
    a, b = ClusterFactory(short_name="ALFA"), ClusterFactory(short_name="BRAVO")
    # Four hours to complete: one session of two never completes anyone here.
    course = course_page(home, title="Metrología dimensional", min_hours=Decimal("4"))
    admin_a = grant(capture, UserFactory(), a)
    admin_b = grant(capture, UserFactory(), b)
    teacher = grant(capture, UserFactory(), a, Role.INSTRUCTOR)
    other_teacher = grant(capture, UserFactory(), a, Role.INSTRUCTOR)
    today = timezone.localdate()
    group = cohort(
        course,
        cluster=a,
        starts_on=today - timedelta(days=1),
        ends_on=today + timedelta(days=1),
        capacity=40,
        instructors=[teacher],
    )
    other_group = cohort(course, cluster=a, instructors=[other_teacher])
    now = timezone.now().replace(second=0, microsecond=0)
    session = SessionFactory(
        cohort=group,
        starts_at=now - timedelta(minutes=30),
        ends_at=now + timedelta(minutes=90),
        topic="Calibradores y micrómetros",
    )
    enrollments = [enrolled(group) for _ in range(people)]
    return {
        "a": a,
        "b": b,
        "course": course,
        "admin_a": admin_a,
        "admin_b": admin_b,
        "teacher": teacher,
        "other_teacher": other_teacher,
        "cohort": group,
        "other_cohort": other_group,
        "session": session,
        "enrollments": enrollments,
        "outsider": enrolled(other_group),
    }


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    return make_class(home, django_capture_on_commit_callbacks)


def page_url(session) -> str:
    return reverse("training_session_attendance", kwargs={"session_id": session.pk})


def mark_url(session) -> str:
    return reverse("training_session_attendance_mark", kwargs={"session_id": session.pk})


def all_present_url(session) -> str:
    return reverse("training_session_attendance_all_present", kwargs={"session_id": session.pk})


def screen_url(session) -> str:
    return reverse("training_session_checkin_screen", kwargs={"session_id": session.pk})


def code_url(session) -> str:
    return reverse("training_session_checkin_code", kwargs={"session_id": session.pk})


def tap(client, session, enrollment, status, minutes="", **extra):
    data = {"enrollment": enrollment.pk, "status": status, "minutes": minutes}
    return client.post(mark_url(session), data, **extra)


def marks() -> dict:
    """Everything attendance-related in the database, to show nothing changed."""
    return {
        "attendance": list(Attendance.objects.order_by("pk").values()),
        "changes": list(AttendanceChange.objects.order_by("pk").values()),
        "enrollments": list(Enrollment.objects.order_by("pk").values("pk", "status")),
        "cohorts": list(Cohort.objects.order_by("pk").values("pk", "status")),
    }


# --- The page -------------------------------------------------------------------------------


def test_page_shows_the_session_in_the_cluster_time_and_the_people_taking_part(client, world):
    session, group = world["session"], world["cohort"]
    world["a"].time_zone = "America/Tijuana"
    world["a"].save()
    session = Session.objects.select_related("cohort__cluster").get(pk=session.pk)
    gone = world["enrollments"][2]
    services.enrollment_set_status(
        actor=world["admin_a"], enrollment_id=gone.pk, status=Enrollment.Status.WITHDRAWN
    )
    login(client, world["teacher"])
    response = client.get(page_url(session))
    assert response.status_code == 200
    content = response.content.decode()
    local = timezone.localtime(session.starts_at, session.tzinfo)
    assert f"{local:%H:%M}–" in content
    assert "Metrología dimensional" in content
    assert "Calibradores y micrómetros" in content
    for enrollment in world["enrollments"][:2]:
        name = enrollment.trainee.full_name
        assert f'<legend class="attendance-row__name">{name}</legend>' in content
        for mark in Mark.values:
            assert f'for="mark-{enrollment.pk}-{mark}"' in content
            assert f'id="mark-{enrollment.pk}-{mark}"' in content
        assert f'id="minutes-{enrollment.pk}"' in content
    assert gone.trainee.full_name not in content
    assert f'max="{session.minutes}"' in content
    assert 'role="status"' in content
    assert reverse("training_cohort_progress", kwargs={"cohort_id": group.pk}) in content
    assert screen_url(session) in content
    assert response.context["counts"]["unmarked"] == 2


def test_taps_are_saved_with_one_audit_row_per_real_change(client, world):
    session, (ana, *_rest) = world["session"], world["enrollments"]
    login(client, world["teacher"])

    response = tap(client, session, ana, Mark.PRESENT, **JSON)
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True
    assert (body["status"], body["minutes"]) == (Mark.PRESENT, None)
    assert body["recorded_by"] == world["teacher"].get_full_name()
    assert body["recorded_at"]
    assert ana.trainee.full_name in body["message"]
    assert body["counts"]["present"] == 1
    assert body["counts"]["unmarked"] == 2
    row = Attendance.objects.get(session=session, enrollment=ana)
    assert (row.status, row.method, row.recorded_by) == (
        Mark.PRESENT,
        Attendance.Method.INSTRUCTOR,
        world["teacher"],
    )
    assert row.changes.count() == 1

    # The same tap again (a double tap): nothing new.
    before = marks()
    assert tap(client, session, ana, Mark.PRESENT, **JSON).json()["ok"] is True
    assert marks() == before

    # A correction: late, 45 minutes.
    body = tap(client, session, ana, Mark.LATE, "45", **JSON).json()
    assert (body["status"], body["minutes"]) == (Mark.LATE, 45)
    row.refresh_from_db()
    assert (row.status, row.minutes) == (Mark.LATE, 45)
    change = row.changes.last()
    assert (change.from_status, change.to_status, change.to_minutes, change.actor) == (
        Mark.PRESENT,
        Mark.LATE,
        45,
        world["teacher"],
    )
    assert row.changes.count() == 2

    # The history is on the page.
    content = client.get(page_url(session)).content.decode()
    assert "History (2 changes)" in content
    assert "Present → Late, 45 min" in content


def test_without_javascript_each_row_is_a_form_that_saves_and_comes_back(client, world):
    session, ana = world["session"], world["enrollments"][0]
    login(client, world["admin_a"])
    response = tap(client, session, ana, Mark.ABSENT, "30")
    assert response.status_code == 302
    assert response["Location"] == f"{page_url(session)}#person-{ana.pk}"
    row = Attendance.objects.get(session=session, enrollment=ana)
    assert (row.status, row.minutes, row.recorded_by) == (Mark.ABSENT, None, world["admin_a"])
    page = client.get(response["Location"])
    assert any(ana.trainee.full_name in m and "Absent" in m for m in messages_of(page))
    # The saved mark is checked when the page comes back.
    assert re.search(rf'value="absent"\s+id="mark-{ana.pk}-absent" checked', page.content.decode())


def test_minutes_longer_than_the_session_are_refused(client, world):
    session, ana = world["session"], world["enrollments"][0]
    login(client, world["teacher"])
    tap(client, session, ana, Mark.PRESENT, **JSON)
    before = marks()
    for minutes in (str(session.minutes + 1), "-5", "mucho"):
        response = tap(client, session, ana, Mark.LATE, minutes, **JSON)
        assert response.status_code == 400
        assert "Minutes attended" in response.json()["error"]
    response = tap(client, session, ana, Mark.LATE, str(session.minutes + 1), follow=True)
    assert any(str(session.minutes) in m for m in messages_of(response))
    assert marks() == before


def test_an_enrollment_of_another_cohort_is_refused(client, world):
    session, outsider = world["session"], world["outsider"]
    login(client, world["admin_a"])  # manages both cohorts of cluster A
    before = marks()
    response = tap(client, session, outsider, Mark.PRESENT, **JSON)
    assert response.status_code == 400
    assert response.json()["error"] == "This person is not on this session's roster."
    for junk in ("", "abc", "999999"):
        response = client.post(mark_url(session), {"enrollment": junk, "status": "present"}, **JSON)
        assert response.status_code == 400
    response = tap(client, session, world["enrollments"][0], "asleep", **JSON)
    assert response.status_code == 400
    assert marks() == before


def test_a_withdrawn_person_leaves_the_list_but_keeps_their_marks(client, world):
    session, (ana, bruno, _carla) = world["session"], world["enrollments"]
    login(client, world["teacher"])
    tap(client, session, ana, Mark.PRESENT, **JSON)
    services.enrollment_set_status(
        actor=world["admin_a"], enrollment_id=ana.pk, status=Enrollment.Status.WITHDRAWN
    )
    response = client.get(page_url(session))
    names = [row.name for row in response.context["rows"]]
    assert ana.trainee.full_name not in names
    assert bruno.trainee.full_name in names
    assert Attendance.objects.filter(session=session, enrollment=ana).exists()
    # Nor can they be marked any more.
    before = marks()
    assert tap(client, session, ana, Mark.ABSENT, **JSON).status_code == 400
    assert marks() == before


def test_mark_all_present_marks_only_people_not_yet_marked(client, world):
    session, (ana, bruno, carla) = world["session"], world["enrollments"]
    login(client, world["teacher"])
    tap(client, session, ana, Mark.ABSENT, **JSON)
    response = client.post(all_present_url(session), follow=True)
    assert response.status_code == 200
    assert any("2 people marked present" in m for m in messages_of(response))
    statuses = dict(
        Attendance.objects.filter(session=session).values_list("enrollment_id", "status")
    )
    assert statuses == {ana.pk: Mark.ABSENT, bruno.pk: Mark.PRESENT, carla.pk: Mark.PRESENT}
    assert response.context["counts"] == {
        "present": 2,
        "late": 0,
        "absent": 1,
        "excused": 0,
        "unmarked": 0,
        "total": 3,
    }
    # Nobody left: the button is gone, and posting again changes nothing.
    assert "Mark all present" not in response.content.decode()
    before = marks()
    response = client.post(all_present_url(session), follow=True)
    assert any("Everyone was already marked" in m for m in messages_of(response))
    assert marks() == before


def test_a_cancelled_session_takes_no_attendance(client, world):
    session, ana = world["session"], world["enrollments"][0]
    Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)
    login(client, world["teacher"])
    response = client.get(page_url(session))
    assert response.status_code == 200
    content = response.content.decode()
    assert "This session was cancelled" in content
    assert "<fieldset disabled>" in content
    assert "Mark all present" not in content
    before = marks()
    response = tap(client, session, ana, Mark.PRESENT, **JSON)
    assert response.status_code == 400
    assert "cancelled" in response.json()["error"]
    response = client.post(all_present_url(session), follow=True)
    assert any("cancelled" in m for m in messages_of(response))
    response = client.get(screen_url(session), follow=True)
    assert any("no check-in" in m for m in messages_of(response))
    assert client.get(code_url(session)).status_code == 410
    assert marks() == before


def test_present_is_refused_long_before_the_session_starts(client, world):
    later = SessionFactory(
        cohort=world["cohort"],
        starts_at=timezone.now() + timedelta(hours=5),
        ends_at=timezone.now() + timedelta(hours=7),
    )
    ana = world["enrollments"][0]
    login(client, world["teacher"])
    assert "has not started yet" in client.get(page_url(later)).content.decode()
    before = marks()
    response = tap(client, later, ana, Mark.PRESENT, **JSON)
    assert response.status_code == 400
    assert marks() == before
    # Excusing someone ahead of time is fine.
    assert tap(client, later, ana, Mark.EXCUSED, **JSON).json()["status"] == Mark.EXCUSED


# --- The check-in screen ------------------------------------------------------------------------


def test_checkin_screen_shows_a_valid_rotating_code_and_the_count(client, world):
    session, (ana, bruno, _carla) = world["session"], world["enrollments"]
    login(client, world["teacher"])
    tap(client, session, ana, Mark.PRESENT, **JSON)
    tap(client, session, bruno, Mark.ABSENT, **JSON)
    response = client.get(screen_url(session))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<svg viewBox="0 0' in content
    assert 'class="checkin-qr"' in content
    assert code_url(session) in content
    state = response.context["state"]
    assert (state["checked_in"], state["total"]) == (1, 3)
    assert state["url"].startswith("http://testserver/")
    token = state["url"].rstrip("/").rsplit("/", 1)[-1]
    assert checkin.read_checkin_token(token) == session.pk
    # The trainees' link is in the site's language (Spanish), not the instructor's admin one.
    with translation.override("es"):
        spanish = checkin.checkin_path(session.pk).rsplit("/", 2)[0]
    assert state["url"].startswith(f"http://testserver{spanish}/")
    assert state["url"] in content

    data = client.get(code_url(session)).json()
    assert data["open"] is True
    assert data["svg"].startswith("<svg")
    assert 1 <= data["seconds_left"] <= checkin.WINDOW
    assert (data["checked_in"], data["total"]) == (1, 3)
    assert checkin.read_checkin_token(data["url"].rstrip("/").rsplit("/", 1)[-1]) == session.pk


def test_checkin_screen_shows_no_code_outside_the_session(client, world):
    later = SessionFactory(
        cohort=world["cohort"],
        starts_at=timezone.now() + timedelta(hours=5),
        ends_at=timezone.now() + timedelta(hours=7),
    )
    earlier = SessionFactory(
        cohort=world["cohort"],
        starts_at=timezone.now() - timedelta(hours=7),
        ends_at=timezone.now() - timedelta(hours=5),
    )
    login(client, world["teacher"])
    for session, text in ((later, "Check-in opens at"), (earlier, "check-in is closed")):
        data = client.get(code_url(session)).json()
        assert (data["open"], data["svg"], data["url"]) == (False, "", "")
        assert text in data["message"]
        assert "<svg" not in client.get(screen_url(session)).content.decode()


# --- Queries -------------------------------------------------------------------------------------


def test_attendance_page_queries_do_not_grow_with_the_roster(
    client, world, django_assert_num_queries
):
    login(client, world["teacher"])

    def build(size):
        group = cohort(
            world["course"],
            cluster=world["a"],
            starts_on=world["cohort"].starts_on,
            ends_on=world["cohort"].ends_on,
            capacity=40,
            instructors=[world["teacher"]],
        )
        session = SessionFactory(
            cohort=group,
            starts_at=world["session"].starts_at,
            ends_at=world["session"].ends_at,
        )
        for i, enrollment in enumerate(enrolled(group) for _ in range(size)):
            if i % 2 == 0:  # some marked, some corrected, some not marked at all
                tap(client, session, enrollment, Mark.PRESENT, **JSON)
            if i % 4 == 0:
                tap(client, session, enrollment, Mark.LATE, "20", **JSON)
        return session

    def count(session):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page_url(session))
        assert response.status_code == 200
        return len(queries), len(response.context["rows"])

    small, large = build(3), build(12)
    count(small)  # warm the caches of the admin's menus
    (few, rows_few), (many, rows_many) = count(small), count(large)
    assert (rows_few, rows_many) == (3, 12)
    assert few == many, (few, many)
    with django_assert_num_queries(few):
        client.get(page_url(large))


# --- Who may ---------------------------------------------------------------------------------------

URLS = [
    ("get", "attendance"),
    ("post", "mark"),
    ("post", "mark_json"),
    ("post", "all_present"),
    ("get", "checkin_screen"),
    ("get", "checkin_code"),
    ("get", "progress"),
    ("get", "export_csv"),
    ("get", "export_xlsx"),
    ("get", "finish"),
    ("post", "finish"),
]


def request_as(client, world, method, name):
    session, group = world["session"], world["cohort"]
    ana = world["enrollments"][0]
    urls = {
        "attendance": page_url(session),
        "mark": mark_url(session),
        "mark_json": mark_url(session),
        "all_present": all_present_url(session),
        "checkin_screen": screen_url(session),
        "checkin_code": code_url(session),
        "progress": reverse("training_cohort_progress", kwargs={"cohort_id": group.pk}),
        "export_csv": reverse(
            "training_cohort_progress_export", kwargs={"cohort_id": group.pk, "fmt": "csv"}
        ),
        "export_xlsx": reverse(
            "training_cohort_progress_export", kwargs={"cohort_id": group.pk, "fmt": "xlsx"}
        ),
        "finish": reverse(
            "training_cohort_status", kwargs={"cohort_id": group.pk, "status": "finished"}
        ),
    }
    extra = JSON if name == "mark_json" else {}
    if method == "get":
        return client.get(urls[name], **extra)
    return client.post(urls[name], {"enrollment": ana.pk, "status": "present"}, **extra)


def assert_refused(response):
    """Not found, forbidden, or sent to a login / the dashboard: never the page itself."""
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/es/"):  # LocaleMiddleware's retry of a 404 under /es/
            assert response.client.get(location).status_code == 404
        else:
            assert "login" in location or location == "/admin/", location
    else:
        assert response.status_code in (403, 404), response.status_code


@pytest.mark.parametrize("who", ["admin_b", "other_teacher", "trainee", "anonymous"])
@pytest.mark.parametrize(("method", "name"), URLS)
def test_people_outside_the_cohort_reach_none_of_these_urls(client, world, who, method, name):
    if who == "trainee":
        login(client, world["enrollments"][0].trainee.user)
    elif who != "anonymous":
        login(client, world[who])
    before = marks()
    assert_refused(request_as(client, world, method, name))
    assert marks() == before


@pytest.mark.parametrize("who", ["teacher", "admin_a"])
@pytest.mark.parametrize(("method", "name"), [u for u in URLS if u[0] == "get"])
def test_the_cohort_instructor_and_cluster_admin_reach_every_page(client, world, who, method, name):
    login(client, world[who])
    assert request_as(client, world, method, name).status_code == 200


@pytest.mark.parametrize("who", ["teacher", "admin_a"])
def test_the_cohort_instructor_and_cluster_admin_take_attendance(client, world, who):
    login(client, world[who])
    assert request_as(client, world, "post", "mark_json").json()["ok"] is True
    assert request_as(client, world, "post", "all_present").status_code == 302
    assert Attendance.objects.filter(session=world["session"]).count() == 3
