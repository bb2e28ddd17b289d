"""Issuing exactly once on a real prefork Celery worker, Redis and PostgreSQL (issue 6).

Each case the issue names (the task enqueued five times at once, a double click,
the worker killed mid-task, a task that keeps failing) must leave one certificate,
one PDF and at most one email. The worker is a subprocess
(`celery -A tests.certificates.worker_hooks worker`) on the test database, so
SIGKILL hits a real pool process; tests/certificates/worker_hooks.py lets a test
make its rendering slow, hang once, or fail, without test hooks in production code.

Runs in its own pytest process with eager tasks off (`make test` does this), like
tests/core/test_email_worker.py; it needs PostgreSQL for the row locks.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from certificates import services
from certificates.models import Certificate, CertificateEvent
from certificates.tasks import issue_certificate
from core.models import OutgoingEmail
from tests.certificates.factories import completed_enrollment
from tests.conftest import need

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
Status = Certificate.Status
ISSUE_TASK = "certificates.tasks.issue_certificate"
QUEUE = "lms"
ROOT = Path(__file__).resolve().parents[2]


class Worker:
    """The subprocess worker, steered and watched through the hooks directory and Redis."""

    def __init__(self, process: subprocess.Popen, hooks: Path, redis):
        self.process = process
        self.hooks = hooks
        self.redis = redis

    def log(self) -> str:
        return (self.hooks / "worker.log").read_text(errors="replace")

    def steer(self, render: str = "normal", delay: float = 0, **overrides) -> None:
        """What the next renders do, and the settings the pool processes use from now on."""
        values = {
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            "CERTIFICATES_CLAIM_WINDOW_SECONDS": settings.CERTIFICATES_CLAIM_WINDOW_SECONDS,
            "CERTIFICATES_RETRY_SECONDS": settings.CERTIFICATES_RETRY_SECONDS,
            "EMAIL_DELIVERY_BACKEND": "tests.certificates.worker_hooks.RecordingBackend",
            **overrides,
        }
        staged = self.hooks / "control.json.new"
        staged.write_text(json.dumps({"render": render, "delay": delay, "settings": values}))
        staged.replace(self.hooks / "control.json")

    def events(self) -> list[list[str]]:
        path = self.hooks / "events.log"
        return [line.split(" ") for line in path.read_text().splitlines()] if path.exists() else []

    def mails(self) -> list[dict]:
        path = self.hooks / "mail.log"
        return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []

    def runs(self, task: str = ISSUE_TASK) -> list[list[str]]:
        return [e for e in self.events() if e[0] == "start" and e[1] == task]

    def renders(self) -> list[list[str]]:
        return [e for e in self.events() if e[0] == "render"]

    def busy(self) -> bool:
        """A message waits in the queue, runs, or waits for its retry (all unacked)."""
        return bool(self.redis.llen(QUEUE) or self.redis.hlen("unacked"))

    def wait_idle(self, timeout: float = 30) -> None:
        """Until every task, retry and email delivery queued so far has finished."""
        quiet_since = None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.busy():
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > 0.3:
                return
            time.sleep(0.05)
        pytest.fail(f"the worker is still busy after {timeout} s\n{self.log()[-4000:]}")

    def reset(self) -> None:
        for name in ("events.log", "mail.log", "hung"):
            (self.hooks / name).unlink(missing_ok=True)


def wait_for(predicate, what: str, worker: Worker, timeout: float = 20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}\n{worker.log()[-4000:]}")


def at_once(function, times: int) -> list:
    """Run `function` in `times` threads (it waits on a barrier); its errors raise here."""

    def run():
        try:
            return function()
        finally:
            connection.close()  # each thread's own connection to the test database

    with ThreadPoolExecutor(max_workers=times) as pool:
        futures = [pool.submit(run) for _ in range(times)]
        return [future.result() for future in futures]


@pytest.fixture(scope="module")
def worker_process(django_db_setup, tmp_path_factory):
    """One prefork worker (3 pool processes) on the test database for the whole module."""
    broker = os.environ.get("CELERY_BROKER_URL", "")
    need(broker.startswith("redis://"), "CELERY_BROKER_URL (Redis) is not set")
    need(not settings.CELERY_TASK_ALWAYS_EAGER, "eager tasks are on; run with them off")
    need(connection.vendor == "postgresql", "issuing on a worker needs PostgreSQL row locks")
    import redis

    client = redis.Redis.from_url(broker)
    # Nothing left over from an earlier run: this Redis database is the broker's only.
    client.delete(QUEUE, "unacked", "unacked_index", "unacked_mutex")
    hooks = tmp_path_factory.mktemp("worker-hooks")
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    env = {
        **os.environ,
        "DATABASE_URL": (
            f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
            f"/{db['NAME']}"
        ),
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "WORKER_HOOKS_DIR": str(hooks),
        "MEDIA_ROOT": str(hooks / "media"),
    }
    command = [
        str(Path(sys.executable).parent / "celery"),
        "-A",
        "tests.certificates.worker_hooks",
        "worker",
        "--pool=prefork",
        "--concurrency=3",
        "-Q",
        QUEUE,
        "--without-heartbeat",
        "--without-mingle",
        "--without-gossip",
        "--loglevel=info",
        "--hostname",
        f"certificates-test-{os.getpid()}@%h",
    ]
    with open(hooks / "worker.log", "wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    worker = Worker(process, hooks, client)
    try:
        deadline = time.monotonic() + 90
        while " ready." not in worker.log():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the worker did not start\n{worker.log()[-4000:]}")
            time.sleep(0.1)
        yield worker
    finally:
        process.send_signal(signal.SIGTERM)  # warm shutdown
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the group this fixture started
            process.wait()


@pytest.fixture
def worker(worker_process):
    """The module's worker, rendering normally into this test's media root; idle afterwards."""
    worker_process.reset()
    worker_process.steer()
    yield worker_process
    worker_process.steer()
    worker_process.wait_idle()


def certificate_emails(worker: Worker, certificate: Certificate) -> list[dict]:
    """Messages the worker delivered about this certificate (training's own notices aside).

    Every email queued for the holder was delivered, so none is still waiting either.
    """
    holder = certificate.trainee.user.email
    waiting = OutgoingEmail.objects.filter(recipients=holder).exclude(status="sent")
    assert not waiting.exists()
    link, pdf = f"/verify/{certificate.code}/", f"{certificate.code}.pdf"
    return [m for m in worker.mails() if link in m["body"] or pdf in m["attachments"]]


def pdf_files() -> list[Path]:
    return sorted(p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file())


def assert_issued_once(worker: Worker, certificate_id: int) -> Certificate:
    """One valid certificate, its one PDF at the deterministic key, one email sent."""
    [certificate] = Certificate.objects.all()
    assert certificate.pk == certificate_id
    assert certificate.status == Status.VALID, certificate.last_error
    assert certificate.pdf == services.pdf_storage_name(certificate)
    directory = Path(settings.MEDIA_ROOT) / "certificates" / str(certificate.cluster_id)
    assert pdf_files() == [directory / f"{certificate.code}-r1.pdf"]
    assert pdf_files()[0].read_bytes().startswith(b"%PDF")
    assert CertificateEvent.objects.filter(certificate=certificate, action="issued").count() == 1
    [email] = certificate_emails(worker, certificate)
    assert email["to"] == [certificate.trainee.user.email]
    assert email["attachments"] == [f"{certificate.code}.pdf"]
    assert certificate.emailed_at is not None
    return certificate


def test_the_same_task_enqueued_five_times_at_once_issues_once(home, worker):
    enrollment = completed_enrollment(home)
    worker.steer(render="slow", delay=2)  # the duplicates arrive while the first renders
    certificate = services.certificate_request(enrollment_id=enrollment.pk)  # queues one
    start = threading.Barrier(4)

    def enqueue():
        start.wait()
        issue_certificate.delay(certificate.pk)

    at_once(enqueue, 4)
    wait_for(lambda: len(worker.runs()) == 5, "five runs of the task", worker)
    worker.wait_idle()
    issued = assert_issued_once(worker, certificate.pk)
    assert issued.attempts == 1
    assert len(worker.renders()) == 1
    # The duplicates really started while the first was rendering; they waited for its
    # lock, found the certificate valid and did nothing.
    events = worker.events()
    render_at = next(i for i, e in enumerate(events) if e[0] == "render")
    renderer = events[render_at][2]
    ended_at = next(
        i for i, e in enumerate(events) if i > render_at and e[0] == "end" and e[3] == renderer
    )
    overlapping = [e for e in events[render_at:ended_at] if e[0] == "start" and e[1] == ISSUE_TASK]
    assert overlapping, events


def test_a_double_click_on_issue_creates_one_certificate_and_one_email(home, worker):
    enrollment = completed_enrollment(home)
    worker.steer(render="slow", delay=0.5)
    click = threading.Barrier(2)

    def issue():
        click.wait()
        return services.certificate_request(enrollment_id=enrollment.pk).pk

    results = at_once(issue, 2)
    assert len(results) == 2 and len(set(results)) == 1
    wait_for(
        lambda: Certificate.objects.filter(status=Status.VALID).exists(), "the certificate", worker
    )
    worker.wait_idle()
    assert_issued_once(worker, results[0])
    assert CertificateEvent.objects.filter(action="requested").count() == 1
    assert len(worker.runs()) == 1  # the second click queued nothing


def test_a_worker_killed_mid_task_issues_once_after_the_restart(home, worker):
    enrollment = completed_enrollment(home)
    # The first render hangs until killed. A one-second claim window lets the test kill
    # it after the window, so the attempt after the restart counts as a second one.
    worker.steer(render="hang_once", delay=60, CERTIFICATES_CLAIM_WINDOW_SECONDS=1)
    certificate = services.certificate_request(enrollment_id=enrollment.pk)

    hung = worker.hooks / "hung"
    pid = int(wait_for(lambda: hung.exists() and hung.read_text(), "the hanging render", worker))
    certificate.refresh_from_db()
    assert (certificate.status, certificate.attempts) == (Status.PENDING, 1)
    time.sleep(1.2)
    os.kill(pid, signal.SIGKILL)  # a pool process of the worker this module started

    wait_for(
        lambda: Certificate.objects.filter(status=Status.VALID).exists(),
        "the certificate after the restart",
        worker,
    )
    worker.wait_idle()
    issued = assert_issued_once(worker, certificate.pk)
    assert issued.attempts == 2
    first, second = worker.renders()
    assert first[2] == str(pid) and second[2] != str(pid)  # a new pool process finished it
    assert worker.process.poll() is None  # the worker itself lived on
    assert "WorkerLostError" in worker.log()


def test_a_task_that_keeps_failing_stops_after_three_attempts(home, worker):
    enrollment = completed_enrollment(home)
    worker.steer(render="fail", CERTIFICATES_CLAIM_WINDOW_SECONDS=0, CERTIFICATES_RETRY_SECONDS=0.1)
    certificate = services.certificate_request(enrollment_id=enrollment.pk)

    wait_for(
        lambda: Certificate.objects.filter(status=Status.FAILED).exists(), "the failure", worker
    )
    worker.wait_idle()
    time.sleep(1)  # nothing runs afterwards
    assert not worker.busy()
    [failed] = Certificate.objects.all()
    assert failed.pk == certificate.pk
    assert (failed.status, failed.state, failed.attempts) == (Status.FAILED, "failed", 3)
    assert failed.last_error == "RuntimeError: the PDF renderer is broken (worker test)"
    [event] = CertificateEvent.objects.filter(action="failed")
    assert event.reason == failed.last_error
    assert len(worker.runs()) == 3 and len(worker.renders()) == 3
    assert failed.pdf == "" and pdf_files() == []
    assert certificate_emails(worker, failed) == []
    assert failed.emailed_at is None
