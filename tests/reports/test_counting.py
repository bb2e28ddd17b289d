"""The counting rules: distinct people per month, per cluster, per network; the
definition of trained; months in the cluster's time zone; the other figures."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from reports import rollup
from reports.models import Backlog, CohortMonth, ReportSettings
from reports.selectors import (
    ReportFilters,
    first_of_month,
    headline,
    report,
    report_settings,
    trained_in_year,
)
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.courses.factories import course_page
from tests.reports.factories import attended, group, issued, local, outcome, person, trained
from tests.training.factories import enrolled
from training.services import cohort_save, enrollment_move, enrollment_set_status

MAY, JUNE = date(2026, 5, 1), date(2026, 6, 1)


def figures(cluster_ids=None, start=MAY, end=JUNE, **filters):
    result = report(ReportFilters(start=start, end=end, cluster_ids=cluster_ids, **filters))
    return {row.month: row for row in result.rows}, result.total


@pytest.fixture
def place(home):
    a = ClusterFactory(name="Clúster A", time_zone="America/Mexico_City")
    b = ClusterFactory(name="Clúster B", time_zone="America/Tijuana")
    return {
        "a": a,
        "b": b,
        "course": course_page(home, title="Green Belt", hours=Decimal("40.0")),
        "other": course_page(home, title="Yellow Belt", hours=Decimal("16.0")),
    }


def test_two_courses_in_a_month_count_one_person_and_two_completions(place):
    a = place["a"]
    ana = person(a)
    trained(place["course"], a, ana, local(a, date(2026, 5, 10)))
    trained(place["other"], a, ana, local(a, date(2026, 5, 20)))
    rollup.rebuild()

    rows, total = figures((a.pk,))
    assert rows[MAY].people_trained == 1
    assert rows[MAY].completions == 2
    assert rows[MAY].hours == Decimal("56.0")
    assert rows[MAY].completion_rate == 1.0
    assert total.people_trained == 1


def test_a_person_trained_in_two_clusters_counts_once_for_the_network(place):
    a, b = place["a"], place["b"]
    ana = person(a)
    trained(place["course"], a, ana, local(a, date(2026, 5, 10)))
    trained(place["other"], b, ana, local(b, date(2026, 5, 11)))
    rollup.rebuild()

    assert figures((a.pk,))[0][MAY].people_trained == 1
    assert figures((b.pk,))[0][MAY].people_trained == 1
    network = figures(None)[0][MAY]
    assert network.people_trained == 1
    assert network.completions == 2
    assert headline(None, MAY).people == 1


def test_the_period_total_counts_a_person_once_across_months(place):
    a = place["a"]
    ana = person(a)
    trained(place["course"], a, ana, local(a, date(2026, 5, 10)))
    trained(place["other"], a, ana, local(a, date(2026, 6, 10)))
    rollup.rebuild()

    rows, total = figures((a.pk,))
    assert (rows[MAY].people_trained, rows[JUNE].people_trained) == (1, 1)
    assert total.people_trained == 1
    assert total.completions == 2


def test_the_definition_decides_whether_participation_counts(place):
    a = place["a"]
    trained(place["course"], a, person(a), local(a, date(2026, 5, 10)))
    trained(place["course"], a, person(a), local(a, date(2026, 5, 10)), status="participated")
    rollup.rebuild()
    assert figures((a.pk,))[0][MAY].people_trained == 1

    settings = report_settings()
    settings.trained_definition = ReportSettings.Trained.COMPLETED_OR_PARTICIPATED
    settings.save()
    rows, _ = figures((a.pk,))
    assert rows[MAY].people_trained == 2
    assert rows[MAY].completion_rate == 0.5
    assert trained_in_year(2026) == 2


def test_months_are_the_clusters_months(place):
    a = place["a"]  # Mexico City, UTC-6: 03:00 UTC on 1 June is still 31 May
    trained(place["course"], a, person(a), datetime(2026, 6, 1, 3, 0, tzinfo=UTC))
    rollup.rebuild()
    rows, _ = figures((a.pk,))
    assert (rows[MAY].people_trained, rows[JUNE].people_trained) == (1, 0)


def test_engineers_and_women_are_counted_among_people_trained(place):
    a = place["a"]
    trained(place["course"], a, person(a, gender="female"), local(a, date(2026, 5, 3)))
    trained(
        place["course"],
        a,
        person(a, gender="male", trainee_type="technician"),
        local(a, date(2026, 5, 3)),
    )
    rollup.rebuild()
    row = figures((a.pk,))[0][MAY]
    assert (row.people_trained, row.engineers_trained, row.women_trained) == (2, 1, 1)
    assert row.women_share == 0.5
    only_women = figures((a.pk,), gender="female")[0][MAY]
    assert only_women.people_trained == 1


def test_attendance_certificates_enrollments_and_seats(place):
    a = place["a"]
    cohort = group(place["course"], a, capacity=10)
    enrollment = enrolled(cohort, person(a))
    attended(enrollment, local(a, date(2026, 5, 4), 9), minutes=120, attended_minutes=90)
    attended(enrollment, local(a, date(2026, 5, 5), 9), minutes=120, status="absent")
    attended(enrollment, local(a, date(2026, 5, 6), 9), minutes=120, status="excused")
    outcome(enrollment, "completed", local(a, date(2026, 5, 6)))
    issued(enrollment, local(a, date(2026, 6, 2)))
    rollup.rebuild()

    rows, total = figures((a.pk,), start=date(2026, 1, 1), end=date(2026, 12, 1))
    may = rows[MAY]
    assert (may.minutes_attended, may.minutes_expected) == (90, 240)
    assert may.attendance_rate == pytest.approx(0.375)
    assert rows[JUNE].certificates == 1
    assert total.enrollments == 1
    assert total.capacity == 10
    assert total.seats_filled == 1


def test_other_clusters_figures_stay_out(place):
    a, b = place["a"], place["b"]
    trained(place["course"], b, person(b), local(b, date(2026, 5, 10)))
    rollup.rebuild()
    rows, total = figures((a.pk,))
    assert rows[MAY].people_trained == 0
    assert total.completions == 0


def test_a_company_scope_sees_only_its_people_in_that_cluster(place):
    a = place["a"]
    ana, luis = person(a), person(a)
    trained(place["course"], a, ana, local(a, date(2026, 5, 10)))
    trained(place["course"], a, luis, local(a, date(2026, 5, 10)))
    rollup.rebuild()
    result = report(
        ReportFilters(start=MAY, end=MAY, cluster_ids=(), company_pairs=((a.pk, ana.company_id),))
    )
    assert result.rows[0].people_trained == 1
    assert not result.seats_apply


def test_events_update_the_figures_without_a_rebuild(place, django_capture_on_commit_callbacks):
    """Staff mark an enrollment completed: the figures follow through the events."""
    a = place["a"]
    enrollment = enrolled(group(place["course"], a), person(a))
    admin = UserFactory(is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_set_status(actor=admin, enrollment_id=enrollment.pk, status="completed")
    month = first_of_month(timezone.localdate(timezone.now(), a.tzinfo))
    result = report(ReportFilters(start=month, end=month, cluster_ids=(a.pk,)))
    assert result.rows[0].people_trained == 1
    assert result.total.enrollments == 1
    assert not Backlog.objects.exists()


def test_a_backlog_written_during_a_rebuild_is_applied_afterwards(place):
    a = place["a"]
    enrollment = enrolled(group(place["course"], a), person(a))
    rollup.rebuild()
    outcome(enrollment, "completed", local(a, date(2026, 5, 10)))
    rollup.note_changes(enrollment_ids=[enrollment.pk])
    assert figures((a.pk,))[0][MAY].people_trained == 0
    assert rollup.process_backlog() == 1
    assert figures((a.pk,))[0][MAY].people_trained == 1
    assert rollup.process_backlog() == 0


def test_moving_a_person_frees_their_seat_in_the_old_cohort(
    place, django_capture_on_commit_callbacks
):
    a = place["a"]
    first, second = group(place["course"], a, capacity=5), group(place["course"], a, capacity=5)
    enrollment = enrolled(first, person(a))
    rollup.rebuild()
    admin = UserFactory(is_superuser=True)
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_move(actor=admin, enrollment_id=enrollment.pk, to_cohort_id=second.pk)
    seats = dict(CohortMonth.objects.values_list("cohort_id", "seats_filled"))
    assert seats == {first.pk: 0, second.pk: 1}


def test_a_cohorts_new_capacity_reaches_the_figures(place, django_capture_on_commit_callbacks):
    a = place["a"]
    cohort = group(place["course"], a, capacity=5)
    rollup.rebuild()
    with django_capture_on_commit_callbacks(execute=True):
        cohort_save(actor=None, cohort=cohort, capacity=50)
    assert CohortMonth.objects.get(cohort_id=cohort.pk).capacity == 50
