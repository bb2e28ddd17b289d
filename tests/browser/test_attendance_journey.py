"""An instructor takes attendance on a phone, end to end in a real browser (issue 5).

On a 390 x 844 screen the instructor logs in to the admin, opens the cohort's
sessions and today's session's attendance page, taps Present, Late and Absent
for three people and types the minutes the late one attended; each tap says
"saved" without leaving the page. After a reload the marks are still there, and
the database holds them with one audit row per change.

The admin is in English (the browser asks for en-US); every URL comes from
reverse(), never typed.
"""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Page, expect

from clusters.models import ClusterRole
from clusters.services import role_grant
from cms.roles import user_groups_sync
from tests.clusters.factories import ClusterFactory, TraineeProfileFactory, UserFactory
from tests.cms.factories import cluster_page
from tests.courses.factories import course_page
from tests.training.factories import SessionFactory, enrolled
from tests.training.factories import cohort as make_cohort
from training.models import Attendance, AttendanceChange

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "Correct-Horse-9"  # UserFactory's password
PHONE = {"width": 390, "height": 844}


def test_instructor_takes_attendance_on_a_phone(page: Page, live_server, home, screenshot):
    base = live_server.url
    page.set_viewport_size(PHONE)
    cluster = ClusterFactory(slug="bajio", name="Clúster Automotriz del Bajío", short_name="CAB")
    course = course_page(
        cluster_page(home, cluster=cluster), title="Metrología dimensional", min_hours=Decimal("8")
    )
    teacher = UserFactory(email="instructora.bajio@example.com")
    role_grant(actor=None, user=teacher, cluster=cluster, role=ClusterRole.Role.INSTRUCTOR)
    user_groups_sync(teacher, cluster)  # the on-commit signal does it too; make sure
    today = timezone.localdate()
    group = make_cohort(
        course,
        cluster=cluster,
        starts_on=today - timedelta(days=1),
        ends_on=today + timedelta(days=1),
        instructors=[teacher],
    )
    now = timezone.now().replace(second=0, microsecond=0)
    session = SessionFactory(
        cohort=group,
        starts_at=now - timedelta(minutes=20),
        ends_at=now + timedelta(minutes=100),
        topic="Calibradores y micrómetros",
    )
    people = {}
    for given, surname in (("Ana", "Treviño"), ("Bruno", "Salas"), ("Carla", "Méndez")):
        profile = TraineeProfileFactory(
            given_names=given, paternal_surname=surname, maternal_surname="", cluster=cluster
        )
        people[given] = enrolled(group, profile)
    attendance_url = reverse("training_session_attendance", kwargs={"session_id": session.pk})

    # 1. Log in to the admin (through allauth's login page).
    page.goto(f"{base}/admin/")
    page.get_by_label("Email").fill(teacher.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{base}/admin/")

    # 2. The cohort's sessions, then today's session's attendance.
    page.goto(f"{base}{reverse('training_sessions', kwargs={'cohort_id': group.pk})}")
    page.get_by_role("link", name=re.compile(r"^Attendance · ")).first.click()
    expect(page).to_have_url(f"{base}{attendance_url}")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Attendance")
    expect(page.get_by_text("Calibradores y micrómetros")).to_be_visible()
    screenshot("attendance-phone-empty")

    def person(name: str):
        return page.get_by_role("group", name=name)

    # 3. Tap a mark for each of the three; each row says it was saved.
    taps = (("Ana Treviño", "Present"), ("Bruno Salas", "Late"), ("Carla Méndez", "Absent"))
    for name, mark in taps:
        row = person(name)
        row.get_by_text(mark, exact=True).click()  # the big button is the radio's label
        expect(row.get_by_role("radio", name=mark)).to_be_checked()
        expect(row.get_by_role("status")).to_contain_text(f"{name}: {mark}")
    # Minutes only where they mean something: present and late.
    expect(person("Ana Treviño").get_by_label("Minutes attended")).to_be_visible()
    expect(person("Carla Méndez").get_by_label("Minutes attended")).to_be_hidden()

    # 4. Bruno arrived late and stayed 45 minutes.
    minutes = person("Bruno Salas").get_by_label("Minutes attended")
    minutes.fill("45")
    minutes.press("Tab")
    expect(person("Bruno Salas").get_by_role("status")).to_contain_text("Late, 45 min")
    expect(page.locator('[data-count="present"]')).to_have_text("1")
    expect(page.locator('[data-count="late"]')).to_have_text("1")
    expect(page.locator('[data-count="absent"]')).to_have_text("1")
    expect(page.locator('[data-count="unmarked"]')).to_have_text("0")
    screenshot("attendance-phone-marked")

    # 5. Reload: the marks are kept.
    page.reload()
    expect(person("Ana Treviño").get_by_role("radio", name="Present")).to_be_checked()
    expect(person("Bruno Salas").get_by_role("radio", name="Late")).to_be_checked()
    expect(person("Bruno Salas").get_by_label("Minutes attended")).to_have_value("45")
    expect(person("Carla Méndez").get_by_role("radio", name="Absent")).to_be_checked()
    # The page fits the phone: nothing to scroll sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot("attendance-phone-reloaded")

    marks = {
        row.enrollment_id: (row.status, row.minutes, row.recorded_by_id)
        for row in Attendance.objects.filter(session=session)
    }
    assert marks == {
        people["Ana"].pk: ("present", None, teacher.pk),
        people["Bruno"].pk: ("late", 45, teacher.pk),
        people["Carla"].pk: ("absent", None, teacher.pk),
    }
    # Bruno: marked late, then his minutes: two changes; the others one each.
    assert AttendanceChange.objects.filter(attendance__session=session).count() == 4
