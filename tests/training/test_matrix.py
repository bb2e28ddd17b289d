"""A cohort's progress matrix, its downloads, and finishing the cohort (issue 5)."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from courses.selectors import lesson_keys
from tests.clusters.factories import UserFactory
from tests.courses.factories import course_page, lesson_page
from tests.training.factories import SessionFactory, cohort, enrolled, trainee
from tests.training.test_admin import grant, messages_of
from tests.training.test_attendance_admin import login, make_class
from training import matrix
from training.models import (
    AssessmentAttempt,
    Attendance,
    Cohort,
    Enrollment,
    LessonProgress,
    Session,
)

pytestmark = pytest.mark.django_db

Mark = Attendance.Status
S = Enrollment.Status
QUESTIONS = [
    (
        "question",
        {
            "prompt": "¿Qué mide un micrómetro?",
            "choices": [
                {"text": "Longitudes pequeñas", "correct": True},
                {"text": "Temperatura", "correct": False},
            ],
        },
    )
]


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def make_course(home, **rule):
    """Two lessons, an assessment (70 to pass), 75 % attendance and 3 hours to complete."""
    fields = {
        "title": "Metrología dimensional",
        "hours": Decimal("8"),
        "min_hours": Decimal("3"),
        "min_attendance_percent": 75,
        "min_lessons_percent": 50,
        "pass_mark": 70,
        "assessment": QUESTIONS,
    }
    fields.update(rule)
    course = course_page(home, **fields)
    lesson_page(course, title="Instrumentos")
    lesson_page(course, title="Tolerancias")
    return course


def running(course, *, sessions=2, hours=2, people=3, **fields) -> tuple[Cohort, list, list]:
    """A cohort that started a week ago with past sessions and people enrolled before them."""
    today = timezone.localdate()
    group = cohort(
        course,
        starts_on=today - timedelta(days=7),
        ends_on=today + timedelta(days=7),
        capacity=40,
        **fields,
    )
    start = timezone.now().replace(second=0, microsecond=0) - timedelta(days=6)
    slots = [
        SessionFactory(
            cohort=group,
            starts_at=start + timedelta(days=n),
            ends_at=start + timedelta(days=n, hours=hours),
        )
        for n in range(sessions)
    ]
    enrollments = [enrolled(group) for _ in range(people)]
    Enrollment.objects.filter(cohort=group).update(enrolled_at=start - timedelta(days=1))
    return group, slots, [Enrollment.objects.get(pk=e.pk) for e in enrollments]


def mark(enrollment, session, status, minutes=None):
    Attendance.objects.create(
        session=session,
        enrollment=enrollment,
        cluster_id=session.cluster_id,
        status=status,
        minutes=minutes,
        method=Attendance.Method.INSTRUCTOR,
    )


def read(enrollment, course, n):
    for key in lesson_keys(course=course)[:n]:
        LessonProgress.objects.create(enrollment=enrollment, lesson_key=key)


def attempt(enrollment, score, number=1):
    AssessmentAttempt.objects.create(
        enrollment=enrollment, number=number, score=score, passed=score >= 70
    )


def progress_url(group) -> str:
    return reverse("training_cohort_progress", kwargs={"cohort_id": group.pk})


def export_url(group, fmt) -> str:
    return reverse("training_cohort_progress_export", kwargs={"cohort_id": group.pk, "fmt": fmt})


def finish_url(group) -> str:
    return reverse("training_cohort_status", kwargs={"cohort_id": group.pk, "status": "finished"})


@pytest.fixture
def staff(home, django_capture_on_commit_callbacks):
    """The attendance tests' people: cluster A's admin and instructor, cluster B's admin."""
    return make_class(home, django_capture_on_commit_callbacks, people=0)


def classroom(home, staff):
    course = make_course(home)
    group, (first, second), (ana, bruno, carla) = running(
        course, cluster=staff["a"], instructors=[staff["teacher"]]
    )
    mark(ana, first, Mark.PRESENT)
    mark(ana, second, Mark.LATE, 90)
    read(ana, course, 2)
    attempt(ana, 50)
    attempt(ana, 80, number=2)
    mark(bruno, first, Mark.PRESENT)
    mark(bruno, second, Mark.PRESENT)
    attempt(bruno, 40)
    mark(carla, first, Mark.ABSENT)
    mark(carla, second, Mark.EXCUSED)
    return course, group, (first, second), (ana, bruno, carla)


# --- Values ------------------------------------------------------------------------------


def test_matrix_values(home, staff):
    _course, group, (first, second), (ana, bruno, carla) = classroom(home, staff)
    group = Cohort.objects.select_related("course", "cluster").get(pk=group.pk)
    grid = matrix.cohort_matrix(group)
    assert grid.sessions == [first, second]
    rows = {row.enrollment.pk: row for row in grid.rows}
    assert [row.name for row in grid.rows] == sorted(
        (e.trainee.full_name for e in (ana, bruno, carla)),
        key=lambda name: name.split()[1],
    )

    a = rows[ana.pk]
    assert [(c.status, c.symbol, c.label) for c in a.cells] == [
        (Mark.PRESENT, "P", "Present"),
        (Mark.LATE, "L", "Late, 90 min"),
    ]
    assert a.facts.attendance_percent == 87  # 210 of 240 minutes
    assert a.facts.hours_attended == Decimal("3.5")
    assert (a.facts.lessons_done, a.facts.lessons_total) == (2, 2)
    assert (a.facts.best_score, a.facts.attempts_used) == (80, 2)

    b = rows[bruno.pk]
    assert [c.label for c in b.cells] == ["Present", "Present"]
    assert (b.facts.attendance_percent, b.facts.hours_attended) == (100, Decimal("4.0"))
    assert (b.facts.lessons_done, b.facts.best_score, b.facts.attempts_used) == (0, 40, 1)
    assert any("Online lessons" in part for part in b.missing)
    assert any("Assessment" in part for part in b.missing)

    c = rows[carla.pk]
    assert [c_.symbol for c_ in c.cells] == ["A", "E"]
    assert c.facts.attendance_percent == 0
    assert c.facts.best_score is None
    assert any("Attendance" in part for part in c.missing)


def test_matrix_page_shows_marks_with_words_and_what_is_missing(client, home, staff):
    _course, group, (first, _second), (ana, bruno, carla) = classroom(home, staff)
    Enrollment.objects.filter(pk=ana.pk).update(status=S.COMPLETED)
    login(client, staff["teacher"])
    response = client.get(progress_url(group))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<abbr title="Late, 90 min" aria-hidden="true">L</abbr>' in content
    assert '<span class="w-sr-only">Late, 90 min</span>' in content
    assert '<span class="w-sr-only">Excused</span>' in content
    assert reverse("training_session_attendance", kwargs={"session_id": first.pk}) in content
    assert "87%" in content
    assert "80% (2)" in content
    assert "Still missing" in content
    assert "Hours attended" in content
    assert export_url(group, "csv") in content
    assert export_url(group, "xlsx") in content
    assert finish_url(group) in content  # the instructor may finish it
    # Completed people show no "missing" list; the others do.
    rows = {row.enrollment.pk: row for row in response.context["matrix"].rows}
    assert rows[ana.pk].missing == []
    assert rows[bruno.pk].missing and rows[carla.pk].missing


def test_roster_and_sessions_pages_link_to_the_matrix(client, home, staff):
    _course, group, (first, _second), _people = classroom(home, staff)
    login(client, staff["teacher"])
    roster = client.get(reverse("training_roster", kwargs={"cohort_id": group.pk}))
    assert progress_url(group) in roster.content.decode()
    assert "Attendance and progress" in roster.content.decode()
    sessions = client.get(reverse("training_sessions", kwargs={"cohort_id": group.pk}))
    content = sessions.content.decode()
    assert reverse("training_session_attendance", kwargs={"session_id": first.pk}) in content
    assert reverse("training_session_checkin_screen", kwargs={"session_id": first.pk}) in content


# --- Downloads -----------------------------------------------------------------------------


def test_exports_open_and_neutralise_formulas(client, home, staff):
    _course, group, _sessions, (ana, _bruno, _carla) = classroom(home, staff)
    sneaky = enrolled(group, trainee(group, given_names='=HYPERLINK("http://x","y")'))
    login(client, staff["admin_a"])

    response = client.get(export_url(group, "csv"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="progress-')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = rows[0]
    assert header[:4] == ["Name", "Email", "CURP", "Company"]
    assert header[-8:] == [
        "Attendance %",
        "Hours attended",
        "Lessons completed",
        "Lessons in the course",
        "Best score",
        "Attempts",
        "Outcome",
        "Still missing",
    ]
    assert len(header) == 4 + 2 + 8
    by_name = {row[0]: row for row in rows[1:]}
    a = by_name[ana.trainee.full_name]
    assert a[4:6] == ["Present", "Late, 90 min"]
    assert a[6:12] == ["87", "3.5", "2", "2", "80", "2"]
    bad = next(row for row in rows[1:] if "HYPERLINK" in row[0])
    assert bad[0].startswith("'=")

    response = client.get(export_url(group, "xlsx"))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0][-8:]) == header[-8:]
    cells = {row[0]: row for row in values[1:]}
    assert cells[ana.trainee.full_name][6] == 87
    assert cells[ana.trainee.full_name][7] == pytest.approx(3.5)
    assert cells[sneaky.trainee.full_name.replace("=", "'=", 1)][0].startswith("'=")
    assert client.get(export_url(group, "pdf")).status_code in (302, 404)


def test_export_headings_follow_the_admin_language(client, home, staff):
    _course, group, _sessions, _people = classroom(home, staff)
    login(client, staff["teacher"], language="es")
    response = client.get(export_url(group, "csv"))
    header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[:2] == ["Nombre", "Correo electrónico"]


# --- Queries -------------------------------------------------------------------------------


def test_matrix_queries_do_not_grow_with_people_or_sessions(
    client, home, staff, django_assert_num_queries
):
    course = make_course(home)
    login(client, staff["teacher"])

    def build(people, sessions):
        group, slots, enrollments = running(
            course,
            sessions=sessions,
            people=people,
            cluster=staff["a"],
            instructors=[staff["teacher"]],
        )
        for i, enrollment in enumerate(enrollments):
            for j, session in enumerate(slots):
                if (i + j) % 3:
                    mark(enrollment, session, Mark.PRESENT if j % 2 else Mark.LATE, 60)
            read(enrollment, course, i % 3)
            if i % 2:
                attempt(enrollment, 60 + i)
        return group

    small, large = build(3, 2), build(12, 6)
    sizes = {}
    for group in (small, large):
        client.get(progress_url(group))  # warm the admin's caches
        group = Cohort.objects.select_related("course", "cluster").get(pk=group.pk)
        with CaptureQueriesContext(connection) as queries:
            grid = matrix.cohort_matrix(group)
        sizes[len(grid.rows), len(grid.sessions)] = len(queries)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(progress_url(group)).status_code == 200
        sizes[group.pk] = len(queries)
    assert sizes[3, 2] == sizes[12, 6] <= 6, sizes
    assert sizes[small.pk] == sizes[large.pk], sizes
    with django_assert_num_queries(sizes[small.pk]):
        client.get(progress_url(large))


# --- Finishing -----------------------------------------------------------------------------


def test_the_instructor_finishes_the_cohort_and_outcomes_are_decided(client, home, staff):
    _course, group, _sessions, (ana, bruno, carla) = classroom(home, staff)
    login(client, staff["teacher"])
    page = client.get(finish_url(group))
    assert page.status_code == 200
    assert page.context["preview"] == {"completed": 1, "participated": 1, "not_completed": 1}
    content = page.content.decode()
    assert "Finish cohort and decide outcomes" in content
    response = client.post(finish_url(group))
    assert response.status_code == 302
    assert response["Location"] == progress_url(group)
    group.refresh_from_db()
    assert group.status == Cohort.Status.FINISHED
    outcomes = dict(Enrollment.objects.filter(cohort=group).values_list("pk", "status"))
    assert outcomes == {ana.pk: S.COMPLETED, bruno.pk: S.PARTICIPATED, carla.pk: S.NOT_COMPLETED}
    page = client.get(progress_url(group))
    assert "This cohort is finished" in page.content.decode()
    assert page.context["finish_url"] is None
    # The instructor still cannot open, close or cancel the cohort.
    for status in ("open", "closed", "cancelled"):
        url = reverse("training_cohort_status", kwargs={"cohort_id": group.pk, "status": status})
        response = client.post(url)
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response["Location"] == "/admin/"
    group.refresh_from_db()
    assert group.status == Cohort.Status.FINISHED


def test_a_cohort_that_has_not_started_cannot_be_finished(client, home, staff):
    course = make_course(home)
    group = cohort(course, cluster=staff["a"], instructors=[staff["teacher"]])
    login(client, staff["teacher"])
    page = client.get(progress_url(group))
    assert page.context["finish_url"] is None
    page = client.get(finish_url(group))
    assert "Only a cohort that has started" in page.content.decode()
    response = client.post(finish_url(group), follow=True)
    assert any("has started" in m for m in messages_of(response))
    group.refresh_from_db()
    assert group.status == Cohort.Status.OPEN


def test_the_roster_offers_finishing_to_admins_and_instructors(
    client, home, staff, django_capture_on_commit_callbacks
):
    _course, group, _sessions, _people = classroom(home, staff)
    for who in ("teacher", "admin_a"):
        login(client, staff[who])
        response = client.get(reverse("training_roster", kwargs={"cohort_id": group.pk}))
        assert "finished" in [s for s, _label in response.context["status_actions"]]
        assert finish_url(group) in response.content.decode()
    # Another instructor of the cluster cannot finish it.
    stranger = grant(django_capture_on_commit_callbacks, UserFactory(), staff["a"], "instructor")
    login(client, stranger)
    response = client.post(finish_url(group))
    assert response.status_code in (302, 404)
    assert Cohort.objects.get(pk=group.pk).status == Cohort.Status.OPEN
    assert Session.objects.filter(cohort=group).count() == 2
