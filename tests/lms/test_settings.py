import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def test_celery_time_limits_fit_inside_the_visibility_timeout():
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert settings.CELERY_TASK_SOFT_TIME_LIMIT < settings.CELERY_TASK_TIME_LIMIT < visibility


def test_celery_is_safe_against_lost_workers_and_pickles():
    from lms.celery import app

    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.task_serializer == "json"
    assert app.conf.accept_content == ["json"]


def _manage(*args, env_overrides):
    dropped = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(DJANGO_SETTINGS_MODULE="lms.settings.production", **env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION_ENV = {
    "SECRET_KEY": "k7$w!p2-this-is-a-long-random-production-secret-9f3a1c7e5b2d8046af",
    "ALLOWED_HOSTS": "capacitacion.example.com",
    "DATABASE_URL": "postgres://lms:secret@db.example.com:5432/lms",
    # The test run's throw-away key (created on first use by the test settings).
    "CERTIFICATES_ISSUER_KEY_FILE": str(settings.CERTIFICATES_ISSUER_KEY_FILE),
}


@pytest.fixture(autouse=True)
def _issuer_key():
    from certificates.keys import signing_key

    signing_key()


def test_production_settings_pass_check_deploy():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_its_secrets():
    for missing in PRODUCTION_ENV:
        env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
        env[missing] = ""
        result = _manage("check", env_overrides=env)
        assert result.returncode != 0
        assert f"Set the {missing} environment variable" in result.stderr


def test_production_refuses_to_start_with_an_unreadable_issuer_key(tmp_path):
    env = {**PRODUCTION_ENV, "CERTIFICATES_ISSUER_KEY_FILE": str(tmp_path / "missing.pem")}
    result = _manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "does not exist or cannot be read" in result.stderr
