"""The rollup follows training's and certificates' events (all sent after commit).

Each event only writes a Backlog row and asks for a refresh; the refresh job applies
the backlog under the rollup's lock (reports/rollup.py), so events arriving in a
burst, twice, or during a rebuild all end in the same figures.
"""

import threading
from contextlib import contextmanager

from django.dispatch import receiver

from certificates.signals import certificate_changed
from training.signals import (
    attendance_changed,
    cohort_changed,
    enrollment_changed,
    enrollment_completed,
    sessions_changed,
)

from . import rollup

_state = threading.local()


@contextmanager
def muted():
    """Ignore events inside the block (and its commit): for bulk writers that rebuild after."""
    _state.muted = True
    try:
        yield
    finally:
        _state.muted = False


def _later(enrollment_ids=(), cohort_ids=()) -> None:
    from .tasks import refresh_reports

    if getattr(_state, "muted", False):
        return
    rollup.note_changes(enrollment_ids=enrollment_ids, cohort_ids=cohort_ids)
    refresh_reports.delay()


@receiver(enrollment_changed, dispatch_uid="reports.enrollment_changed")
def on_enrollment_changed(sender, *, enrollment_id, **kwargs):
    _later(enrollment_ids=[enrollment_id])


@receiver(enrollment_completed, dispatch_uid="reports.enrollment_completed")
def on_enrollment_completed(sender, *, enrollment_id, **kwargs):
    _later(enrollment_ids=[enrollment_id])


@receiver(attendance_changed, dispatch_uid="reports.attendance_changed")
def on_attendance_changed(sender, *, enrollment_ids, **kwargs):
    _later(enrollment_ids=enrollment_ids)


@receiver(cohort_changed, dispatch_uid="reports.cohort_changed")
@receiver(sessions_changed, dispatch_uid="reports.sessions_changed")
def on_sessions_changed(sender, *, cohort_id, **kwargs):
    _later(cohort_ids=[cohort_id])


@receiver(certificate_changed, dispatch_uid="reports.certificate_changed")
def on_certificate_changed(sender, *, enrollment_id, **kwargs):
    _later(enrollment_ids=[enrollment_id])
