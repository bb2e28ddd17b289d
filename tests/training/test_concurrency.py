"""Seats under a burst of real concurrent requests, on PostgreSQL (issue 4)."""

import threading

import pytest
from django.db import connection

from tests.conftest import need
from tests.training.factories import cohort, trainee
from training.models import Cohort, Enrollment
from training.services import enrollment_request

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


# Like a web tier with this many database connections (PostgreSQL allows 100 here):
# 200 requests arrive at once and queue for a connection, as behind gunicorn.
CONNECTIONS = 60


def _burst(calls):
    """Run every call in its own thread, released together by a barrier; return the outcomes."""
    barrier = threading.Barrier(len(calls))
    connections = threading.BoundedSemaphore(CONNECTIONS)
    outcomes = [None] * len(calls)

    def run(i, call):
        try:
            barrier.wait()
            with connections:
                try:
                    outcomes[i] = call()
                finally:
                    connection.close()
        except Exception as exc:  # noqa: BLE001 - the test inspects every outcome
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes


def test_two_hundred_people_into_thirty_seats(home):
    need(connection.vendor == "postgresql", "row locks need PostgreSQL")
    group = cohort(home=home, capacity=30)
    people = [trainee(group) for _ in range(200)]
    outcomes = _burst(
        [
            (lambda p=p: enrollment_request(actor=p.user, cohort_id=group.pk, profile=p))
            for p in people
        ]
    )
    errors = [o for o in outcomes if not isinstance(o, Enrollment)]
    assert errors == []
    statuses = [o.status for o in outcomes]
    assert statuses.count(Enrollment.Status.ENROLLED) == 30
    assert statuses.count(Enrollment.Status.WAITLISTED) == 170
    group = Cohort.objects.get(pk=group.pk)
    assert (group.enrolled_count, group.waitlist_count) == (30, 170)
    assert Enrollment.objects.filter(cohort=group, status="enrolled").count() == 30


def test_the_same_person_enrolling_twice_at_once_gets_one_row(home):
    need(connection.vendor == "postgresql", "row locks need PostgreSQL")
    group = cohort(home=home, capacity=30)
    person = trainee(group)
    outcomes = _burst(
        [lambda: enrollment_request(actor=person.user, cohort_id=group.pk, profile=person)] * 10
    )
    assert sum(isinstance(o, Enrollment) for o in outcomes) == 1
    refusals = [o for o in outcomes if not isinstance(o, Enrollment)]
    assert all(
        "already" in " ".join(getattr(o, "messages", [str(o)]))
        or "ya" in " ".join(getattr(o, "messages", [str(o)]))
        for o in refusals
    ), refusals
    assert Enrollment.objects.filter(cohort=group, trainee=person).count() == 1
    assert Cohort.objects.get(pk=group.pk).enrolled_count == 1
