"""Benchmark: enrolling under load, against gunicorn on PostgreSQL (issue 4).

Run on demand (not part of the suite):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench \
    CACHE_URL=redis://127.0.0.1:6379/3 \
    .venv/bin/python bench/enrollment_load.py [--seconds 15] [--skip-setup]

Set-up, as bench/catalog_latency.py: migrate, seed, collect static files, compile the
translations (`--skip-setup` skips it). Then a Django script in the benchmark database
(`prepare`, below) makes what the clients need, and deletes what earlier runs made:

- 200 benchmark trainees (`bench-trainee-NNN@bench.example.com`), complete profiles,
  at a company that needs no approval, each with a fresh logged-in session (made with
  Django's session store, as `Client.force_login` does: no login form, no axes);
- a "latency" cohort (10,000 seats), one small cohort per latency client, and a
  "burst" cohort (30 seats), of two courses without prerequisites, open to the network.

Every request is what a browser sends: the session and CSRF cookies, the CSRF token
read from a page beforehand, `Referer`/`Origin`, `X-Forwarded-Proto: https`. The
server does what it does in production; its Celery tasks (the enrollment emails) go
to a Redis queue that no worker consumes (`BENCH_BROKER_URL`, default
redis://127.0.0.1:6379/4), as with the workers on other machines, and that queue is
emptied at the end. The responses are redirects (302), which are not followed.

Scenarios:
  (a) latency: 20 clients, each a different trainee, for --seconds: POST enroll in
      the latency cohort, then POST withdraw (which resets it), again and again;
      p50/p95 of each. Target: enroll p95 <= 300 ms at 20 clients.
  (a') the same with each client in a cohort of their own: no two requests wait for
      the same cohort row lock, so the difference with (a) is the cost of that lock.
  (b) burst: 200 different trainees POST enroll in the 30-seat cohort at the same
      instant (connections open, threads released by a barrier). Prints the time until
      all are answered (target <= 3 s), the HTTP statuses, and from the database the
      number enrolled (must be 30) and waitlisted (170), and whether the cohort's
      counters match its rows.
"""

import argparse
import collections
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

from _server import ENV, HOST, PORT, ROOT, gunicorn, percentile, require_database, setup

BENCH_NAME = "Enrollment load benchmark"  # a prefix no other benchmark uses
EMAIL_DOMAIN = "bench.example.com"
LATENCY_COURSE, BURST_COURSE = "I4-07", "I4-10"
BROKER = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/4")
# The server queues tasks for workers that are not running; the set-up scripts run
# them in-process and deliver to memory (their few emails go nowhere).
SERVER_ENV = {**ENV, "CELERY_BROKER_URL": BROKER, "CELERY_TASK_ALWAYS_EAGER": "false"}
SCRIPT_ENV = {
    **ENV,
    "CELERY_BROKER_URL": "",
    "CELERY_TASK_ALWAYS_EAGER": "true",
    "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# --- inside Django (run as `enrollment_load.py --django <step>`) ------------------------


def _django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def prepare(trainee_count: int, latency_clients: int, seats: int) -> dict:
    """Benchmark trainees with sessions, and fresh latency and burst cohorts."""
    _django()
    from datetime import timedelta
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.urls import reverse
    from django.utils import timezone, translation

    from clusters.models import Cluster, Company, TraineeProfile, User
    from clusters.services import profile_save
    from core.models import OutgoingEmail
    from courses.models import CoursePage
    from training import services
    from training.models import Cohort, Enrollment, EnrollmentChange

    # What earlier runs left: benchmark rows only.
    old = Cohort.objects.filter(name__startswith=BENCH_NAME)
    EnrollmentChange.objects.filter(enrollment__cohort__in=old).delete()
    Enrollment.objects.filter(cohort__in=old).delete()
    old.delete()
    OutgoingEmail.objects.filter(recipients__contains=f"@{EMAIL_DOMAIN}").delete()

    cluster = Cluster.objects.get(slug="nuevo-leon")
    company = (
        Company.objects.filter(memberships__cluster=cluster, requires_enrollment_approval=False)
        .exclude(tier=Company.Tier.ACADEMIA)
        .order_by("legal_name", "pk")
        .first()
    )
    profiles = []
    for n in range(1, trainee_count + 1):
        email = f"bench-trainee-{n:03d}@{EMAIL_DOMAIN}"
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(username=f"bench-trainee-{n:03d}", email=email)
            user.set_unusable_password()
            user.save()
        profile = TraineeProfile.objects.filter(user=user).first() or profile_save(
            user=user,
            given_names="Prueba",
            paternal_surname=f"Carga {n:03d}",
            occupation="Ingeniería de pruebas",
            trainee_type="engineer",
            cluster=cluster,
            company=company,
        )
        profiles.append(profile)

    start = timezone.localdate() + timedelta(days=60)

    def cohort(code: str, name: str, capacity: int) -> Cohort:
        course = CoursePage.objects.get(code=code, locale__language_code="es")
        return services.cohort_save(
            actor=None,
            course=course,
            cluster=cluster,
            name=name,
            starts_on=start,
            ends_on=start + timedelta(days=2),
            capacity=capacity,
            modality=course.modality,
            location="Sala de pruebas de carga" if course.modality != "online" else "",
            online_url="https://aulas.example.com/carga" if course.modality != "in_person" else "",
            status=Cohort.Status.OPEN,
        )

    latency = cohort(LATENCY_COURSE, f"{BENCH_NAME}: latency", 10_000)
    burst = cohort(BURST_COURSE, f"{BENCH_NAME}: burst", seats)
    # The latency clients' rows exist (withdrawn), in the shared cohort and in one of
    # their own, so each client knows its withdraw URLs.
    rows: dict[int, dict[str, tuple[int, int]]] = {}
    for n, profile in enumerate(profiles[:latency_clients], start=1):
        own = cohort(LATENCY_COURSE, f"{BENCH_NAME}: own cohort {n:03d}", 5)
        for key, target in (("shared", latency), ("own", own)):
            enrollment = services.enrollment_add(actor=None, cohort_id=target.pk, profile=profile)
            services.enrollment_withdraw(actor=profile.user, enrollment_id=enrollment.pk)
            rows.setdefault(profile.pk, {})[key] = (target.pk, enrollment.pk)
    OutgoingEmail.objects.filter(recipients__contains=f"@{EMAIL_DOMAIN}").delete()

    store = import_module(settings.SESSION_ENGINE).SessionStore
    backend = "django.contrib.auth.backends.ModelBackend"
    clients = []
    with translation.override("es"):
        for profile in profiles:
            session = store()
            session[SESSION_KEY] = str(profile.user.pk)
            session[BACKEND_SESSION_KEY] = backend
            session[HASH_SESSION_KEY] = profile.user.get_session_auth_hash()
            session.create()
            paths = {
                key: {
                    "enroll": reverse("cohort_enroll", args=[cohort_id]),
                    "withdraw": reverse("enrollment_withdraw", args=[enrollment_id]),
                }
                for key, (cohort_id, enrollment_id) in rows.get(profile.pk, {}).items()
            }
            clients.append({"session": session.session_key, **paths})
        return {
            "latency": {
                "id": latency.pk,
                "page": latency.course.url,
            },
            "burst": {
                "id": burst.pk,
                "enroll": reverse("cohort_enroll", args=[burst.pk]),
                "page": burst.course.url,
            },
            "form_page": reverse("profile"),
            "my_learning": reverse("my_learning"),
            "clients": clients,
        }


def count(cohort_id: int) -> dict:
    """A cohort's counters, its rows by status, its history rows and its queued emails."""
    _django()
    from django.db.models import Count

    from core.models import OutgoingEmail
    from training.models import Cohort, EnrollmentChange

    cohort = Cohort.objects.get(pk=cohort_id)
    rows = dict(
        cohort.enrollments.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    return {
        "capacity": cohort.capacity,
        "enrolled_count": cohort.enrolled_count,
        "waitlist_count": cohort.waitlist_count,
        "pending_count": cohort.pending_count,
        "rows": rows,
        "changes": EnrollmentChange.objects.filter(enrollment__cohort=cohort).count(),
        "all_changes": EnrollmentChange.objects.filter(
            enrollment__cohort__name__startswith=BENCH_NAME
        ).count(),
        "emails": OutgoingEmail.objects.filter(recipients__contains=f"@{EMAIL_DOMAIN}").count(),
    }


def in_process(cohort_id: int, rounds: int) -> dict:
    """One client, no network: what an enroll and a withdraw cost in the server's Python
    (Django's test client, the server's settings), their queries, and how much of it is
    the email if the request renders it (None when it is left to a Celery task)."""
    _django()
    from unittest import mock

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse
    from django.utils import translation

    from training import notifications
    from training.models import Enrollment

    enrollment = (
        Enrollment.objects.filter(cohort_id=cohort_id, status=Enrollment.Status.WITHDRAWN)
        .select_related("trainee__user")
        .first()
    )
    client = Client()
    client.force_login(enrollment.trainee.user)
    with translation.override("es"):
        enroll = reverse("cohort_enroll", args=[cohort_id])
        withdraw = reverse("enrollment_withdraw", args=[enrollment.pk])
    notify_times: list[float] = []
    real_notify = notifications.notify

    def timed_notify(**kwargs):
        began = time.perf_counter()
        real_notify(**kwargs)
        notify_times.append(time.perf_counter() - began)

    times = {"enroll": [], "withdraw": []}
    queries = {}
    with mock.patch.object(notifications, "notify", timed_notify):
        for i in range(rounds + 2):
            for name, path in (("enroll", enroll), ("withdraw", withdraw)):
                with CaptureQueriesContext(connection) as captured:
                    began = time.perf_counter()
                    response = client.post(path, secure=True)
                    elapsed = time.perf_counter() - began
                assert response.status_code == 302, response.status_code
                if i >= 2:  # the first rounds warm templates and connections
                    times[name].append(elapsed * 1000)
                    queries[name] = len(captured.captured_queries)
    # Rendered in the request (after commit) or, if nothing was timed, left to a task.
    email = statistics.median(notify_times[4:]) * 1000 if notify_times[4:] else None
    return {
        name: {"ms": statistics.median(values), "queries": queries[name]}
        for name, values in times.items()
    } | {"email_ms": email}


def django_step(step: str, *args, env: dict | None = None) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--django", step, *map(str, args)],
        cwd=ROOT,
        env=env or SCRIPT_ENV,
        capture_output=True,
        text=True,
    )
    if out.returncode:
        sys.exit(f"the {step} step failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- the clients -------------------------------------------------------------------


class Browser:
    """One logged-in person on one keep-alive connection, sending what a browser sends."""

    def __init__(self, session: str):
        self.session = session
        self.csrf_cookie = ""
        self.csrf_token = ""
        self.conn = http.client.HTTPConnection(HOST, PORT, timeout=30)

    def headers(self, referer: str = "/") -> dict:
        cookie = f"sessionid={self.session}"
        if self.csrf_cookie:
            cookie += f"; csrftoken={self.csrf_cookie}"
        return {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Cookie": cookie,
            "Referer": f"https://{HOST}{referer}",
            "Origin": f"https://{HOST}",
        }

    def request(self, method: str, path: str, body: str | None = None, referer: str = "/"):
        headers = self.headers(referer)
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection(HOST, PORT, timeout=30)
            raise
        return response, content

    def fetch_csrf(self, path: str) -> None:
        """Open a page with a form: the CSRF cookie and the form's token, as a browser has."""
        response, content = self.request("GET", path)
        for header, value in response.getheaders():
            if header.lower() == "set-cookie" and value.startswith("csrftoken="):
                self.csrf_cookie = value.split(";", 1)[0].split("=", 1)[1]
        match = CSRF_INPUT.search(content.decode())
        if response.status != 200 or not match or not self.csrf_cookie:
            raise RuntimeError(f"no CSRF token on {path} (HTTP {response.status})")
        self.csrf_token = match.group(1)

    def post(self, path: str, referer: str):
        body = urlencode({"csrfmiddlewaretoken": self.csrf_token})
        return self.request("POST", path, body=body, referer=referer)


def summary(latencies: list[float]) -> str:
    values = sorted(v * 1000 for v in latencies)
    if not values:
        return "no answers"
    return (
        f"n={len(values):>5}  p50={statistics.median(values):7.1f} ms  "
        f"p95={percentile(values, 0.95):7.1f} ms  max={values[-1]:7.1f} ms"
    )


def latency_run(browsers, plan, seconds: float, key: str = "shared") -> dict:
    """Each client: enroll, withdraw, again, until time is up; `key` says in which cohort
    ("shared": all in the latency cohort, "own": each in a cohort of their own)."""
    page = plan["latency"]["page"]
    results = {"enroll": [], "withdraw": [], "refused": 0, "errors": collections.Counter()}
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(browser: Browser, paths: dict):
        enroll, leave, refused = [], [], 0
        errors = collections.Counter()
        while time.monotonic() < stop:
            for path, into in ((paths["enroll"], enroll), (paths["withdraw"], leave)):
                began = time.perf_counter()
                try:
                    response, _ = browser.post(path, referer=page)
                except (OSError, http.client.HTTPException) as exc:
                    errors[type(exc).__name__] += 1
                    continue
                elapsed = time.perf_counter() - began
                if response.status != 302:
                    errors[f"HTTP {response.status}"] += 1
                    continue
                if into is enroll and not response.getheader("Location", "").endswith(
                    plan["my_learning"]
                ):
                    refused += 1  # sent back to the course page with a message
                into.append(elapsed)
        with lock:
            results["enroll"] += enroll
            results["withdraw"] += leave
            results["refused"] += refused
            results["errors"].update(errors)

    threads = [
        threading.Thread(target=client, args=(browser, spec[key]))
        for browser, spec in zip(browsers, plan["clients"], strict=False)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def report_latency(title: str, r: dict, seconds: float, before: dict, after: dict) -> None:
    answered = len(r["enroll"]) + len(r["withdraw"])
    print(f"\n{title}")
    print(f"    enroll    {summary(r['enroll'])}")
    print(f"    withdraw  {summary(r['withdraw'])}")
    print(
        f"    {answered / seconds:.1f} requests/s; refused enrollments: {r['refused']}; "
        f"errors: {dict(r['errors']) or 'none'}; status changes recorded: "
        f"{after['all_changes'] - before['all_changes']} (for {answered} answers); "
        f"emails rendered in the request: {after['emails'] - before['emails']}, "
        f"tasks queued: {after['tasks'] - before['tasks']}"
    )


def burst_run(browsers, plan) -> dict:
    target = plan["burst"]
    barrier = threading.Barrier(len(browsers))
    answers: list[tuple[float, float, int | str]] = [None] * len(browsers)  # type: ignore[list-item]

    def client(i: int, browser: Browser):
        browser.conn.close()  # a fresh connection, opened before the start:
        browser.conn.connect()  # the burst is the requests, not the TCP handshakes
        barrier.wait()
        began = time.perf_counter()
        try:
            response, _ = browser.post(target["enroll"], referer=target["page"])
            outcome: int | str = response.status
        except (OSError, http.client.HTTPException) as exc:
            outcome = type(exc).__name__
        answers[i] = (began, time.perf_counter(), outcome)

    threads = [
        threading.Thread(target=client, args=(i, browser)) for i, browser in enumerate(browsers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    first = min(a[0] for a in answers)
    return {
        "wall": max(a[1] for a in answers) - first,
        "latencies": [a[1] - a[0] for a in answers],
        "statuses": collections.Counter(a[2] for a in answers),
    }


def _queue_keys(client) -> list:
    return [k for k in client.scan_iter("lms*") if client.type(k) == b"list"]


def queued_tasks() -> int:
    """Tasks waiting in the benchmark's broker (nobody consumes them)."""
    import redis

    client = redis.Redis.from_url(BROKER)
    return sum(client.llen(k) for k in _queue_keys(client))


def empty_task_queue() -> None:
    """Drop the tasks the server queued for workers that never ran."""
    import redis

    client = redis.Redis.from_url(BROKER)
    keys = _queue_keys(client)
    dropped = sum(client.llen(k) for k in keys)
    if keys:
        client.delete(*keys)
    client.delete("_kombu.binding.lms")
    print(f"(dropped {dropped} queued tasks from {BROKER})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--clients", type=int, default=20, help="latency scenario")
    parser.add_argument("--burst", type=int, default=200, help="people in the burst")
    parser.add_argument("--seats", type=int, default=30, help="seats of the burst cohort")
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--only", choices=["latency", "burst"], default=None)
    parser.add_argument("--skip-setup", action="store_true")
    args = parser.parse_args()
    require_database()
    if not args.skip_setup:
        setup()
    trainees = max(args.burst, args.clients)
    began = time.monotonic()
    plan = django_step("prepare", trainees, args.clients, args.seats)
    print(
        f"prepared {len(plan['clients'])} logged-in trainees, cohorts "
        f"{plan['latency']['id']} (latency) and {plan['burst']['id']} "
        f"({args.seats} seats) in {time.monotonic() - began:.1f} s"
    )
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (2 cores)")
    cost = django_step(
        "in_process", plan["latency"]["id"], 20, env={**SERVER_ENV, "ALLOWED_HOSTS": "testserver"}
    )
    email = (
        "the email is queued as a task"
        if cost["email_ms"] is None
        else f"of which the email {cost['email_ms']:.1f} ms"
    )
    print(
        f"in-process (one client, no network): enroll {cost['enroll']['ms']:.1f} ms, "
        f"{cost['enroll']['queries']} queries ({email}); "
        f"withdraw {cost['withdraw']['ms']:.1f} ms, {cost['withdraw']['queries']} queries"
    )
    with gunicorn(workers=args.workers, threads=args.threads, env=SERVER_ENV):
        browsers = [Browser(spec["session"]) for spec in plan["clients"]]
        with ThreadPoolExecutor(20) as pool:  # every client reads a form first (untimed)
            list(pool.map(lambda b: b.fetch_csrf(plan["form_page"]), browsers))

        if args.only in (None, "latency"):
            latency_browsers = browsers[: args.clients]
            latency_run(latency_browsers, plan, 3)  # warm every worker and connection
            setting = f"gunicorn {args.workers} workers x {args.threads} threads"
            for key, title in (
                ("shared", f"(a) latency, {args.clients} clients in one cohort"),
                ("own", "(a') the same, each client in a cohort of their own"),
            ):
                before = django_step("count", plan["latency"]["id"]) | {"tasks": queued_tasks()}
                r = latency_run(latency_browsers, plan, args.seconds, key)
                after = django_step("count", plan["latency"]["id"]) | {"tasks": queued_tasks()}
                report_latency(
                    f"{title}, {args.seconds:.0f} s, {setting}", r, args.seconds, before, after
                )
            print(
                f"    latency cohort after: enrolled {after['enrolled_count']}, rows {after['rows']}"
            )

        if args.only in (None, "burst"):
            if args.only == "burst":  # warm every worker on the enroll path first
                latency_run(browsers[: args.clients], plan, 3)
            tasks = queued_tasks()
            r = burst_run(browsers[: args.burst], plan)
            tasks = queued_tasks() - tasks
            result = django_step("count", plan["burst"]["id"])
            rows = result["rows"]
            agree = (
                result["enrolled_count"] == rows.get("enrolled", 0)
                and result["waitlist_count"] == rows.get("waitlisted", 0)
                and result["pending_count"] == rows.get("pending", 0)
            )
            print(f"\n(b) burst, {args.burst} trainees into {args.seats} seats at once")
            print(f"    all answered in {r['wall']:.2f} s; per request {summary(r['latencies'])}")
            print(f"    HTTP: {dict(r['statuses'])}; tasks queued: {tasks}")
            print(
                f"    enrolled {rows.get('enrolled', 0)}, waitlisted {rows.get('waitlisted', 0)}, "
                f"other rows {({k: v for k, v in rows.items() if k not in ('enrolled', 'waitlisted')}) or 'none'}; "
                f"counters {result['enrolled_count']}/{result['waitlist_count']} "
                f"{'agree' if agree else 'DISAGREE'} with the rows"
            )
        for browser in browsers:
            browser.conn.close()
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    empty_task_queue()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--django":
        step, *rest = sys.argv[2:]
        functions = {"prepare": prepare, "count": count, "in_process": in_process}
        print(json.dumps(functions[step](*map(int, rest))))
    else:
        main()
