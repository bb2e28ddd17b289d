"""The email task on a real Celery worker and Redis.

Runs in its own pytest process with eager tasks off (`make test` does this),
because the eager setting must be decided before Django loads (STACK-NOTES).
"""

import os
import time

import pytest
from django.conf import settings
from django.core import mail

from core.models import OutgoingEmail
from tests.conftest import need

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def celery_worker_thread(django_db_blocker):
    need(bool(os.environ.get("CELERY_BROKER_URL")), "CELERY_BROKER_URL (Redis) is not set")
    need(not settings.CELERY_TASK_ALWAYS_EAGER, "eager tasks are on; run with them off")
    import celery.contrib.testing.tasks  # noqa: F401 - registers the ping task
    from celery.contrib.testing.worker import start_worker

    from lms.celery import app

    with (
        django_db_blocker.unblock(),
        start_worker(app, pool="solo", perform_ping_check=False) as worker,
    ):
        yield worker


def test_email_is_delivered_by_the_worker(celery_worker_thread):
    mail.send_mail("Desde el worker", "Hola", None, ["ana@example.com"])
    outgoing = OutgoingEmail.objects.get()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        outgoing.refresh_from_db()
        if outgoing.status == OutgoingEmail.Status.SENT:
            break
        time.sleep(0.1)
    assert outgoing.status == OutgoingEmail.Status.SENT
    assert outgoing.attempts == 1
    assert [m.subject for m in mail.outbox] == ["Desde el worker"]
