"""Benchmark: the reports on the generated dataset (issue 7).

Run on demand (not part of the suite), after bench/reports_dataset.py:

    nice .venv/bin/python bench/reports_dataset.py --size national
    nice .venv/bin/python bench/reports_figures.py [--requests 30] [--skip-setup]
    nice .venv/bin/python bench/reports_figures.py --only pages --explain

Defaults: DATABASE_URL postgres://postgres@127.0.0.1:5432/lms_bench_reports (the
dataset's), CACHE_URL redis://127.0.0.1:6379/14, the broker BENCH_BROKER_URL
redis://127.0.0.1:6379/15, production settings with the issuer key of
bench/_server.py, uploaded files (the exports) in var/bench-reports-media.
Set-up: migrate, collect static files, compile the translations (`--skip-setup`
skips it); the dataset must have been generated (it says which size it is).

  (a) rebuild: `reports.rollup.rebuild()` in one process, as `manage.py
      rebuild_reports` runs it, --rebuilds times (default 2; each replaces the figures
      the one before wrote, as the nightly job does): the seconds it reports, the
      lines, cells and cohort rows it wrote, and the process's peak memory (target
      <= 60 s at national size). The rollup's tables are compacted first (VACUUM FULL:
      what earlier runs left does not weigh on this one) and vacuumed between two
      rebuilds, as autovacuum would between two nights.
  (b) a cluster's report page: the Reports page of the Wagtail admin
      (/admin/reports/?start=...&end=..., the last 12 months), as the cluster's admin
      (admin.<cluster>@example.com; --cluster, default queretaro), GET with Django's
      test client (force_login, production settings, the Redis cache): the first
      request, then --requests requests; p50/p95/max, and the queries of one request
      with the slowest of them (target p95 <= 200 ms). `--http` measures it again
      through gunicorn (2 workers x 2 threads, one client, a logged-in session
      cookie): what a browser waits for, minus the network.
  (c) the national report: the same page as the network admin (red@example.com), all
      clusters, 12 months (target p95 <= 1 s).
  (d) the dashboards: the Wagtail admin's home page (/admin/) of both, with the
      report panels (trained this month, change, 12-month chart; the clusters'
      comparison for the network admin); not a target of the issue, measured alike.
  (e) an export of the cluster's year as a job: the cluster admin POSTs the export
      form (XLSX, the 12 months) with the test client, which queues the Celery task;
      one worker (`celery worker --pool solo`, started before and warmed) builds it;
      the time from the POST until the export is READY, its progress as seen while
      polling, the file's size and detail rows (target <= 10 s).

`--explain` prints EXPLAIN (ANALYZE, BUFFERS) of the slowest query of (b), (c) and (d).
After a rebuild, (b) and (c) are measured twice: right after it (10 requests), and after
VACUUM (ANALYZE) of the rollup's three tables, which autovacuum would do some minutes
later where it is on (it is off on this machine's server: without the vacuum, the
deleted lines of every rebuild pile up); `--no-vacuum` skips the vacuum.
The page measures read warm caches (the filters' choices are cached; the rollup is
read on every request: the report is never cached).
"""

import argparse
import json
import os
import resource
import signal
import statistics
import subprocess
import sys
import time

from _server import ENV, ROOT, ensure_database, gunicorn, manage, percentile

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/lms_bench_reports"
BROKER = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/15")
MEDIA = ROOT / "var" / "bench-reports-media"
NETWORK_ADMIN = "red@example.com"
REPORT_PATH = "/admin/reports/"
DASHBOARD_PATH = "/admin/"

BASE_ENV = {
    **ENV,
    "DATABASE_URL": os.environ.get("DATABASE_URL", DEFAULT_DATABASE),
    "CACHE_URL": os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/14"),
    "MEDIA_ROOT": str(MEDIA),
    "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
}
SCRIPT_ENV = {**BASE_ENV, "CELERY_BROKER_URL": "", "CELERY_TASK_ALWAYS_EAGER": "true"}
BROKER_ENV = {**BASE_ENV, "CELERY_BROKER_URL": BROKER, "CELERY_TASK_ALWAYS_EAGER": "false"}


# --- inside Django (run as `reports_figures.py --django <step> [json]`) ----------------


def _django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def _period() -> tuple[str, str]:
    """The last 12 months, ending this month ("YYYY-MM")."""
    from reports.selectors import add_months, this_month

    end = this_month()
    return f"{add_months(end, -11):%Y-%m}", f"{end:%Y-%m}"


def _people(cluster_slug: str):
    from clusters.models import ClusterRole, User

    role = (
        ClusterRole.objects.filter(role=ClusterRole.Role.CLUSTER_ADMIN, cluster__slug=cluster_slug)
        .select_related("user", "cluster")
        .order_by("pk")
        .first()
    )
    if role is None:
        raise SystemExit(f"no cluster admin of {cluster_slug!r} (seed_demo makes Querétaro's)")
    return role.user, role.cluster, User.objects.get(email=NETWORK_ADMIN)


def dataset() -> dict:
    _django()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('bench_reports_dataset') IS NOT NULL")
        if not cursor.fetchone()[0]:
            return {}
        cursor.execute("SELECT size, seed, today::text, counts FROM bench_reports_dataset")
        row = cursor.fetchone()
    if not row:
        return {}
    size, seed, today, counts = row
    if isinstance(counts, str):  # Django reads jsonb as text
        counts = json.loads(counts)
    return {"size": size, "seed": seed, "today": today, "counts": counts}


def rebuild() -> dict:
    _django()
    from reports import rollup
    from reports.models import ActivityLine, CohortMonth, MonthlyFigure

    before = ActivityLine.objects.count()
    began = time.monotonic()
    result = rollup.rebuild()
    wall = time.monotonic() - began
    return {
        "before": before,
        "seconds": result.seconds,
        "wall": wall,
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "lines": result.lines,
        "cells": getattr(result, "cells", None),
        "cohorts": getattr(result, "cohorts", None),
        "line_rows": ActivityLine.objects.count(),
        "cell_rows": MonthlyFigure.objects.count(),
        "cohort_rows": CohortMonth.objects.count(),
    }


ROLLUP_TABLES = ("reports_activityline", "reports_monthlyfigure", "reports_cohortmonth")


def vacuum(full: bool = False) -> dict:
    """VACUUM (ANALYZE) the rollup's tables: what autovacuum does some time after a rebuild
    (it is off on some servers, this one included), or a rebuild could do itself. `full`:
    VACUUM FULL, which compacts them (what earlier runs left), for a reproducible start."""
    _django()
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW autovacuum")
        autovacuum = cursor.fetchone()[0]
        cursor.execute("SELECT pg_total_relation_size('reports_activityline')")
        size_before = cursor.fetchone()[0]
        cursor.execute(
            "SELECT relname, n_live_tup, n_dead_tup FROM pg_stat_user_tables "
            "WHERE relname = ANY(%s)",
            [list(ROLLUP_TABLES)],
        )
        before = {name: (live, dead) for name, live, dead in cursor.fetchall()}
        began = time.monotonic()
        for table in ROLLUP_TABLES:
            cursor.execute(f"VACUUM ({'FULL, ' if full else ''}ANALYZE) {table}")
        seconds = time.monotonic() - began
        cursor.execute("SELECT pg_total_relation_size('reports_activityline')")
        size_after = cursor.fetchone()[0]
    return {
        "autovacuum": autovacuum,
        "before": before,
        "seconds": seconds,
        "mib": (size_before / 2**20, size_after / 2**20),
    }


def _explain(sql: str) -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return [line for (line,) in cursor.fetchall()]


def _measure(client, path: str, requests: int, *, explain: bool) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    began = time.perf_counter()
    response = client.get(path, secure=True)
    first = (time.perf_counter() - began) * 1000
    if response.status_code != 200:
        return {"status": response.status_code, "first_ms": first}
    body = response.content.decode()
    # Read each capture before the next request: Django empties the query log per request.
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, secure=True)
    queries = [(float(q["time"]) * 1000, q["sql"]) for q in captured.captured_queries]
    times = []
    for _ in range(requests):
        began = time.perf_counter()
        response = client.get(path, secure=True)
        times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
    times.sort()
    slowest = sorted(queries, reverse=True)[:3]
    return {
        "status": 200,
        "first_ms": first,
        "n": len(times),
        "p50": statistics.median(times),
        "p95": percentile(times, 0.95),
        "max": times[-1],
        "queries": len(queries),
        "query_ms": sum(t for t, _ in queries),
        "slowest": [(t, sql[:160]) for t, sql in slowest],
        "explain": _explain(slowest[0][1]) if explain and slowest else [],
        "bytes": len(body),
        "has_table": "<table" in body,
    }


def pages(cluster_slug: str, requests: int, explain: bool, only_reports: bool = False) -> dict:
    _django()
    from django.test import Client

    cluster_admin, cluster, network_admin = _people(cluster_slug)
    start, end = _period()
    query = f"?start={start}&end={end}"
    results = {"cluster_name": cluster.name, "period": [start, end]}
    measured = [
        ("cluster", cluster_admin, REPORT_PATH + query),
        ("national", network_admin, REPORT_PATH + query),
        ("cluster_dashboard", cluster_admin, DASHBOARD_PATH),
        ("national_dashboard", network_admin, DASHBOARD_PATH),
    ]
    for name, user, path in measured[:2] if only_reports else measured:
        client = Client()
        client.force_login(user)
        results[name] = {"path": path, **_measure(client, path, requests, explain=explain)}
    return results


def session_cookie(cluster_slug: str) -> dict:
    """A logged-in session of each admin (as Client.force_login makes, without a form)."""
    _django()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore

    cluster_admin, _cluster, network_admin = _people(cluster_slug)
    cookies = {}
    for name, user in (("cluster", cluster_admin), ("national", network_admin)):
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookies[name] = f"{settings.SESSION_COOKIE_NAME}={session.session_key}"
    start, end = _period()
    return {"cookies": cookies, "query": f"?start={start}&end={end}"}


def export(cluster_slug: str, timeout: float) -> dict:
    """POST the export form as the cluster admin; wait until the worker makes it READY."""
    _django()
    from django.core.files.storage import default_storage
    from django.test import Client

    from reports.models import ReportExport

    cluster_admin, _cluster, _network = _people(cluster_slug)
    start, end = _period()
    # An earlier run's export of the same filters would be returned instead of a new one.
    for earlier in ReportExport.objects.filter(requested_by=cluster_admin):
        if earlier.file and default_storage.exists(earlier.file.name):
            default_storage.delete(earlier.file.name)
        earlier.delete()
    client = Client()
    client.force_login(cluster_admin)
    began = time.monotonic()
    response = client.post(
        REPORT_PATH + "exports/",
        {"query": f"start={start}&end={end}", "format": "xlsx"},
        secure=True,
    )
    asked = time.monotonic() - began
    item = ReportExport.objects.filter(requested_by=cluster_admin).order_by("-pk").first()
    if item is None:
        return {"http": response.status_code, "status": "", "error": "no export was queued"}
    from reports import export_jobs, tasks

    mode = "worker"
    if not hasattr(tasks, "build_report_export"):  # nothing for a worker to run: the body
        mode = "in-process (reports.tasks.build_report_export is missing)"
        export_jobs.build_export(item.pk)
    seen = []
    while time.monotonic() - began < timeout:
        item.refresh_from_db()
        if not seen or seen[-1][1:] != (item.status, item.progress):
            seen.append((round(time.monotonic() - began, 2), item.status, item.progress))
        if item.status in (ReportExport.Status.READY, ReportExport.Status.FAILED):
            break
        time.sleep(0.05)
    seconds = time.monotonic() - began
    size = item.file.size if item.status == ReportExport.Status.READY and item.file else 0
    rows = None
    if size:
        from openpyxl import load_workbook

        with item.file.open("rb") as handle:
            workbook = load_workbook(handle, read_only=True)
            rows = {sheet.title: sum(1 for _ in sheet.iter_rows()) for sheet in workbook.worksheets}
    return {
        "mode": mode,
        "http": response.status_code,
        "request_s": asked,
        "seconds": seconds,
        "status": item.status,
        "error": item.error,
        "progress": seen,
        "bytes": size,
        "sheets": rows,
        "created_to_finished": (item.finished_at - item.created_at).total_seconds()
        if item.finished_at
        else None,
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
        sys.exit(f"the {step} step failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- the worker and the server ---------------------------------------------------------


def empty_broker() -> int:
    import redis

    client = redis.Redis.from_url(BROKER)
    keys = [k for k in client.scan_iter("lms*") if client.type(k) == b"list"]
    dropped = sum(client.llen(k) for k in keys)
    if keys:
        client.delete(*keys)
    client.delete("unacked", "unacked_index")
    return dropped


def start_worker() -> subprocess.Popen:
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/celery"),
            "-A",
            "lms",
            "worker",
            "--pool",
            "solo",
            "--concurrency",
            "1",
            "--queues",
            "lms",
            "--hostname",
            f"bench-reports-{os.getpid()}@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
            "--loglevel",
            "warning",
        ],
        cwd=ROOT,
        env=BROKER_ENV,
        stdout=subprocess.DEVNULL,  # its banner; warnings and errors still show
    )


def stop_worker(worker: subprocess.Popen) -> None:
    worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(timeout=60)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.wait()


def http_measure(path: str, cookie: str, requests: int) -> dict:
    import http.client

    from _server import HOST, PORT

    conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
    headers = {"X-Forwarded-Proto": "https", "Cookie": cookie}
    times, statuses = [], {}
    for n in range(requests + 2):  # two warm-up requests (one per worker, probably)
        began = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        elapsed = (time.perf_counter() - began) * 1000
        statuses[response.status] = statuses.get(response.status, 0) + 1
        if n >= 2:
            times.append(elapsed)
    conn.close()
    times.sort()
    return {
        "n": len(times),
        "p50": statistics.median(times),
        "p95": percentile(times, 0.95),
        "max": times[-1],
        "statuses": statuses,
    }


# --- main ------------------------------------------------------------------------------


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def setup() -> None:
    ensure_database(BASE_ENV["DATABASE_URL"])
    manage("migrate", "--noinput", "-v", "0", env=SCRIPT_ENV)
    manage("collectstatic", "--noinput", "-v", "0", env=SCRIPT_ENV)
    manage("compilemessages", "--ignore=.venv", "--ignore=.tools", "-v", "0", env=SCRIPT_ENV)


def progress_summary(seen: list) -> str:
    """When the export was first seen in each status, and passing each quarter."""
    marks, last_status, quarter = [], None, 0
    for at, status, percent in seen:
        if status != last_status:
            marks.append(f"{status} at {at:.2f} s")
            last_status = status
        elif status == "running" and percent >= quarter + 25:
            quarter = percent // 25 * 25
            marks.append(f"{percent} % at {at:.2f} s")
    return ", ".join(marks)


def print_vacuum(v: dict, label: str) -> None:
    dead = ", ".join(
        f"{t} {live:,} live / {dead:,} dead" for t, (live, dead) in v["before"].items()
    )
    print(
        f"\n{label} of the rollup's tables: {v['seconds']:.1f} s; reports_activityline "
        f"{v['mib'][0]:,.0f} -> {v['mib'][1]:,.0f} MiB with its indexes (autovacuum is "
        f"{v['autovacuum']} on this server; the statistics before: {dead})"
    )


def verdict(value: float, target: float) -> str:
    return "met" if value <= target else "NOT met"


def print_page(label: str, r: dict, target_ms: float | None) -> None:
    if r.get("status") != 200:
        print(f"{label}: HTTP {r.get('status')} for {r['path']} (first {r['first_ms']:.0f} ms)")
        return
    goal = (
        f" (target p95 <= {target_ms:.0f} ms: {verdict(r['p95'], target_ms)})" if target_ms else ""
    )
    print(
        f"{label}: {r['path']}\n"
        f"    first request {r['first_ms']:.0f} ms; then n={r['n']}  p50={r['p50']:.0f} ms  "
        f"p95={r['p95']:.0f} ms  max={r['max']:.0f} ms{goal}\n"
        f"    {r['queries']} queries, {r['query_ms']:.0f} ms of them in the database; "
        f"{r['bytes'] / 1024:.0f} KiB of HTML{'' if r['has_table'] else ' (no table!)'}"
    )
    for ms, sql in r["slowest"]:
        print(f"      {ms:7.1f} ms  {sql}")
    if r.get("explain"):
        print("    EXPLAIN (ANALYZE, BUFFERS) of the slowest:")
        for line in r["explain"]:
            print(f"      {line}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page")
    parser.add_argument("--rebuilds", type=int, default=2, help="full rebuilds in (a)")
    parser.add_argument("--cluster", default="queretaro", help="the cluster of (b) and (e)")
    parser.add_argument("--only", choices=["rebuild", "pages", "export"], default=None)
    parser.add_argument("--http", action="store_true", help="(b) and (c) through gunicorn too")
    parser.add_argument("--explain", action="store_true")
    parser.add_argument(
        "--no-vacuum", action="store_true", help="measure the pages without vacuuming first"
    )
    parser.add_argument("--skip-setup", action="store_true")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for (e)")
    args = parser.parse_args()
    print(f"database {BASE_ENV['DATABASE_URL']}, cache {BASE_ENV['CACHE_URL']}, broker {BROKER}")
    if not args.skip_setup:
        began = time.monotonic()
        setup()
        print(f"set-up (migrate, static files, translations): {time.monotonic() - began:.0f} s")
    data = django_step("dataset", env=SCRIPT_ENV)
    if not data:
        sys.exit("no dataset: run bench/reports_dataset.py --size <size> first")
    counts = data["counts"]
    print(
        f"dataset: {data['size']} (seed {data['seed']!r}, today {data['today']}): "
        f"{counts.get('trainees', 0):,} trainees, {counts.get('training_enrollment', 0):,} "
        f"enrollments, {counts.get('training_attendance', 0):,} attendance rows, "
        f"{counts.get('certificates_certificate', 0):,} certificates (plus the demo's)"
    )

    if args.only in (None, "rebuild"):
        if args.rebuilds:
            print_vacuum(django_step("vacuum", 1, env=SCRIPT_ENV), "VACUUM FULL, a compact start")
        for n in range(1, args.rebuilds + 1):
            if n > 1 and not args.no_vacuum:
                print_vacuum(django_step("vacuum", env=SCRIPT_ENV), "VACUUM as autovacuum would")
            print(f"\nload average before (a) #{n}: {load()} (2 cores)")
            r = django_step("rebuild", env=SCRIPT_ENV)
            replacing = (
                f"replacing {r['before']:,} lines" if r["before"] else "into an empty rollup"
            )
            print(
                f"(a) full rebuild #{n} ({replacing}): {r['seconds']:.1f} s (target <= 60 s: "
                f"{verdict(r['seconds'], 60)}); {r['lines']:,} lines written "
                f"({r['line_rows']:,} ActivityLine rows), {r['cell_rows']:,} MonthlyFigure cells, "
                f"{r['cohort_rows']:,} CohortMonth rows; the process peaked at "
                f"{r['max_rss_mib']:,.0f} MiB"
            )

    if args.only in (None, "pages"):
        page_env = {**SCRIPT_ENV, "ALLOWED_HOSTS": "testserver"}
        if args.only is None and args.rebuilds:
            r = django_step("pages", args.cluster, 10, 0, 1, env=page_env)
            print("\nright after the rebuild (the rollup's tables not vacuumed yet), 10 requests:")
            print_page(f"(b) {r['cluster_name']}'s report", r["cluster"], 200)
            print_page("(c) the national report", r["national"], 1000)
        if not args.no_vacuum:
            print_vacuum(django_step("vacuum", env=SCRIPT_ENV), "VACUUM (ANALYZE)")
        print(f"\nload average before (b)-(d): {load()}")
        r = django_step(
            "pages",
            args.cluster,
            args.requests,
            int(args.explain),
            env=page_env,
        )
        print(f"period {r['period'][0]} to {r['period'][1]}, in-process (Django's test client):")
        print_page(f"(b) {r['cluster_name']}'s report, as its cluster admin", r["cluster"], 200)
        print_page("(c) the national report, as the network admin", r["national"], 1000)
        print_page("(d) the cluster admin's dashboard", r["cluster_dashboard"], None)
        print_page("(d) the network admin's dashboard", r["national_dashboard"], None)
        if args.http:
            sessions = django_step("session_cookie", args.cluster, env=SCRIPT_ENV)
            with gunicorn(workers=2, threads=2, env=SCRIPT_ENV):
                for label, who, target in (
                    ("(b) over HTTP", "cluster", 200),
                    ("(c) over HTTP", "national", 1000),
                ):
                    h = http_measure(
                        REPORT_PATH + sessions["query"], sessions["cookies"][who], args.requests
                    )
                    print(
                        f"{label} (gunicorn 2 x 2 threads, one client): n={h['n']}  "
                        f"p50={h['p50']:.0f} ms  p95={h['p95']:.0f} ms  max={h['max']:.0f} ms  "
                        f"HTTP {h['statuses']} (target {verdict(h['p95'], target)})"
                    )
        print(f"load average after: {load()}")

    if args.only in (None, "export"):
        dropped = empty_broker()
        if dropped:
            print(f"(dropped {dropped} tasks left in {BROKER} by an earlier run)")
        print(f"\nload average before (e): {load()}")
        worker = start_worker()
        try:
            time.sleep(8)  # the worker imports Django and connects before the clock starts
            r = django_step(
                "export",
                args.cluster,
                args.timeout,
                env={**BROKER_ENV, "ALLOWED_HOSTS": "testserver"},
            )
        finally:
            stop_worker(worker)
        if r.get("status") != "ready":
            print(f"(e) export: {r}")
        else:
            print(
                f"(e) a cluster's year as XLSX, {r['mode']}: READY {r['seconds']:.2f} s after the "
                f"POST (target <= 10 s: {verdict(r['seconds'], 10)}); the POST took "
                f"{r['request_s'] * 1000:.0f} ms (HTTP {r['http']}); "
                f"{r['bytes'] / 1024:.0f} KiB, rows per sheet {r['sheets']}"
            )
            print(f"    progress seen: {progress_summary(r['progress'])}")
        print(f"load average after (e): {load()}")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--django":
        step, *rest = sys.argv[2:]
        functions = {
            "dataset": dataset,
            "rebuild": rebuild,
            "vacuum": lambda full="0": vacuum(bool(int(full))),
            "pages": lambda c, n, e, o="0": pages(c, int(n), bool(int(e)), bool(int(o))),
            "session_cookie": session_cookie,
            "export": lambda c, t: export(c, float(t)),
        }
        print(json.dumps(functions[step](*rest), default=str))
    else:
        main()
