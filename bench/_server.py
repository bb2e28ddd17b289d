"""What the benchmarks share: production settings, the database set-up, gunicorn.

The benchmarks run on demand against PostgreSQL (DATABASE_URL) and Redis
(CACHE_URL), with gunicorn serving the project with production settings on
127.0.0.1:PORT; requests say `X-Forwarded-Proto: https`, as behind a proxy.
Production settings require an issuer key (CERTIFICATES_ISSUER_KEY_FILE); unless one
is named, the benchmarks share a throw-away key in var/.
"""

import contextlib
import http.client
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8099
HOST = "127.0.0.1"


def issuer_key_file() -> str:
    """The issuer key production settings require: CERTIFICATES_ISSUER_KEY_FILE if set,
    else a throw-away benchmark key in var/ (3072-bit RSA, as `manage.py
    create_issuer_key` makes; signing costs what it costs in production), made once
    and reused, so credentials signed by an earlier run still verify."""
    named = os.environ.get("CERTIFICATES_ISSUER_KEY_FILE")
    if named:
        return named
    path = ROOT / "var" / "bench-issuer-key.pem"
    if not path.exists():
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # another benchmark made it just now
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(pem)
    return str(path)


ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-" + "x" * 60),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_HSTS_SECONDS": "0",
    "LOG_LEVEL": "WARNING",
    "CERTIFICATES_ISSUER_KEY_FILE": issuer_key_file(),
}


def manage(*args: str, env: dict | None = None) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env or ENV, check=True)


def ensure_database(url: str) -> None:
    """Create the benchmark database if it does not exist yet."""
    import environ
    import psycopg

    config = environ.Env.db_url_config(url)
    name = config["NAME"]
    with psycopg.connect(
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def require_database() -> None:
    if "DATABASE_URL" not in os.environ:
        sys.exit("Set DATABASE_URL to a PostgreSQL database (it will be migrated and seeded).")


def setup() -> None:
    """Migrate and seed the database (both idempotent), collect static files, compile
    the translations: what a deployment does before it serves."""
    ensure_database(os.environ["DATABASE_URL"])
    manage("migrate", "--noinput", "-v", "0")
    manage("seed_demo")
    manage("collectstatic", "--noinput", "-v", "0")
    manage("compilemessages", "--ignore=.venv", "--ignore=.tools", "-v", "0")


def wait_until_serving(timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            http.client.HTTPConnection(HOST, PORT, timeout=1).request("GET", "/")
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@contextlib.contextmanager
def gunicorn(*, workers: int, threads: int, env: dict | None = None) -> Iterator[None]:
    """gunicorn (gthread workers, keep-alive, preloaded app) for the duration of the block."""
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "lms.wsgi",
            "--bind",
            f"{HOST}:{PORT}",
            "--workers",
            str(workers),
            "--worker-class",
            "gthread",
            "--threads",
            str(threads),
            "--keep-alive",
            "30",
            "--log-level",
            "warning",
            "--preload",
        ],
        cwd=ROOT,
        env=env or ENV,
    )
    try:
        wait_until_serving()
        yield
    finally:
        server.terminate()
        try:
            server.wait(timeout=35)  # gunicorn's graceful timeout is 30 s
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def percentile(sorted_values: list[float], fraction: float) -> float:
    """The value below which `fraction` of the (sorted) values fall; nan if there are none."""
    if not sorted_values:
        return float("nan")
    return sorted_values[max(int(len(sorted_values) * fraction) - 1, 0)]
