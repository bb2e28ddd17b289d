"""The Celery app a subprocess worker runs in the issuance worker tests.

`celery -A tests.certificates.worker_hooks worker` runs the production app and
tasks unchanged; only `certificates.services.render_pdf` is wrapped, so a test can
make rendering slow, hang once (to be killed), fail or kill its own process. The
test steers it through files in $WORKER_HOOKS_DIR, read before every task, so one
worker serves every test of the module and production code carries no test hook:

- control.json: {"render": "normal" | "slow" | "hang_once" | "fail" | "die",
  "delay": seconds, "settings": {NAME: value}}. The settings (MEDIA_ROOT, the
  claim window, the retry delay) are applied in the pool process as
  override_settings would, so storage follows the test's own media root;
- events.log: one line per task start/end and per render, for the test to read;
- hung: created by the first render in "hang_once" mode, holding its pid;
- mail.log: one JSON line per message delivered (RecordingBackend, when the test
  makes it EMAIL_DELIVERY_BACKEND), as a mail server would receive it.
"""

import json
import os
import signal
import time
from pathlib import Path

from celery.signals import task_postrun, task_prerun
from django.core.mail.backends.base import BaseEmailBackend

from lms.celery import app  # noqa: F401 - `celery -A` finds the app here

HOOKS_DIR = Path(os.environ.get("WORKER_HOOKS_DIR", "/nonexistent"))
_original_render = None


def control() -> dict:
    try:
        return json.loads((HOOKS_DIR / "control.json").read_text())
    except FileNotFoundError:
        return {}


def _append(name: str, line: str) -> None:
    """O_APPEND keeps lines whole when several pool processes write at once."""
    fd = os.open(HOOKS_DIR / name, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, (line + "\n").encode())
    finally:
        os.close(fd)


def event(*words) -> None:
    """One line of words, the last one the time (seconds since the epoch)."""
    _append("events.log", " ".join(str(word) for word in (*words, f"{time.time():.3f}")))


class RecordingBackend(BaseEmailBackend):
    """Delivery in the pool processes: what was sent, written where the test can read it."""

    def send_messages(self, email_messages):
        for message in email_messages:
            record = {
                "to": list(message.to),
                "subject": str(message.subject),
                "body": str(message.body),
                "attachments": [attachment[0] for attachment in message.attachments],
            }
            _append("mail.log", json.dumps(record))
        return len(email_messages)


def _apply(overrides: dict) -> None:
    from django.conf import settings
    from django.core.signals import setting_changed

    for name, value in overrides.items():
        if getattr(settings, name, object()) != value:
            setattr(settings, name, value)
            setting_changed.send(sender=None, setting=name, value=value, enter=True)


def _render(certificate):
    steer = control()
    mode = steer.get("render", "normal")
    event("render", certificate.pk, os.getpid(), mode)
    if mode == "fail":
        raise RuntimeError("the PDF renderer is broken (worker test)")
    if mode == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if mode == "slow":
        time.sleep(steer.get("delay", 1))
    if mode == "hang_once":
        try:
            fd = os.open(HOOKS_DIR / "hung", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            pass  # the first attempt already hung here; render normally
        else:
            os.write(fd, str(os.getpid()).encode())
            os.close(fd)
            time.sleep(steer.get("delay", 60))
    return _original_render(certificate)


def _wrap_render() -> None:
    global _original_render
    from certificates import services

    if _original_render is None:
        _original_render = services.render_pdf
        services.render_pdf = _render


@task_prerun.connect
def _before_task(task_id=None, task=None, args=None, **kwargs):
    _apply(control().get("settings", {}))
    _wrap_render()
    event(
        "start",
        task.name,
        task_id,
        os.getpid(),
        json.dumps(list(args or []), separators=(",", ":")),
    )


@task_postrun.connect
def _after_task(task_id=None, task=None, state=None, **kwargs):
    event("end", task.name, task_id, os.getpid(), state)
