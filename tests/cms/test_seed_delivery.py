"""How cms/seed_delivery.py lays out a cohort's sessions (the seeded data itself is
checked with the rest of the demo in test_seed_training.py, which seeds once)."""

from datetime import date

import pytest

from cms.seed_delivery import plan_hours


@pytest.mark.parametrize(
    ("first", "last", "hours", "weekdays", "lengths"),
    [
        # One day: a whole 8-hour day, or a 4-hour webinar.
        (date(2026, 3, 2), date(2026, 3, 2), 8, {0}, [8]),
        (date(2026, 3, 2), date(2026, 3, 2), 4, {0}, [4]),
        # Intensive, three days: 8 + 8 + 4.
        (date(2026, 3, 2), date(2026, 3, 4), 20, {0, 1, 2}, [8, 8, 4]),
        # Two weeks online: Tuesdays and Thursdays, the last session shorter.
        (date(2026, 3, 2), date(2026, 3, 15), 10, {1, 3}, [4, 4, 2]),
        # Four weeks, 64 hours: Monday to Thursday, four hours each.
        (date(2026, 3, 2), date(2026, 3, 27), 64, {0, 1, 2, 3}, [4] * 16),
    ],
)
def test_sessions_add_up_to_the_course_hours_within_the_cohort(
    first, last, hours, weekdays, lengths
):
    plan = plan_hours(first, last, hours)
    assert [length for _, length in plan] == lengths
    assert sum(lengths) == hours
    assert {day.weekday() for day, _ in plan} == weekdays
    assert all(first <= day <= last for day, _ in plan)
    assert len({day for day, _ in plan}) == len(plan)  # one session a day


def test_a_cohort_too_short_for_its_course_gets_long_days_not_impossible_ones():
    plan = plan_hours(date(2026, 3, 2), date(2026, 3, 3), 40)
    assert [length for _, length in plan] == [10, 10]
