"""Self check-in through the QR link, on a phone, end to end in a real browser (issue 5).

A trainee scans the code of a session in progress with her phone: the link asks
her to log in, brings her to the confirm page (course, session time in the
cluster's time zone, a big "Check in" button), and after one tap she is marked
present.

The pages are the English ones (the browser asks for en-US); every URL comes
from reverse() in English, never typed.
"""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import Page, expect

from tests.courses.factories import course_page, translate
from tests.training.factories import SessionFactory, cohort, enrolled, trainee
from training.checkin import checkin_token
from training.models import Attendance

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "Correct-Horse-9"  # UserFactory's password
PHONE = {"width": 390, "height": 844}
TITLE_ES, TITLE_EN = "Control estadístico de procesos", "Statistical process control"


def url_of(name: str, *args) -> str:
    with translation.override("en"):
        return reverse(name, args=args or None)


def test_trainee_checks_in_with_the_qr_link_on_her_phone(page: Page, live_server, home, screenshot):
    page.set_viewport_size(PHONE)
    base = live_server.url
    course = course_page(home, title=TITLE_ES)
    translate(course, title=TITLE_EN, slug="statistical-process-control")
    group = cohort(course)
    start = timezone.now() - timedelta(minutes=3)
    session = SessionFactory(
        cohort=group, starts_at=start, ends_at=start + timedelta(hours=3), topic="Cartas X-R"
    )
    profile = trainee(group, given_names="Lucía", paternal_surname="Herrera")
    profile.user.language = "en"
    profile.user.save(update_fields=["language"])
    enrollment = enrolled(group, profile)

    # 1. The code on the room's screen is a link; her phone opens it and she is asked to log in.
    page.goto(f"{base}{url_of('training_checkin', checkin_token(session.pk))}")
    expect(page).to_have_url(re.compile(re.escape(url_of("account_login")) + r"\?next="))
    screenshot("checkin-phone-log-in")
    page.get_by_label("Email").fill(profile.user.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()

    # 2. Back on the confirm page: the course, the session's time in the cluster's zone.
    expect(page).to_have_url(f"{base}{url_of('training_checkin_confirm')}")
    main = page.locator("main")
    expect(main.get_by_role("heading", name="Check in")).to_be_visible()
    expect(main).to_contain_text(TITLE_EN)
    local = timezone.localtime(session.starts_at, group.cluster.tzinfo)
    expect(main.locator(".checkin__time")).to_contain_text(f"{local:%H:%M}")
    expect(main.locator(".checkin__time")).to_contain_text("Cartas X-R")
    button = main.get_by_role("button", name="Check in")
    expect(button).to_be_visible()
    box = button.bounding_box()
    assert box["width"] > PHONE["width"] * 0.6 and box["height"] >= 44  # a thumb-sized target
    screenshot("checkin-phone-confirm")
    assert not Attendance.objects.exists()

    # 3. One tap: she is present.
    button.click()
    expect(main.locator(".checkin__result")).to_have_text("You are checked in: present.")
    screenshot("checkin-phone-present")
    row = Attendance.objects.get(session=session, enrollment=enrollment)
    assert (row.status, row.method) == (Attendance.Status.PRESENT, Attendance.Method.QR)

    # 4. Scanning again later changes nothing, and says so.
    page.goto(f"{base}{url_of('training_checkin', checkin_token(session.pk))}")
    expect(main).to_contain_text("You had already checked in at")
    expect(main.get_by_role("button", name="Check in")).to_have_count(0)
    assert Attendance.objects.count() == 1
