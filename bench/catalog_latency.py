"""Benchmark: catalog and course pages under load, against gunicorn on PostgreSQL.

Run on demand (not part of the suite):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench \
    CACHE_URL=redis://127.0.0.1:6379/3 \
    .venv/bin/python bench/catalog_latency.py [--seconds 15] [--workers 5]

It migrates and seeds the database (idempotent), collects static files, starts
gunicorn with production settings on 127.0.0.1:8099, and measures, with 10 and
50 concurrent clients over keep-alive connections:
  - anonymous catalog and course pages (served from the page cache);
  - the catalog for a logged-in person (never cached), and its query count.
Targets (issue 3): cached p95 <= 100 ms at 50 clients; logged-in catalog
p95 <= 300 ms at 10 clients with a constant number of queries.
"""

import argparse
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

from _server import ENV, PORT, ROOT, gunicorn, require_database, setup


def logged_in_cookie() -> str:
    """A session cookie for the demo trainee, made without going through the login form."""
    code = (
        "from django.contrib.auth import get_user_model;"
        "from django.contrib.sessions.backends.db import SessionStore;"
        "from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY;"
        "u = get_user_model().objects.get(email='aprendiz@example.com');"
        "s = SessionStore(); s[SESSION_KEY] = str(u.pk);"
        "s[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend';"
        "s[HASH_SESSION_KEY] = u.get_session_auth_hash(); s.create(); print(s.session_key)"
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=ENV,
        check=True,
        capture_output=True,
        text=True,
    )
    return "sessionid=" + out.stdout.strip().splitlines()[-1]


def query_count(path: str, cookie: str | None) -> int:
    code = (
        "from django.test import Client; from django.db import connection;"
        "from django.test.utils import CaptureQueriesContext;"
        "from django.contrib.auth import get_user_model;"
        f"c = Client(); logged = {cookie is not None!r};"
        "logged and c.force_login(get_user_model().objects.get(email='aprendiz@example.com'));"
        f"c.get({path!r}, secure=True);"
        "ctx = CaptureQueriesContext(connection); ctx.__enter__();"
        f"r = c.get({path!r}, secure=True); ctx.__exit__(None, None, None);"
        "print(r.status_code, len(ctx.captured_queries))"
    )
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**ENV, "ALLOWED_HOSTS": "testserver"},
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.split()[-1])


def load_wrk(path: str, clients: int, seconds: float, cookie: str | None = None) -> dict:
    """The same measure with wrk (C, event loop): the load generator then takes far less of
    the two cores than Python threads do, so the figures are the server's."""
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{clients}",
            f"-d{int(seconds)}s",
            "--timeout",
            "10s",
            "-s",
            str(ROOT / "bench/wrk_report.lua"),
            f"http://127.0.0.1:{PORT}{path}",
        ],
        env={**os.environ, "BENCH_COOKIE": cookie or ""},
        check=True,
        capture_output=True,
        text=True,
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT"))
    values = dict(item.split("=") for item in line.split()[1:])
    return {k: float(v) for k, v in values.items()}


def load(path: str, clients: int, seconds: float, cookie: str | None = None) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker():
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
        headers = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
        if cookie:
            headers["Cookie"] = cookie
        mine = []
        while time.monotonic() < stop:
            start = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
            elapsed = time.perf_counter() - start
            if ok:
                mine.append(elapsed)
            else:
                with lock:
                    errors += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies.sort()
    n = len(latencies)
    return {
        "requests": n,
        "errors": errors,
        "rps": n / seconds,
        "p50": statistics.median(latencies) * 1000 if n else float("nan"),
        "p95": latencies[int(n * 0.95) - 1] * 1000 if n else float("nan"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--only", default="", help="run only scenarios whose name contains this")
    parser.add_argument("--skip-setup", action="store_true")
    parser.add_argument(
        "--client",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="load generator: wrk if installed (apt-get install wrk), else Python threads",
    )
    args = parser.parse_args()
    require_database()
    if not args.skip_setup:
        setup()
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    run = load_wrk if use_wrk else load
    print("load generator:", "wrk" if use_wrk else "Python threads")
    cookie = logged_in_cookie()
    with gunicorn(workers=args.workers, threads=args.threads):
        scenarios = [
            ("anonymous catalog (cached)", "/es/cursos/", None, (10, 50)),
            (
                "anonymous course page (cached)",
                "/es/six-sigma/six-sigma-green-belt/",
                None,
                (10, 50),
            ),
            (
                "anonymous filtered catalog (cached)",
                "/es/cursos/?modality=online&level=basic",
                None,
                (10, 50),
            ),
            ("logged-in catalog (uncached)", "/es/cursos/", cookie, (10, 50)),
        ]
        print(
            f"\n{'scenario':42} {'clients':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6}"
        )
        for name, path, session, levels in scenarios:
            if args.only not in name:
                continue
            run(path, 20, 3, session)  # warm every worker, the cache and connections
            for clients in levels:
                r = run(path, clients, args.seconds, session)
                print(
                    f"{name:42} {clients:>7} {r['rps']:>8.1f} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['errors']:>6}"
                )
        print(
            "\nqueries per logged-in catalog request:",
            query_count("/es/cursos/", "yes"),
            "(catalog),",
            query_count("/es/cursos/?q=calidad&level=basic", "yes"),
            "(search + filter)",
        )


if __name__ == "__main__":
    main()
