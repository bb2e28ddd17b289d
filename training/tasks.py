"""Training's Celery tasks: take ids, call one service, idempotent (DESIGN.md §5).

The roster import services count their attempts in the database and give up
after three (training.imports.MAX_ATTEMPTS), so a worker killed in the middle of
a job neither loses it (acks_late + reject on worker loss) nor loops on it.
Checking or applying an import that is already done changes nothing.
"""

from datetime import timedelta

from celery import shared_task

from .imports import roster_import_apply, roster_import_send_emails, roster_import_validate


@shared_task(acks_late=True)
def validate_roster_import(import_id: int) -> str:
    """Check every row of an uploaded roster and store its preview."""
    return roster_import_validate(import_id=import_id).status


@shared_task(acks_late=True)
def apply_roster_import(import_id: int) -> str:
    """Write a confirmed roster import: all rows or none."""
    return roster_import_apply(import_id=import_id).status


@shared_task(acks_late=True)
def send_roster_import_emails(import_id: int) -> int:
    """Invitations to new accounts and enrollment emails of an applied import (once)."""
    return roster_import_send_emails(import_id=import_id)


@shared_task(acks_late=True)
def notify_enrollment_change(change_id: int) -> bool:
    """The email an enrollment's status change owes its trainee (sent once)."""
    from .notifications import notify_change

    return notify_change(change_id=change_id)


@shared_task
def requeue_enrollment_emails() -> int:
    """Periodic: hand over enrollment emails whose task was never queued or was lost."""
    from .notifications import unsent_change_ids

    ids = unsent_change_ids(older_than=timedelta(minutes=10))
    for change_id in ids:
        notify_enrollment_change.delay(change_id)
    return len(ids)


@shared_task
def requeue_roster_imports() -> int:
    """Periodic: hand over roster imports whose job was lost (no broker, a dead worker)."""
    from .imports import stalled_import_steps

    tasks = {
        "validate": validate_roster_import,
        "apply": apply_roster_import,
        "emails": send_roster_import_emails,
    }
    steps = stalled_import_steps(older_than=timedelta(minutes=15))
    for import_id, step in steps:
        tasks[step].delay(import_id)
    return len(steps)


@shared_task(acks_late=True)
def notify_session_change(session_id: int) -> int:
    """Tell the enrolled trainees that a session moved or was cancelled (once per change)."""
    from .session_notices import notify_session_change as notify

    return notify(session_id=session_id)


@shared_task
def requeue_session_notices() -> int:
    """Periodic: hand over session notices whose task was never queued or was lost."""
    from .session_notices import unsent_session_ids

    ids = unsent_session_ids(older_than=timedelta(minutes=10))
    for session_id in ids:
        notify_session_change.delay(session_id)
    return len(ids)


@shared_task
def finish_ended_cohorts() -> int:
    """Periodic: cohorts over for a while get their outcomes, so nobody waits on a forgotten click.

    Staff normally finish a cohort themselves (cohort matrix); this decides the rest
    `TRAINING_FINISH_AFTER_DAYS` after the last day. Finishing twice changes nothing.
    """
    from django.conf import settings

    from .completion import cohort_finish, ended_cohort_ids

    ids = ended_cohort_ids(after_days=settings.TRAINING_FINISH_AFTER_DAYS)
    for cohort_id in ids:
        cohort_finish(actor=None, cohort_id=cohort_id)
    return len(ids)
