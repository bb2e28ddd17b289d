"""Enrolling, end to end in a real browser (issue 4).

(a) A trainee logs in from a course page, enrolls in a cohort, finds it on "My
    learning", withdraws, and sees it withdrawn.
(b) A one-seat cohort is full; a second trainee joins the waiting list (number 1);
    the first trainee withdraws, and the second finds herself enrolled, with an email
    about the seat queued for her.

The pages are the English ones (the browser asks for en-US): the course page is
translated, and every other URL comes from reverse() in English, never typed.
"""

import re
import time

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Page, expect

from core.models import OutgoingEmail
from tests.courses.factories import course_page, translate
from tests.training.factories import cohort as make_cohort
from tests.training.factories import enrolled, trainee
from training.models import Enrollment

pytestmark = [
    pytest.mark.browser,
    # serialized_rollback: a transactional test empties the database afterwards; this
    # restores the rows data migrations made (the home page, the default Site) first.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "Correct-Horse-9"  # UserFactory's password
TITLE_ES, TITLE_EN = "Análisis de datos para planta", "Data analytics for the plant"


def url_of(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def english_course(home):
    """A Spanish course page and its English translation (the one the browser opens)."""
    course = course_page(home, title=TITLE_ES)
    english = translate(course, title=TITLE_EN, slug="data-analytics-for-the-plant")
    english.refresh_from_db()  # its URL path changed with the slug when it was published
    assert english.url.endswith("/data-analytics-for-the-plant/"), english.url
    return course, english


def person(cohort, given: str, surname: str):
    profile = trainee(cohort, given_names=given, paternal_surname=surname)
    profile.user.language = "en"  # the emails she gets are in English
    profile.user.save(update_fields=["language"])
    return profile


def log_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}{url_of('account_login')}")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator("header.site-header").get_by_role("link", name="Log out")).to_be_visible()


def log_out(page: Page) -> None:
    page.locator("header.site-header").get_by_role("link", name="Log out").click()
    page.get_by_role("button", name="Sign Out").click()
    expect(page.locator("header.site-header").get_by_role("link", name="Log in")).to_be_visible()


def my_learning(page: Page):
    """Open "My learning" from the header; return its three sections."""
    page.locator("header.site-header").get_by_role("link", name="My learning").click()
    expect(page).to_have_url(re.compile(re.escape(url_of("my_learning")) + "$"))
    return (
        page.locator("section[aria-labelledby=current-title]"),
        page.locator("section[aria-labelledby=finished-title]"),
        page.locator("section[aria-labelledby=closed-title]"),
    )


def test_trainee_enrolls_from_the_course_page_and_withdraws(
    page: Page, live_server, home, screenshot
):
    base = live_server.url
    _course, english = english_course(home)
    cohort = make_cohort(english, capacity=12)
    ana = person(cohort, "Ana", "Ramírez")
    messages = page.locator(".messages")

    # 1. A visitor sees the cohort on the course page, and is asked to log in to enroll.
    page.goto(f"{base}{english.url}")
    section = page.locator("section.cohorts")
    expect(section.get_by_role("heading", name="Upcoming cohorts")).to_be_visible()
    expect(section.locator(".cohort")).to_have_count(1)
    expect(section.locator(".cohort__seats")).to_contain_text("12 seats left")
    screenshot("enroll-course-page-anonymous")
    section.get_by_role("link", name="Log in to enroll").click()

    # 2. Logging in comes back to the course page, which now offers "Enroll".
    page.get_by_label("Email").fill(ana.user.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{base}{english.url}")
    enroll = section.get_by_role("button", name=re.compile(r"^Enroll"))
    expect(enroll).to_be_visible()
    screenshot("enroll-course-page-logged-in")

    # 3. Enroll: "My learning" says so and lists the cohort under current and upcoming.
    enroll.click()
    expect(page).to_have_url(f"{base}{url_of('my_learning')}")
    expect(messages).to_contain_text(f"You are enrolled in {TITLE_EN}.")
    current = page.locator("section[aria-labelledby=current-title]")
    item = current.locator("li.enrollment", has_text=TITLE_EN)
    expect(item.locator(".badge")).to_have_text("Enrolled")
    expect(item).to_contain_text(cohort.cluster.name)
    screenshot("enroll-my-learning-enrolled")
    enrollment = Enrollment.objects.get(cohort=cohort, trainee=ana)
    assert enrollment.status == Enrollment.Status.ENROLLED
    cohort.refresh_from_db()
    assert cohort.enrolled_count == 1

    # The course page shows the seat taken and her status instead of the button.
    page.goto(f"{base}{english.url}")
    expect(section.locator(".cohort__seats")).to_contain_text("11 seats left")
    expect(section.locator(".cohort__status .badge")).to_have_text("Enrolled")
    expect(section.get_by_role("button", name=re.compile(r"^Enroll"))).to_have_count(0)

    # 4. Withdraw from "My learning": the cohort moves to "Withdrawn or not approved".
    current, _finished, closed = my_learning(page)
    current.get_by_role("button", name=re.compile(r"^Withdraw")).click()
    expect(page).to_have_url(f"{base}{url_of('my_learning')}")
    expect(messages).to_contain_text(f"You have withdrawn from {TITLE_EN}.")
    expect(current).to_contain_text("You are not signed up for any cohort.")
    withdrawn = closed.locator("li.enrollment", has_text=TITLE_EN)
    expect(withdrawn.locator(".badge")).to_have_text("Withdrawn")
    expect(withdrawn.get_by_role("button", name=re.compile(r"^Withdraw"))).to_have_count(0)
    screenshot("enroll-my-learning-withdrawn")
    enrollment.refresh_from_db()
    cohort.refresh_from_db()
    assert enrollment.status == Enrollment.Status.WITHDRAWN
    assert (cohort.enrolled_count, cohort.waitlist_count) == (0, 0)

    # The seat is free again on the course page, and she may enroll once more.
    page.goto(f"{base}{english.url}")
    expect(section.locator(".cohort__seats")).to_contain_text("12 seats left")
    expect(section.get_by_role("button", name=re.compile(r"^Enroll"))).to_be_visible()


def wait_for_email(to: str, subject: str, timeout: float = 5.0):
    """The message to `to` whose subject starts with `subject` (sent after commit)."""
    deadline = time.monotonic() + timeout
    while True:
        for message in mail.outbox:
            if to in message.to and message.subject.startswith(subject):
                return message
        if time.monotonic() > deadline:
            sent = [(m.to, m.subject) for m in mail.outbox]
            pytest.fail(f"no email “{subject}…” to {to}; outbox: {sent}")
        time.sleep(0.1)


def test_waiting_list_gets_the_seat_when_someone_withdraws(
    page: Page, live_server, home, screenshot
):
    base = live_server.url
    _course, english = english_course(home)
    cohort = make_cohort(english, capacity=1)
    first = person(cohort, "Beatriz", "Lozano")
    second = person(cohort, "Carmen", "Villarreal")
    enrolled(cohort, first)
    messages = page.locator(".messages")
    section = page.locator("section.cohorts")

    # 1. The second trainee finds the cohort full and joins the waiting list.
    log_in(page, base, second.user.email)
    page.goto(f"{base}{english.url}")
    expect(section.locator(".cohort__seats")).to_contain_text("Full: waiting list")
    screenshot("waitlist-course-page-full")
    section.get_by_role("button", name=re.compile(r"^Join the waiting list")).click()
    expect(page).to_have_url(f"{base}{url_of('my_learning')}")
    expect(messages).to_contain_text(
        f"The cohort is full: you are on the waiting list for {TITLE_EN}."
    )
    current = page.locator("section[aria-labelledby=current-title]")
    item = current.locator("li.enrollment", has_text=TITLE_EN)
    expect(item.locator(".badge")).to_have_text("On the waiting list")
    expect(item).to_contain_text("You are number 1 on the waiting list")
    screenshot("waitlist-my-learning-number-1")
    waiting = Enrollment.objects.get(cohort=cohort, trainee=second)
    assert waiting.status == Enrollment.Status.WAITLISTED

    # The course page says the same.
    page.goto(f"{base}{english.url}")
    expect(section.locator(".cohort__status")).to_contain_text("Number 1 on the list")
    log_out(page)

    # 2. The first trainee withdraws.
    log_in(page, base, first.user.email)
    current, _finished, closed = my_learning(page)
    expect(current.locator("li.enrollment .badge")).to_have_text("Enrolled")
    emails_before = OutgoingEmail.objects.filter(recipients__contains=second.user.email).count()
    current.get_by_role("button", name=re.compile(r"^Withdraw")).click()
    expect(messages).to_contain_text(f"You have withdrawn from {TITLE_EN}.")
    expect(closed.locator("li.enrollment .badge")).to_have_text("Withdrawn")
    screenshot("waitlist-first-trainee-withdrawn")
    log_out(page)

    # 3. The seat went to the waiting list: the second trainee is enrolled...
    waiting.refresh_from_db()
    cohort.refresh_from_db()
    assert waiting.status == Enrollment.Status.ENROLLED
    assert (cohort.enrolled_count, cohort.waitlist_count) == (1, 0)
    log_in(page, base, second.user.email)
    current, _finished, _closed = my_learning(page)
    item = current.locator("li.enrollment", has_text=TITLE_EN)
    expect(item.locator(".badge")).to_have_text("Enrolled")
    expect(item).not_to_contain_text("waiting list")
    screenshot("waitlist-second-trainee-enrolled")

    # ...and an email about the seat was queued for her, with the calendar invitation.
    message = wait_for_email(second.user.email, "A seat opened up")
    assert TITLE_EN in message.subject
    assert any(name == "invitation.ics" for name, *_ in message.attachments)
    queued = OutgoingEmail.objects.filter(recipients__contains=second.user.email)
    assert queued.count() > emails_before
    assert queued.filter(subject__startswith="A seat opened up").exists()
