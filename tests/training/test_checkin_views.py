"""Self check-in on the trainee's phone: scan, (log in,) confirm, and every refusal."""

import inspect
import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests.courses.factories import course_page, translate
from tests.training.factories import SessionFactory, cohort, enrolled, trainee
from training import checkin_views
from training.checkin import PROOF_KEY, checkin_token
from training.models import Attendance, AttendanceChange

pytestmark = pytest.mark.django_db
A = Attendance.Status


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def course(home):
    course = course_page(home, title="Control estadístico de procesos")
    translate(course, title="Statistical process control", slug="spc")
    return course


@pytest.fixture
def group(course):
    return cohort(course)  # check-in grace: 10 minutes (the default)


def running(group, *, started_minutes_ago=5, hours=2):
    start = timezone.now() - timedelta(minutes=started_minutes_ago)
    return SessionFactory(cohort=group, starts_at=start, ends_at=start + timedelta(hours=hours))


@pytest.fixture
def session(group):
    return running(group)


@pytest.fixture
def enrollment(group):
    return enrolled(group)


def scan(client, session_or_token, **kwargs):
    token = (
        session_or_token
        if isinstance(session_or_token, str)
        else checkin_token(session_or_token.pk, **kwargs)
    )
    return client.get(reverse("training_checkin", args=[token]))


def confirm(client, data=None):
    return client.post(reverse("training_checkin_confirm"), data or {})


def test_a_scan_then_confirm_checks_the_trainee_in_as_present(client, session, enrollment):
    client.force_login(enrollment.trainee.user)
    response = scan(client, session)
    assert response.status_code == 302
    assert response.url == reverse("training_checkin_confirm")
    page = client.get(response.url)
    assert "Statistical process control" in page.text
    local = timezone.localtime(session.starts_at, session.tzinfo)
    assert f"{local:%H:%M}" in page.text
    assert 'type="submit"' in page.text and "csrfmiddlewaretoken" in page.text
    done = confirm(client)
    assert done.status_code == 200
    assert "You are checked in: present." in done.text
    row = Attendance.objects.get(enrollment=enrollment, session=session)
    assert (row.status, row.method, row.recorded_by) == (A.PRESENT, "qr", enrollment.trainee.user)
    assert PROOF_KEY not in client.session  # the scan is used up


def test_after_the_grace_period_the_trainee_is_late(client, group, enrollment):
    session = running(group, started_minutes_ago=25)
    client.force_login(enrollment.trainee.user)
    scan(client, session)
    done = confirm(client)
    row = Attendance.objects.get(enrollment=enrollment, session=session)
    assert row.status == A.LATE
    now = timezone.localtime(timezone.now(), session.tzinfo)
    assert "You are checked in: late, at " in done.text
    assert f"{now:%H:%M}" in done.text or f"{now - timedelta(minutes=1):%H:%M}" in done.text


def test_anonymous_scanners_log_in_and_come_back_to_confirm(client, session, enrollment):
    response = scan(client, session)
    assert response.status_code == 302
    confirm_url = reverse("training_checkin_confirm")
    assert response.url.startswith(reverse("account_login"))
    assert response.url.endswith(f"?next={confirm_url}")
    client.force_login(enrollment.trainee.user)  # the scan survives logging in
    assert "Check in" in client.get(confirm_url).text
    assert "You are checked in: present." in confirm(client).text


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("expired", "This check-in code has expired."),
        ("forged", "This check-in code is not valid."),
        ("garbage", "This check-in code is not valid."),
    ],
)
def test_bad_codes_are_refused_and_change_nothing(client, session, enrollment, kind, message):
    client.force_login(enrollment.trainee.user)
    if kind == "expired":
        token = checkin_token(session.pk, at=time.time() - 120)
    elif kind == "forged":
        good = checkin_token(session.pk)
        sid, window, mac = good.split("-", 2)
        token = f"{int(sid) + 1}-{window}-{mac}"
    else:
        token = "not-a-code"
    response = scan(client, token)
    assert response.status_code == 400
    assert message in response.text
    assert PROOF_KEY not in client.session
    assert confirm(client).status_code == 400  # nothing remembered: "scan again"
    assert not Attendance.objects.exists()


def test_a_code_of_another_cohorts_session_is_refused(client, course, session, enrollment):
    other = running(cohort(course))
    client.force_login(enrollment.trainee.user)
    scan(client, other)
    page = client.get(reverse("training_checkin_confirm"))
    assert page.status_code == 400
    assert "You are not enrolled in the cohort of this session." in page.text
    refused = confirm(client)
    assert refused.status_code == 400
    assert "You are not enrolled in the cohort of this session." in refused.text
    assert not Attendance.objects.exists()


def test_checking_in_twice_changes_nothing(client, session, enrollment):
    client.force_login(enrollment.trainee.user)
    scan(client, session)
    confirm(client)
    row = Attendance.objects.get()
    changes = AttendanceChange.objects.count()
    scan(client, session)
    page = client.get(reverse("training_checkin_confirm"))
    at = timezone.localtime(row.recorded_at, session.tzinfo)
    assert f"You had already checked in at {at:%H:%M}." in page.text
    again = confirm(client)
    assert f"You had already checked in at {at:%H:%M}." in again.text
    assert Attendance.objects.get() == row and AttendanceChange.objects.count() == changes
    row.refresh_from_db()
    assert row.status == A.PRESENT


def test_nobody_checks_in_someone_else(client, group, session, enrollment):
    """The confirm view takes no person: only the signed-in one is ever checked in."""
    assert list(inspect.signature(checkin_views.checkin_confirm).parameters) == ["request"]
    friend = enrolled(group)
    client.force_login(enrollment.trainee.user)
    scan(client, session)
    confirm(
        client,
        {
            "enrollment": friend.pk,
            "enrollment_id": friend.pk,
            "user": friend.trainee.user.pk,
            "trainee": friend.trainee.pk,
        },
    )
    assert list(Attendance.objects.values_list("enrollment_id", flat=True)) == [enrollment.pk]
    # The friend's browser has no scan of its own: nothing to confirm.
    client.force_login(friend.trainee.user)
    assert confirm(client).status_code == 400
    assert not Attendance.objects.filter(enrollment=friend).exists()


def test_someone_not_enrolled_cannot_check_in(client, group, session):
    client.force_login(trainee(group).user)
    scan(client, session)
    assert confirm(client).status_code == 400
    assert not Attendance.objects.exists()


def test_confirming_without_a_scan_asks_to_scan_again(client, enrollment):
    client.force_login(enrollment.trainee.user)
    for response in (client.get(reverse("training_checkin_confirm")), confirm(client)):
        assert response.status_code == 400
        assert "Scan the code on the screen again." in response.text


def test_a_session_that_ended_is_closed(client, group, enrollment):
    over = running(group, started_minutes_ago=300, hours=2)
    client.force_login(enrollment.trainee.user)
    scan(client, over)
    refused = confirm(client)
    assert refused.status_code == 400 and "closed" in refused.text
    assert not Attendance.objects.exists()


def test_confirming_is_rate_limited(client, session, enrollment):
    client.force_login(enrollment.trainee.user)
    scan(client, session)
    for _ in range(checkin_views.CONFIRM_LIMIT):
        assert confirm(client).status_code in (200, 400)
    limited = confirm(client)
    assert limited.status_code == 429
    assert "Too many check-in attempts" in limited.text


def test_scanning_is_rate_limited(client, session, enrollment):
    client.force_login(enrollment.trainee.user)
    for _ in range(checkin_views.SCAN_LIMIT_USER):
        assert scan(client, session).status_code == 302
    assert scan(client, session).status_code == 429


def test_confirm_needs_a_login_and_a_post_for_checking_in(client, session, enrollment):
    response = confirm(client)
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))
    client.force_login(enrollment.trainee.user)
    scan(client, session)
    client.get(reverse("training_checkin_confirm"))
    assert not Attendance.objects.exists()  # looking at the page checks nobody in


def test_query_counts(client, session, enrollment, django_assert_max_num_queries):
    client.force_login(enrollment.trainee.user)
    with django_assert_max_num_queries(8):
        scan(client, session)
    with django_assert_max_num_queries(20):
        client.get(reverse("training_checkin_confirm"))
    with django_assert_max_num_queries(30):
        assert "present" in confirm(client).text
