"""Scheduling sessions: local wall-clock times per cluster, DST, midnight, rules, notices."""

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.courses.factories import course_page
from tests.training.factories import cohort, enrolled, instructor_of, session
from training import schedule
from training.models import Attendance, Cohort, Enrollment, Session
from training.services import cohort_set_status

pytestmark = pytest.mark.django_db

TIJUANA = ZoneInfo("America/Tijuana")
MONDAY, WEDNESDAY, FRIDAY = 0, 2, 4


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English (the msgids), whatever catalogs are compiled."""
    with translation.override("en"):
        yield


def tijuana_cohort(home, first: date, last: date, **fields) -> Cohort:
    cluster = ClusterFactory(time_zone="America/Tijuana")
    return cohort(home=home, cluster=cluster, starts_on=first, ends_on=last, **fields)


def local(value: datetime, tz=TIJUANA) -> datetime:
    return timezone.localtime(value, tz)


def refused(call, text: str = ""):
    with pytest.raises(ValidationError) as error:
        call()
    if text:
        assert text in " ".join(error.value.messages), error.value.messages
    return error.value


def weekly(group, first, last, days, start, end, actor=None, **fields):
    return schedule.sessions_add_weekly(
        actor=actor,
        cohort_id=group.pk,
        first_date=first,
        last_date=last,
        weekdays=set(days),
        start_time=start,
        end_time=end,
        **fields,
    )


# --- Time zones and daylight saving ---------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "switch"),
    [
        # 2030: clocks go forward on Sunday 10 March and back on Sunday 3 November.
        (date(2030, 3, 1), date(2030, 3, 22), date(2030, 3, 10)),
        (date(2030, 10, 25), date(2030, 11, 15), date(2030, 11, 3)),
    ],
)
def test_weekly_pattern_keeps_local_time_across_the_dst_change(home, first, last, switch):
    group = tijuana_cohort(home, first, last)
    created = weekly(group, first, last, [MONDAY, WEDNESDAY, FRIDAY], time(9), time(13))
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    expected = [d for d in days if d.weekday() in (MONDAY, WEDNESDAY, FRIDAY)]
    stored = list(Session.objects.filter(cohort=group).order_by("starts_at"))
    assert len(created) == len(stored) == len(expected)
    assert [local(s.starts_at).date() for s in stored] == expected
    # 09:00 to 13:00 on the clock in Tijuana every time...
    assert {(local(s.starts_at).time(), local(s.ends_at).time()) for s in stored} == {
        (time(9), time(13))
    }
    # ...which is a different hour in UTC before and after the switch.
    before = {
        s.starts_at.astimezone(UTC).hour for s in stored if local(s.starts_at).date() < switch
    }
    after = {s.starts_at.astimezone(UTC).hour for s in stored if local(s.starts_at).date() > switch}
    assert len(before) == len(after) == 1 and before != after
    assert {s.minutes for s in stored} == {240}
    assert {s.cluster_id for s in stored} == {group.cluster_id}


def test_a_zone_without_dst_is_the_same_utc_hour_all_year(home):
    cluster = ClusterFactory(time_zone="America/Mexico_City")  # no DST since 2022
    group = cohort(
        home=home, cluster=cluster, starts_on=date(2030, 3, 1), ends_on=date(2030, 11, 30)
    )
    created = weekly(group, date(2030, 3, 1), date(2030, 11, 30), [MONDAY], time(9), time(13))
    assert {s.starts_at.astimezone(UTC).hour for s in created} == {15}


def test_a_session_across_midnight(home):
    group = tijuana_cohort(home, date(2030, 6, 3), date(2030, 6, 7))
    night = session(group, on=date(2030, 6, 3), start=time(22), end=time(6), topic="Turno nocturno")
    assert (local(night.starts_at), local(night.ends_at)) == (
        datetime(2030, 6, 3, 22, tzinfo=TIJUANA),
        datetime(2030, 6, 4, 6, tzinfo=TIJUANA),
    )
    assert night.minutes == 8 * 60
    # As a weekly pattern too, starting on the cohort's last day (it ends the day after).
    created = weekly(
        group, date(2030, 6, 5), date(2030, 6, 7), [WEDNESDAY, FRIDAY], time(23), time(7)
    )
    assert [(local(s.starts_at).day, local(s.ends_at).day) for s in created] == [(5, 6), (7, 8)]
    assert {s.minutes for s in created} == {480}


def test_the_cohort_day_is_the_local_day_not_the_utc_one(home):
    group = tijuana_cohort(home, date(2030, 6, 3), date(2030, 6, 7))
    # 20:00 in Tijuana on the last day is already the next day in UTC: still allowed.
    late = session(group, on=date(2030, 6, 7), start=time(20), end=time(22))
    assert late.starts_at.astimezone(UTC).date() == date(2030, 6, 8)
    # 01:00 in Tijuana the day after the cohort ends is refused.
    slot = schedule.local_slot(date(2030, 6, 8), time(1), time(3), TIJUANA)
    refused(
        lambda: schedule.session_save(
            actor=None, cohort_id=group.pk, starts_at=slot.starts_at, ends_at=slot.ends_at
        ),
        "2030-06-03",
    )


# --- Rules --------------------------------------------------------------------------


def test_a_session_must_end_after_it_starts_and_last_at_most_14_hours(home):
    group = tijuana_cohort(home, date(2030, 6, 3), date(2030, 6, 7))
    start = datetime(2030, 6, 3, 9, tzinfo=TIJUANA)
    save = schedule.session_save
    error = refused(
        lambda: save(actor=None, cohort_id=group.pk, starts_at=start, ends_at=start),
        "end after it starts",
    )
    assert "ends_at" in error.error_dict
    refused(
        lambda: save(
            actor=None,
            cohort_id=group.pk,
            starts_at=start,
            ends_at=start + timedelta(hours=14, minutes=1),
        ),
        "14 hours",
    )
    # A 15-hour "night" pattern is refused as a whole.
    refused(lambda: weekly(group, date(2030, 6, 3), date(2030, 6, 7), [MONDAY], time(20), time(11)))
    assert not Session.objects.filter(cohort=group).exists()


def test_overlapping_sessions_of_a_cohort_are_refused_and_the_pattern_is_all_or_nothing(home):
    group = tijuana_cohort(home, date(2030, 6, 3), date(2030, 6, 14))
    session(group, on=date(2030, 6, 12), start=time(10), end=time(12))
    refused(
        lambda: weekly(group, date(2030, 6, 3), date(2030, 6, 14), [WEDNESDAY], time(9), time(13)),
        "already takes place",
    )
    assert Session.objects.filter(cohort=group).count() == 1
    # A double-submitted pattern: the second is refused, nothing doubled.
    weekly(group, date(2030, 6, 3), date(2030, 6, 14), [MONDAY], time(9), time(13))
    refused(lambda: weekly(group, date(2030, 6, 3), date(2030, 6, 14), [MONDAY], time(9), time(13)))
    assert Session.objects.filter(cohort=group).count() == 3


def test_weekly_pattern_limits(home):
    group = tijuana_cohort(home, date(2030, 1, 1), date(2030, 12, 31))
    refused(
        lambda: weekly(group, date(2030, 1, 1), date(2030, 12, 31), range(7), time(9), time(10)),
        "at most 200",
    )
    refused(lambda: weekly(group, date(2030, 1, 1), date(2030, 1, 31), [], time(9), time(10)))
    refused(lambda: weekly(group, date(2030, 2, 1), date(2030, 1, 1), [MONDAY], time(9), time(10)))
    refused(
        lambda: weekly(group, date(2029, 12, 1), date(2030, 1, 31), [MONDAY], time(9), time(10)),
        "choose dates within it",
    )
    # Wednesday 1 to Thursday 2 January: no Monday in between.
    refused(lambda: weekly(group, date(2030, 1, 1), date(2030, 1, 2), [MONDAY], time(9), time(10)))
    assert not Session.objects.exists()


def test_sessions_of_a_cancelled_cohort_cannot_be_scheduled(home):
    group = tijuana_cohort(home, date(2030, 6, 3), date(2030, 6, 7))
    cohort_set_status(actor=None, cohort_id=group.pk, status=Cohort.Status.CANCELLED)
    refused(lambda: session(group), "cancelled")
    refused(
        lambda: weekly(group, date(2030, 6, 3), date(2030, 6, 7), [MONDAY], time(9), time(10)),
        "cancelled",
    )
    assert not Session.objects.exists()


# --- Who may schedule -----------------------------------------------------------------


def test_only_the_cohorts_admins_and_instructors_schedule(home, django_capture_on_commit_callbacks):
    group = tijuana_cohort(home, date(2030, 6, 3), date(2030, 6, 7))
    other_group = cohort(home=home, cluster=group.cluster)
    elsewhere = ClusterFactory()
    with django_capture_on_commit_callbacks(execute=True):
        own_admin, other_admin = UserFactory(), UserFactory()
        role_grant(
            actor=None, user=own_admin, cluster=group.cluster, role=ClusterRole.Role.CLUSTER_ADMIN
        )
        role_grant(
            actor=None, user=other_admin, cluster=elsewhere, role=ClusterRole.Role.CLUSTER_ADMIN
        )
        teacher, other_teacher = instructor_of(group), instructor_of(other_group)
    trainee_user = enrolled(group).trainee.user
    slot = schedule.local_slot(date(2030, 6, 3), time(9), time(11), TIJUANA)
    for outsider in (other_admin, other_teacher, trainee_user):
        with pytest.raises(PermissionDenied):
            schedule.session_save(
                actor=outsider, cohort_id=group.pk, starts_at=slot.starts_at, ends_at=slot.ends_at
            )
        with pytest.raises(PermissionDenied):
            weekly(
                group,
                date(2030, 6, 3),
                date(2030, 6, 7),
                [MONDAY],
                time(9),
                time(10),
                actor=outsider,
            )
    assert not Session.objects.exists()
    made = schedule.session_save(
        actor=teacher, cohort_id=group.pk, starts_at=slot.starts_at, ends_at=slot.ends_at
    )
    for outsider in (other_admin, other_teacher, trainee_user):
        with pytest.raises(PermissionDenied):
            schedule.session_cancel(actor=outsider, session_id=made.pk)
        with pytest.raises(PermissionDenied):
            schedule.session_save(
                actor=outsider,
                cohort_id=group.pk,
                session_id=made.pk,
                starts_at=slot.starts_at + timedelta(hours=1),
                ends_at=slot.ends_at + timedelta(hours=1),
            )
    assert Session.objects.get().status == Session.Status.SCHEDULED
    assert Session.objects.get().starts_at == slot.starts_at
    schedule.session_cancel(actor=own_admin, session_id=made.pk)
    assert Session.objects.get().status == Session.Status.CANCELLED


# --- Moving, cancelling, and what it owes the trainees ----------------------------------


def test_moving_raises_the_sequence_and_queues_one_notice(
    home, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(
        "training.tasks.notify_session_change.delay", lambda session_id: queued.append(session_id)
    )
    group = cohort(home=home)
    with django_capture_on_commit_callbacks(execute=True):
        first = session(group, topic="Intro")
    assert (first.sequence, first.notified_sequence, queued) == (0, 0, [])

    def save(**changes):
        values = {
            "starts_at": first.starts_at,
            "ends_at": first.ends_at,
            "topic": "Intro",
            "location": "",
            "online_url": "",
        }
        values.update(changes)
        with django_capture_on_commit_callbacks(execute=True):
            return schedule.session_save(
                actor=None, cohort_id=group.pk, session_id=first.pk, **values
            )

    assert save().sequence == 0  # unchanged: nothing raised, nothing sent
    assert save(topic="Introducción").sequence == 0  # the topic is not a move
    assert queued == []
    moved = save(
        starts_at=first.starts_at + timedelta(hours=1), ends_at=first.ends_at + timedelta(hours=1)
    )
    assert moved.sequence == 1 and queued == [first.pk]
    relocated = save(starts_at=moved.starts_at, ends_at=moved.ends_at, location="Sala 9, planta 2")
    assert relocated.sequence == 2 and queued == [first.pk, first.pk]
    assert Session.objects.get(pk=first.pk).notified_sequence == 0  # the task's job


def test_cancelling_is_idempotent_and_a_cancelled_session_cannot_be_edited(
    home, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(
        "training.tasks.notify_session_change.delay", lambda session_id: queued.append(session_id)
    )
    group = cohort(home=home)
    one = session(group)
    with django_capture_on_commit_callbacks(execute=True):
        schedule.session_cancel(actor=None, session_id=one.pk)
        schedule.session_cancel(actor=None, session_id=one.pk)
    one.refresh_from_db()
    assert (one.status, one.sequence, queued) == (Session.Status.CANCELLED, 1, [one.pk])
    refused(
        lambda: schedule.session_save(
            actor=None,
            cohort_id=group.pk,
            session_id=one.pk,
            starts_at=one.starts_at,
            ends_at=one.ends_at + timedelta(hours=1),
        ),
        "cancelled",
    )
    # Its slot is free again.
    again = session(group)
    assert again.status == Session.Status.SCHEDULED


def test_correcting_a_past_session_owes_no_email(
    home, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(
        "training.tasks.notify_session_change.delay", lambda session_id: queued.append(session_id)
    )
    today = timezone.localdate()
    group = cohort(
        home=home, starts_on=today - timedelta(days=10), ends_on=today + timedelta(days=5)
    )
    past = session(group, on=today - timedelta(days=9))
    with django_capture_on_commit_callbacks(execute=True):
        schedule.session_cancel(actor=None, session_id=past.pk)
    past.refresh_from_db()
    assert past.sequence == past.notified_sequence == 1
    assert queued == []


def test_cancelling_a_session_re_evaluates_completion(home):
    """A missed session that is cancelled no longer counts against anyone."""
    course = course_page(
        home, hours=Decimal("4"), min_hours=Decimal("0"), min_attendance_percent=75
    )
    today = timezone.localdate()
    group = cohort(course, starts_on=today - timedelta(days=10), ends_on=today + timedelta(days=5))
    enrollment = enrolled(group)
    Enrollment.objects.filter(pk=enrollment.pk).update(
        enrolled_at=timezone.now() - timedelta(days=30)
    )
    attended = session(group, on=today - timedelta(days=9))
    missed = session(group, on=today - timedelta(days=8))
    Attendance.objects.create(
        session=attended,
        enrollment=enrollment,
        cluster_id=group.cluster_id,
        status=Attendance.Status.PRESENT,
        method=Attendance.Method.INSTRUCTOR,
    )
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ENROLLED  # 50 % so far
    schedule.session_cancel(actor=None, session_id=missed.pk)
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
