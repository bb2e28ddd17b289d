"""Attendance services and signed check-in codes: every path and every refusal (issue 5)."""

import time
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.courses.factories import course_page
from tests.training.factories import cohort, enrolled
from training import checkin
from training.attendance import (
    attendance_mark_all_present,
    attendance_record,
    self_check_in,
)
from training.models import Attendance, AttendanceChange, Enrollment, Session

pytestmark = pytest.mark.django_db
A = Attendance.Status


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def staff(group, role=ClusterRole.Role.CLUSTER_ADMIN, cluster=None):
    user = UserFactory()
    role_grant(actor=None, user=user, cluster=cluster or group.cluster, role=role)
    if role == ClusterRole.Role.INSTRUCTOR and cluster is None:
        group.instructors.add(user)
    return user


@pytest.fixture
def group(home):
    course = course_page(home, hours=Decimal("2"), min_hours=Decimal("2"))
    today = timezone.localdate()
    return cohort(course, starts_on=today - timedelta(days=1), ends_on=today + timedelta(days=1))


def session_of(group, *, starts_in=timedelta(minutes=-5), hours=2):
    start = timezone.now() + starts_in
    return Session.objects.create(
        cohort=group,
        cluster_id=group.cluster_id,
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
    )


def test_a_tap_saves_the_mark_and_keeps_who_changed_it(group):
    admin, session, person = staff(group), session_of(group), enrolled(group)

    attendance_record(actor=admin, session_id=session.pk, enrollment_id=person.pk, status=A.LATE)
    attendance_record(actor=admin, session_id=session.pk, enrollment_id=person.pk, status=A.LATE)
    row = attendance_record(
        actor=admin, session_id=session.pk, enrollment_id=person.pk, status=A.PRESENT, minutes=90
    )

    assert (row.status, row.minutes, row.recorded_by, row.cluster_id) == (
        A.PRESENT,
        90,
        admin,
        group.cluster_id,
    )
    history = list(AttendanceChange.objects.filter(attendance=row).order_by("pk"))
    assert [(c.from_status, c.to_status, c.to_minutes, c.actor) for c in history] == [
        ("", A.LATE, None, admin),
        (A.LATE, A.PRESENT, 90, admin),
    ]


def test_the_rule_is_applied_when_attendance_is_saved(group):
    instructor, session, person = (
        staff(group, ClusterRole.Role.INSTRUCTOR),
        session_of(group, starts_in=timedelta(hours=-3)),
        enrolled(group),
    )
    Enrollment.objects.filter(pk=person.pk).update(enrolled_at=timezone.now() - timedelta(days=2))

    attendance_record(
        actor=instructor, session_id=session.pk, enrollment_id=person.pk, status=A.PRESENT
    )

    person.refresh_from_db()
    assert person.status == Enrollment.Status.COMPLETED


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"minutes": 121}, "between 0 and 120"),
        ({"status": "asleep"}, "Unknown attendance status"),
        ({"other_cohort": True}, "not on this session's roster"),
        ({"withdrawn": True}, "not on this session's roster"),
        ({"cancelled": True}, "cancelled"),
        ({"future": True}, "has not started yet"),
    ],
)
def test_bad_marks_are_refused_and_change_nothing(group, home, change, message):
    admin, person = staff(group), enrolled(group)
    session = session_of(
        group, starts_in=timedelta(days=1) if change.get("future") else timedelta(minutes=-5)
    )
    if change.get("cancelled"):
        Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)
    if change.get("other_cohort"):
        person = enrolled(cohort(course_page(home), cluster=group.cluster))
    if change.get("withdrawn"):
        Enrollment.objects.filter(pk=person.pk).update(status=Enrollment.Status.WITHDRAWN)

    with pytest.raises(ValidationError, match=message):
        attendance_record(
            actor=admin,
            session_id=session.pk,
            enrollment_id=person.pk,
            status=change.get("status", A.PRESENT),
            minutes=change.get("minutes"),
        )

    assert not Attendance.objects.exists() and not AttendanceChange.objects.exists()


def test_excused_can_be_recorded_ahead_of_time(group):
    admin, person = staff(group), enrolled(group)
    session = session_of(group, starts_in=timedelta(days=1))

    row = attendance_record(
        actor=admin, session_id=session.pk, enrollment_id=person.pk, status=A.EXCUSED, minutes=30
    )

    assert (row.status, row.minutes) == (A.EXCUSED, None)


@pytest.mark.parametrize("who", ["other cluster admin", "instructor of another cohort", "trainee"])
def test_only_the_cohorts_staff_take_attendance(group, home, who):
    session, person = session_of(group), enrolled(group)
    if who == "other cluster admin":
        actor = staff(group, cluster=ClusterFactory())
    elif who == "instructor of another cohort":
        other = cohort(course_page(home), cluster=group.cluster)
        actor = staff(other, ClusterRole.Role.INSTRUCTOR)
    else:
        actor = person.trainee.user

    with pytest.raises(PermissionDenied):
        attendance_record(
            actor=actor, session_id=session.pk, enrollment_id=person.pk, status=A.PRESENT
        )
    with pytest.raises(PermissionDenied):
        attendance_mark_all_present(actor=actor, session_id=session.pk)
    assert not Attendance.objects.exists()


def test_mark_all_present_keeps_the_marks_already_taken(group):
    admin, session = staff(group), session_of(group)
    absent, others = enrolled(group), [enrolled(group), enrolled(group)]
    waiting = enrolled(group)
    Enrollment.objects.filter(pk=waiting.pk).update(
        status=Enrollment.Status.WAITLISTED, waitlisted_at=timezone.now()
    )
    attendance_record(actor=admin, session_id=session.pk, enrollment_id=absent.pk, status=A.ABSENT)

    assert attendance_mark_all_present(actor=admin, session_id=session.pk) == 2
    assert attendance_mark_all_present(actor=admin, session_id=session.pk) == 0

    marks = dict(Attendance.objects.values_list("enrollment_id", "status"))
    assert marks == {absent.pk: A.ABSENT, others[0].pk: A.PRESENT, others[1].pk: A.PRESENT}


# --- Signed check-in codes -------------------------------------------------------


def test_a_code_is_good_for_its_window_and_the_one_after():
    now = time.time()
    token = checkin.checkin_token(42, at=now)

    assert checkin.read_checkin_token(token, at=now) == 42
    assert checkin.read_checkin_token(token, at=now + checkin.WINDOW) == 42
    with pytest.raises(ValidationError, match="expired") as error:
        checkin.read_checkin_token(token, at=now + 2 * checkin.WINDOW)
    assert error.value.code == "expired"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda t: t.replace("42-", "43-", 1),  # another session
        lambda t: t[:-2] + ("AA" if not t.endswith("AA") else "BB"),  # forged signature
        lambda t: "42-" + str(int(t.split("-")[1]) + 1) + "-" + t.split("-")[2],  # future window
        lambda t: "nonsense",
        lambda t: "",
        lambda t: "1-2-3-4",
    ],
)
def test_forged_codes_are_refused(tamper):
    token = checkin.checkin_token(42)
    with pytest.raises(ValidationError, match=r"not valid|expired"):
        checkin.read_checkin_token(tamper(token))


def test_checking_in_within_the_grace_period_is_present(group):
    session, person = session_of(group), enrolled(group)

    row, created = self_check_in(
        user=person.trainee.user, session_id=session.pk, scanned_at=timezone.now()
    )
    again, created_again = self_check_in(
        user=person.trainee.user, session_id=session.pk, scanned_at=timezone.now()
    )

    assert (row.status, row.method, created) == (A.PRESENT, Attendance.Method.QR, True)
    assert (again.pk, created_again) == (row.pk, False)
    assert AttendanceChange.objects.count() == 1


def test_checking_in_after_the_grace_period_is_late_for_the_minutes_left(group):
    session = session_of(group, starts_in=timedelta(minutes=-30))
    person = enrolled(group)

    row, _ = self_check_in(
        user=person.trainee.user, session_id=session.pk, scanned_at=timezone.now()
    )

    assert row.status == A.LATE and 88 <= row.minutes <= 90


def test_an_arrival_turns_an_absent_mark_into_late(group):
    admin, session, person = (
        staff(group),
        session_of(group, starts_in=timedelta(minutes=-40)),
        enrolled(group),
    )
    attendance_record(actor=admin, session_id=session.pk, enrollment_id=person.pk, status=A.ABSENT)

    row, created = self_check_in(
        user=person.trainee.user, session_id=session.pk, scanned_at=timezone.now()
    )

    assert (row.status, created) == (A.LATE, True)


@pytest.mark.parametrize(
    ("situation", "message"),
    [
        ("not enrolled", "not enrolled"),
        ("waitlisted", "not enrolled"),
        ("cancelled", "cancelled"),
        ("over", "closed"),
        ("tomorrow", "closed"),
    ],
)
def test_check_in_refusals_change_nothing(group, situation, message):
    session = session_of(
        group,
        starts_in={"over": timedelta(hours=-5), "tomorrow": timedelta(days=1)}.get(
            situation, timedelta(minutes=-5)
        ),
    )
    person = enrolled(group)
    user = person.trainee.user
    if situation == "not enrolled":
        user = UserFactory()
    if situation == "waitlisted":
        Enrollment.objects.filter(pk=person.pk).update(
            status=Enrollment.Status.WAITLISTED, waitlisted_at=timezone.now()
        )
    if situation == "cancelled":
        Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)

    with pytest.raises(ValidationError, match=message):
        self_check_in(user=user, session_id=session.pk, scanned_at=timezone.now())

    assert not Attendance.objects.exists()


def test_codes_with_unicode_digits_are_refused_not_crashed():
    with pytest.raises(ValidationError, match="not valid"):
        checkin.read_checkin_token("²-1-x")
