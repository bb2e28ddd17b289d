"""Benchmark: issuing certificates on a real Celery worker, and the verification page (issue 6).

Run on demand (not part of the suite):

    .venv/bin/python bench/certificates_issue.py [--count 120] [--seconds 10] [--skip-setup]

Defaults: DATABASE_URL postgres://postgres@127.0.0.1:5432/lms_bench_cert (a database
of its own, created if missing; `--drop` drops it at the end), CACHE_URL
redis://127.0.0.1:6379/12, the broker BENCH_BROKER_URL redis://127.0.0.1:6379/13.
Set-up, as the other benchmarks: migrate, seed the demo data (about 5 minutes the
first time; it signs the 720 demo certificates), collect static files, compile the
translations; `--skip-setup` skips it. Production settings throughout, with the
issuer key of bench/_server.py (3072-bit RSA, as production's) and uploaded files in
var/bench-cert-media.

A `prepare` step (in-process tasks, emails delivered to memory) deletes what earlier
runs made and makes: benchmark trainees (accented names), the Querétaro cluster's
default completion template with a logo, a background and a scanned signature (the
heaviest design), and cohorts of 30 of an in-person course (EM-102) — a warm-up
cohort of 3, `--count` / 30 cohorts whose enrollments are completed quietly (as the
test factories do: no event, nothing queued), and one cohort that ended yesterday
with its two sessions attended, lessons read and assessment passed, written in bulk
as cms/seed_delivery.py does, but not finished yet.

Then one Celery worker (`celery -A lms worker --pool solo`, one process, one task at a
time; `--pool prefork` runs prefork with concurrency 1) consumes the broker, and:

  (a) throughput: `certificates.services.certificate_request` for the --count
      completed enrollments in one transaction; from its commit (which queues the
      tasks) until every certificate is VALID: PDF with QR, credential signed (RS256),
      PDF written to storage, email queued. Certificates per second per worker
      (target >= 5/s). The emails' delivery tasks queue behind the certificates on
      the same worker; their drain time is printed apart.
  (b) a 30-seat cohort closing: `training.completion.cohort_finish`, whose 30
      `enrollment_completed` events request 30 certificates; from the call until all
      30 are VALID, with the one worker (target <= 15 s).
  (c) the verification page /es/verify/<code>/ under gunicorn (production settings,
      gthread, --workers x --threads, 3 x 4 by default), 20 client threads on
      keep-alive connections asking for random issued codes without pause, for
      --seconds after a 3 s warm-up on the same connections; p50/p95/max and
      requests/s (target p95 <= 150 ms at 20 clients), and the queries of one
      request (Django's test client, after a warm-up request; target <= 2). The
      connections carry on from the warm-up: gthread workers accept connections while
      their threads are busy, and a burst of new keep-alive connections piles onto one
      worker for seconds (benoitc/gunicorn#908); the first request of each new
      connection is reported apart.

The verify view allows 60 look-ups per client address a minute (core.ratelimit, keyed
by REMOTE_ADDR: django-ipware is not installed, so X-Forwarded-For is not read). The
clients therefore look like many visitors: each connection is bound to its own
loopback source address (127.x.y.z) and replaced after 55 requests, so no address
reaches the limit; the rate-limit counter in Redis is still paid on every request.
Any 429 is counted and reported.
"""

import argparse
import collections
import http.client
import itertools
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

from _server import (
    ENV,
    HOST,
    PORT,
    ROOT,
    ensure_database,
    gunicorn,
    manage,
    percentile,
)

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/lms_bench_cert"
BROKER = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/13")
MEDIA = ROOT / "var" / "bench-cert-media"
BENCH_NAME = "Certificate benchmark"  # cohort-name prefix no other benchmark uses
EMAIL_DOMAIN = "bench-cert.example.com"
CLUSTER, COURSE, SEATS, WARM_UP = "queretaro", "EM-102", 30, 3
VERIFY_PATH = "/es/verify/{}/"
PER_ADDRESS = 55  # requests per client address: under the verify view's 60 a minute

BASE_ENV = {
    **ENV,
    "DATABASE_URL": os.environ.get("DATABASE_URL", DEFAULT_DATABASE),
    "CACHE_URL": os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/12"),
    "MEDIA_ROOT": str(MEDIA),
    "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}
# Preparing runs tasks in-process (no broker): its enrollment emails go to memory.
SCRIPT_ENV = {**BASE_ENV, "CELERY_BROKER_URL": "", "CELERY_TASK_ALWAYS_EAGER": "true"}
# The timed steps and the worker use the broker, as in production.
BROKER_ENV = {**BASE_ENV, "CELERY_BROKER_URL": BROKER, "CELERY_TASK_ALWAYS_EAGER": "false"}


# --- inside Django (run as `certificates_issue.py --django <step> [args]`) ------------


def _django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _image(title: str, size, fmt: str, draw):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image, ImageDraw
    from wagtail.images import get_image_model

    picture = Image.new("RGB", size, "white")
    draw(ImageDraw.Draw(picture), size)
    buffer = io.BytesIO()
    picture.save(buffer, fmt)
    name = f"bench-cert-{title}.{fmt.lower()}"
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name=name))


def _brand_template(cluster) -> None:
    """The cluster's default completion template gets the images a real one has."""
    from certificates.models import CertificateTemplate, Kind

    template = CertificateTemplate.objects.get(
        cluster=cluster, kind=Kind.COMPLETION, is_default=True
    )
    if template.logo_id and template.background_id:
        return
    template.logo = _image(
        "Bench logo",
        (800, 300),
        "PNG",
        lambda d, s: (d.ellipse((20, 20, 280, 280), fill="#7a1f3d"), d.text((320, 140), "QRO")),
    )
    template.background = _image(
        "Bench fondo",
        (1600, 1000),
        "JPEG",
        lambda d, s: [
            d.line((x, 0, x + 400, s[1]), fill="#c9a227", width=8) for x in range(0, 1600, 60)
        ],
    )
    template.save()
    signature = _image(
        "Bench firma",
        (600, 240),
        "PNG",
        lambda d, s: d.line((30, 180, 200, 60, 380, 200, 560, 40), width=6),
    )
    first = template.signatories.order_by("sort_order", "pk").first()
    first.signature = signature
    first.save(update_fields=["signature"])


def forget() -> dict:
    _django()
    _forget_earlier_runs()
    return {}


def _forget_earlier_runs() -> None:
    from django.core.files.storage import default_storage

    from certificates.models import Certificate
    from core.models import OutgoingEmail
    from training.models import Cohort, Enrollment

    old = Cohort.objects.filter(name__startswith=BENCH_NAME)
    for name in (
        Certificate.objects.filter(enrollment__cohort__in=old)
        .exclude(pdf="")
        .values_list("pdf", flat=True)
    ):
        default_storage.delete(name)
    Certificate.objects.filter(enrollment__cohort__in=old).delete()
    Enrollment.objects.filter(cohort__in=old).delete()  # with changes, attendance, lessons
    old.delete()  # with sessions
    OutgoingEmail.objects.filter(recipients__contains=f"@{EMAIL_DOMAIN}").delete()


def prepare(throughput: int) -> dict:
    """Trainees, the branded template, and the cohorts of the three measures (see above)."""
    _django()
    from datetime import datetime, timedelta
    from datetime import time as clock

    from django.db import transaction
    from django.utils import timezone

    from clusters.models import Cluster, Company, TraineeProfile, User
    from clusters.services import profile_save
    from core.models import OutgoingEmail
    from courses.models import CoursePage
    from courses.selectors import lesson_keys
    from training import services
    from training.models import (
        AssessmentAttempt,
        Attendance,
        Cohort,
        Enrollment,
        LessonProgress,
        Session,
    )
    from training.schedule import local_slot

    _forget_earlier_runs()
    cluster = Cluster.objects.get(slug=CLUSTER)
    _brand_template(cluster)
    company = (
        Company.objects.filter(memberships__cluster=cluster)
        .exclude(tier=Company.Tier.ACADEMIA)
        .order_by("legal_name", "pk")
        .first()
    )
    course = CoursePage.objects.get(code=COURSE, locale__language_code="es")
    names = ["María José", "Begoña", "Íñigo", "Ramón", "Sofía", "Nicolás", "Zoé", "Héctor"]
    surnames = ["Núñez", "Ibáñez", "Gutiérrez", "Peña", "Muñoz", "Álvarez", "Cortés", "Ríos"]
    needed = WARM_UP + throughput + SEATS
    profiles = []
    for n in range(1, needed + 1):
        email = f"bench-cert-{n:04d}@{EMAIL_DOMAIN}"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(username=f"bench-cert-{n:04d}", email=email)
            user.set_unusable_password()
            user.save()
        profile = TraineeProfile.objects.filter(user=user).first() or profile_save(
            user=user,
            given_names=names[n % len(names)],
            paternal_surname=surnames[n % len(surnames)],
            maternal_surname=f"Prueba {n:04d}",
            occupation="Técnico de mantenimiento",
            trainee_type="technician",
            cluster=cluster,
            company=company,
        )
        profiles.append(profile)

    today = timezone.localdate(timezone.now(), cluster.tzinfo)
    first_day, last_day = today - timedelta(days=2), today - timedelta(days=1)

    def cohort(label: str, people) -> Cohort:
        made = services.cohort_save(
            actor=None,
            course=course,
            cluster=cluster,
            name=f"{BENCH_NAME}: {label}",
            starts_on=first_day,
            ends_on=last_day,
            capacity=SEATS,
            modality=course.modality,
            location="Sala de capacitación, El Marqués",
            status=Cohort.Status.CLOSED,
        )
        for profile in people:
            services.enrollment_add(actor=None, cohort_id=made.pk, profile=profile)
        return made

    def complete_quietly(made: Cohort) -> None:
        Enrollment.objects.filter(cohort=made).update(
            status=Enrollment.Status.COMPLETED, completed_at=timezone.now()
        )

    warm = cohort("warm-up", profiles[:WARM_UP])
    complete_quietly(warm)
    rest = profiles[WARM_UP:]
    batches = []
    for i in range(0, throughput, SEATS):
        made = cohort(f"throughput {i // SEATS + 1}", rest[i : min(i + SEATS, throughput)])
        complete_quietly(made)
        batches.append(made.pk)
    closing = cohort("closing", rest[throughput : throughput + SEATS])

    # What happened in the closing cohort: two 8-hour days attended, every lesson read,
    # the assessment passed, written in bulk as the demo seed does (no rule applied yet).
    with transaction.atomic():
        tz = cluster.tzinfo
        slots = [local_slot(day, clock(9), clock(17), tz) for day in (first_day, last_day)]
        sessions = Session.objects.bulk_create(
            Session(
                cohort=closing,
                cluster_id=cluster.pk,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                topic=f"Día {n}",
                notified_sequence=0,
            )
            for n, slot in enumerate(slots, start=1)
        )
        enrollments = list(Enrollment.objects.filter(cohort=closing))
        Attendance.objects.bulk_create(
            Attendance(
                session=session,
                enrollment=enrollment,
                cluster_id=cluster.pk,
                status=Attendance.Status.PRESENT,
                method=Attendance.Method.INSTRUCTOR,
                recorded_at=session.starts_at + timedelta(minutes=10),
            )
            for session in sessions
            for enrollment in enrollments
        )
        keys = lesson_keys(course=course)
        LessonProgress.objects.bulk_create(
            LessonProgress(enrollment=e, lesson_key=key, completed_at=sessions[0].ends_at)
            for e in enrollments
            for key in keys
        )
        AssessmentAttempt.objects.bulk_create(
            AssessmentAttempt(
                enrollment=e,
                number=1,
                score=100,
                passed=True,
                submitted_at=datetime.combine(last_day, clock(16), tzinfo=tz),
            )
            for e in enrollments
        )
    OutgoingEmail.objects.filter(recipients__contains=f"@{EMAIL_DOMAIN}").delete()
    return {
        "warm_up": warm.pk,
        "throughput": batches,
        "closing": closing.pk,
        "closing_enrolled": len(enrollments),
        "template_images": True,
    }


def _wait_valid(ids: list[int], timeout: float) -> tuple[float, dict]:
    """Poll until every certificate is valid (or failed, or time is up); when, and statuses."""
    from django.db.models import Count

    from certificates.models import Certificate

    deadline = time.monotonic() + timeout
    while True:
        rows = dict(
            Certificate.objects.filter(pk__in=ids)
            .values_list("status")
            .annotate(n=Count("pk"))
            .values_list("status", "n")
        )
        now = time.monotonic()
        done = rows.get("valid", 0) + rows.get("failed", 0)
        if done >= len(ids) or now > deadline:
            return now, rows
        time.sleep(0.05)


def _wait_emails(ids: list[int], timeout: float) -> dict:
    """After the certificates: until the worker has delivered each one's email."""
    from django.db.models import Count

    from certificates.models import Certificate
    from core.models import OutgoingEmail

    to = Certificate.objects.filter(pk__in=ids).values_list("trainee__user__email", flat=True)
    emails = OutgoingEmail.objects.filter(recipients__in=list(to))
    began = time.monotonic()
    while True:
        rows = dict(emails.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
        if rows.get("sent", 0) >= len(ids) or time.monotonic() - began > timeout:
            return {"emails_s": time.monotonic() - began, "emails": rows}
        time.sleep(0.1)


def _issue_spread(ids: list[int]) -> dict:
    """When the certificates were marked valid (their ISSUED events), first and last."""
    from django.db.models import Max, Min

    from certificates.models import CertificateEvent

    found = CertificateEvent.objects.filter(
        certificate_id__in=ids, action=CertificateEvent.Action.ISSUED
    ).aggregate(first=Min("at"), last=Max("at"))
    return {
        "first_to_last_s": (found["last"] - found["first"]).total_seconds()
        if found["first"]
        else None
    }


def request(*cohort_ids: int) -> dict:
    """certificate_request for every enrollment of these cohorts, in one transaction;
    the time from its commit until all are valid."""
    _django()
    from django.db import transaction

    from certificates.services import certificate_request
    from training.models import Enrollment

    enrollment_ids = list(
        Enrollment.objects.filter(cohort_id__in=cohort_ids)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    began = time.monotonic()
    with transaction.atomic():
        ids = [certificate_request(enrollment_id=e).pk for e in enrollment_ids]
    committed = time.monotonic()  # the tasks were queued on commit, in the block's exit
    ended, rows = _wait_valid(ids, timeout=60 + 5 * len(ids))
    return {
        "count": len(ids),
        "request_s": committed - began,
        "seconds": ended - committed,
        "statuses": rows,
        **_issue_spread(ids),
        **(_wait_emails(ids, timeout=300) if rows.get("valid") == len(ids) else {}),
    }


def close(cohort_id: int) -> dict:
    """Finish the cohort (the completion rule decides); time until its certificates are valid."""
    _django()
    from certificates.models import Certificate
    from training.completion import cohort_finish
    from training.models import Enrollment

    began = time.monotonic()
    cohort_finish(actor=None, cohort_id=cohort_id)  # events and requests run after commit
    finished = time.monotonic()
    completed = Enrollment.objects.filter(
        cohort_id=cohort_id, status=Enrollment.Status.COMPLETED
    ).count()
    ids = list(
        Certificate.objects.filter(enrollment__cohort_id=cohort_id).values_list("pk", flat=True)
    )
    ended, rows = _wait_valid(ids, timeout=300)
    return {
        "completed": completed,
        "count": len(ids),
        "finish_s": finished - began,  # the finish and the 30 requests, in this process
        "seconds": ended - began,
        "statuses": rows,
        **_issue_spread(ids),
        **(_wait_emails(ids, timeout=300) if rows.get("valid") == len(ids) else {}),
    }


def codes() -> dict:
    """Every code a visitor could verify: issued and not revoked (demo and benchmark)."""
    _django()
    from certificates.models import Certificate

    found = list(
        Certificate.objects.filter(status=Certificate.Status.VALID).values_list("code", flat=True)
    )
    return {"codes": found}


def queries(code: str) -> dict:
    """Queries and in-process time of one verification request, after a warm-up request."""
    _django()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    path = VERIFY_PATH.format(code)
    unknown = VERIFY_PATH.format("A" * 26)
    assert client.get(path, secure=True).status_code == 200
    # Read each capture before the next request: Django empties the query log per request.
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, secure=True)
    assert response.status_code == 200, response.status_code
    found = [q["sql"][:90] for q in captured.captured_queries]
    with CaptureQueriesContext(connection) as missing:
        answer = client.get(unknown, secure=True)
    unknown_sql = [q["sql"][:90] for q in missing.captured_queries]

    def median_ms(url: str) -> float:
        times = []
        for n in range(40):  # a client address each: under the 60 a minute
            began = time.perf_counter()
            client.get(url, secure=True, REMOTE_ADDR=f"10.{n}.{os.getpid() % 250}.{len(url)}")
            times.append((time.perf_counter() - began) * 1000)
        return statistics.median(times)

    return {
        "queries": len(found),
        "sql": found,
        "unknown_status": answer.status_code,
        "unknown_queries": len(unknown_sql),
        "unknown_sql": unknown_sql,
        "in_process_ms": median_ms(path),
        # The JSON form: the same look-up and rate limit, no page template.
        "json_ms": median_ms(f"/verify/{code}.json"),
    }


def django_step(step: str, *args, env: dict) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--django", step, *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if out.returncode:
        sys.exit(f"the {step} step failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- the worker ---------------------------------------------------------------------


def _queue_keys(client) -> list:
    return [k for k in client.scan_iter("lms*") if client.type(k) == b"list"]


def empty_broker() -> int:
    """Drop tasks an earlier (interrupted) run left in the benchmark's broker."""
    import redis

    client = redis.Redis.from_url(BROKER)
    keys = _queue_keys(client)
    dropped = sum(client.llen(k) for k in keys)
    if keys:
        client.delete(*keys)
    client.delete("unacked", "unacked_index")
    return dropped


def start_worker(pool: str) -> subprocess.Popen:
    """One worker process, one task at a time, on the queue the project uses."""
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/celery"),
            "-A",
            "lms",
            "worker",
            "--pool",
            pool,
            "--concurrency",
            "1",
            "--queues",
            "lms",
            "--hostname",
            f"bench-cert-{os.getpid()}@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel",
            "warning",
        ],
        cwd=ROOT,
        env=BROKER_ENV,
    )


def stop_worker(worker: subprocess.Popen) -> None:
    worker.send_signal(signal.SIGTERM)  # warm shutdown: the current task finishes
    try:
        worker.wait(timeout=60)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


# --- the verification clients --------------------------------------------------------


class Addresses:
    """Loopback source addresses 127.x.y.z (x >= 1): one visitor each. Numbered from a
    random start, so a run soon after another does not meet its rate-limit counters."""

    def __init__(self):
        self.start = random.randrange(100 * 64_516)
        self.numbers = itertools.count(self.start)
        self.lock = threading.Lock()

    def next(self) -> str:
        with self.lock:
            n = next(self.numbers)
        return f"127.{1 + n // 64_516 % 250}.{n // 254 % 254 + 1}.{n % 254 + 1}"

    def used(self) -> int:
        with self.lock:
            return next(self.numbers) - self.start


def verify_load(
    codes: list[str], clients: int, warm: float, seconds: float, addresses: Addresses
) -> dict:
    """Each client asks for random codes for `warm` + `seconds`; only the requests begun
    after the warm-up count. The connections carry on from the warm-up into the measure
    (a burst of fresh connections would measure gunicorn's accepting, see the notes)."""
    began_at = time.monotonic()
    measure_from, stop = began_at + warm, began_at + warm + seconds
    results = {
        "latencies": [],
        "first": [],  # the first request on each new connection (also in latencies)
        "statuses": collections.Counter(),
        "errors": collections.Counter(),
    }
    lock = threading.Lock()

    def client(seed: int):
        rng = random.Random(seed)
        latencies, first, statuses, errors = [], [], collections.Counter(), collections.Counter()
        conn, used = None, PER_ADDRESS
        while (now := time.monotonic()) < stop:
            counted = now >= measure_from
            if used >= PER_ADDRESS:
                if conn:
                    conn.close()
                conn = http.client.HTTPConnection(
                    HOST, PORT, timeout=30, source_address=(addresses.next(), 0)
                )
                used = 0
            path = VERIFY_PATH.format(rng.choice(codes))
            began = time.perf_counter()
            try:
                conn.request("GET", path, headers={"X-Forwarded-Proto": "https"})
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as exc:
                errors[type(exc).__name__] += counted
                conn.close()
                used = PER_ADDRESS
                continue
            elapsed = time.perf_counter() - began
            used += 1
            if not counted:
                continue
            statuses[response.status] += 1
            if response.status == 200:
                latencies.append(elapsed)
                if used == 1:
                    first.append(elapsed)
        if conn:
            conn.close()
        with lock:
            results["latencies"] += latencies
            results["first"] += first
            results["statuses"].update(statuses)
            results["errors"].update(errors)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def summary(latencies: list[float]) -> str:
    values = sorted(v * 1000 for v in latencies)
    if not values:
        return "no answers"
    return (
        f"n={len(values)}  p50={statistics.median(values):.1f} ms  "
        f"p95={percentile(values, 0.95):.1f} ms  max={values[-1]:.1f} ms"
    )


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# --- main ----------------------------------------------------------------------------


def setup() -> None:
    """As bench/_server.setup, in this benchmark's database and media directory."""
    ensure_database(BASE_ENV["DATABASE_URL"])
    manage("migrate", "--noinput", "-v", "0", env=SCRIPT_ENV)
    # Before seeding: seed_demo would give an earlier run's cohorts sessions and finish them.
    django_step("forget", env=SCRIPT_ENV)
    manage("seed_demo", env=SCRIPT_ENV)
    manage("collectstatic", "--noinput", "-v", "0", env=SCRIPT_ENV)
    manage("compilemessages", "--ignore=.venv", "--ignore=.tools", "-v", "0", env=SCRIPT_ENV)


def drop_database() -> None:
    import environ
    import psycopg

    config = environ.Env.db_url_config(BASE_ENV["DATABASE_URL"])
    name = config["NAME"]
    if not name.startswith("lms_bench"):
        sys.exit(f"--drop refuses to drop {name!r}: only lms_bench* databases")
    with psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    shutil.rmtree(MEDIA, ignore_errors=True)
    print(f"dropped the database {name} and {MEDIA}")


def issuing(args) -> None:
    began = time.monotonic()
    plan = django_step("prepare", args.count, env=SCRIPT_ENV)
    print(
        f"prepared {WARM_UP} + {args.count} completed enrollments and a closing cohort of "
        f"{plan['closing_enrolled']} ({COURSE}, template with logo, background and signature) "
        f"in {time.monotonic() - began:.1f} s"
    )
    dropped = empty_broker()
    if dropped:
        print(f"(dropped {dropped} tasks left in {BROKER} by an earlier run)")
    worker = start_worker(args.pool)
    try:
        warm = django_step("request", plan["warm_up"], env=BROKER_ENV)
        if warm["statuses"].get("valid") != warm["count"]:
            sys.exit(f"the warm-up certificates were not issued: {warm['statuses']}")
        print(
            f"worker ({args.pool}, concurrency 1) up; warm-up: {warm['count']} certificates "
            f"valid {warm['seconds']:.1f} s after the request (includes the worker's start)"
        )

        if args.only in (None, "issue"):
            print(f"\nload average before (a): {load()} (2 cores)")
            r = django_step("request", *plan["throughput"], env=BROKER_ENV)
            rate = r["count"] / r["seconds"]
            spread = r["first_to_last_s"]
            steady = (r["count"] - 1) / spread if spread else float("nan")
            print(f"(a) throughput, one worker: {r['count']} certificates")
            print(
                f"    all valid {r['seconds']:.2f} s after the commit that queued them: "
                f"{rate:.2f} certificates/s ({1000 / rate:.0f} ms each); first to last "
                f"issued {spread:.2f} s ({steady:.2f}/s); statuses {r['statuses']}"
            )
            print(
                f"    requesting them (one transaction, this process) took {r['request_s']:.2f} s"
            )
            print(
                f"    their emails (PDF attached), delivered by the same worker after the "
                f"certificates (to memory): all sent {r.get('emails_s', 0):.1f} s later "
                f"{r.get('emails', 'not waited for')}"
            )
            print(f"    load average after (a): {load()}")

        if args.only in (None, "close"):
            print(f"\nload average before (b): {load()}")
            r = django_step("close", plan["closing"], env=BROKER_ENV)
            print(f"(b) a {SEATS}-seat cohort finished: {r['completed']} completed by the rule")
            print(
                f"    all {r['count']} certificates valid {r['seconds']:.2f} s after the close "
                f"(finish and the {r['count']} requests took {r['finish_s']:.2f} s of it); "
                f"first to last issued {r['first_to_last_s']:.2f} s; statuses {r['statuses']}"
            )
            print(
                f"    their emails all sent {r.get('emails_s', 0):.1f} s after the last "
                f"certificate {r.get('emails', 'not waited for')}"
            )
            print(f"    load average after (b): {load()}")
    finally:
        stop_worker(worker)


def verifying(args) -> None:
    found = django_step("codes", env=SCRIPT_ENV)["codes"]
    cost = django_step("queries", found[0], env={**SCRIPT_ENV, "ALLOWED_HOSTS": "testserver"})
    print(
        f"\n(c) verification page: {len(found)} valid codes; one request in-process "
        f"(test client): {cost['queries']} queries, {cost['in_process_ms']:.1f} ms median "
        f"(its JSON form {cost['json_ms']:.1f} ms); "
        f"an unknown code: HTTP {cost['unknown_status']}, {cost['unknown_queries']} queries"
    )
    for sql in cost["sql"]:
        print(f"      {sql}")
    print("    the unknown code's:")
    for sql in cost["unknown_sql"]:
        print(f"      {sql}")
    addresses = Addresses()
    with gunicorn(workers=args.workers, threads=args.threads, env=BROKER_ENV):
        print(f"    load average before: {load()}")
        r = verify_load(found, args.clients, 3, args.seconds, addresses)  # 3 s warm-up
    answered = sum(r["statuses"].values())
    print(
        f"    {args.clients} clients, {args.seconds:.0f} s, gunicorn {args.workers} workers x "
        f"{args.threads} threads: {summary(r['latencies'])}"
    )
    print(
        f"    {answered / args.seconds:.1f} requests/s; HTTP {dict(r['statuses'])}; "
        f"errors {dict(r['errors']) or 'none'}; client addresses used "
        f"{addresses.used()}"
    )
    print(
        f"    of which the first request on each of {len(r['first'])} new connections: "
        f"{summary(r['first'])}"
    )
    print(f"    load average after: {load()}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=120, help="certificates in (a)")
    parser.add_argument("--pool", choices=["solo", "prefork"], default="solo")
    parser.add_argument("--seconds", type=float, default=10, help="length of (c)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers in (c)")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--only", choices=["issue", "close", "verify"], default=None)
    parser.add_argument("--skip-setup", action="store_true")
    parser.add_argument("--drop", action="store_true", help="drop the database at the end")
    args = parser.parse_args()
    print(f"database {BASE_ENV['DATABASE_URL']}, broker {BROKER}, cache {BASE_ENV['CACHE_URL']}")
    if not args.skip_setup:
        began = time.monotonic()
        setup()
        print(
            f"set-up (migrate, seed, static files, translations) {time.monotonic() - began:.0f} s"
        )
    try:
        if args.only != "verify":
            issuing(args)
        if args.only in (None, "verify"):
            verifying(args)
    finally:
        if args.drop:
            drop_database()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--django":
        step, *rest = sys.argv[2:]
        functions = {
            "prepare": lambda n: prepare(int(n)),
            "request": lambda *ids: request(*map(int, ids)),
            "close": lambda cohort: close(int(cohort)),
            "codes": codes,
            "forget": forget,
            "queries": queries,
        }
        print(json.dumps(functions[step](*rest), default=str))
    else:
        main()
