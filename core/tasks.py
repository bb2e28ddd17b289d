"""The email tasks: every outgoing message is delivered here."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings

from .services import DeliveryFailed, email_deliver, stale_email_ids


@shared_task(bind=True, max_retries=None, acks_late=True)
def deliver_email(self, outgoing_id: str) -> None:
    try:
        email_deliver(outgoing_id=outgoing_id, max_attempts=settings.EMAIL_TASK_MAX_ATTEMPTS)
    except DeliveryFailed as exc:
        if self.request.is_eager:
            # In-process (no broker): never fail the web request; the row stays
            # queued for requeue_stale_emails.
            return
        # The attempt counter lives in the database, so a lost worker cannot loop.
        raise self.retry(exc=exc, countdown=min(60 * 2**self.request.retries, 1800)) from exc


@shared_task
def requeue_stale_emails() -> int:
    """Periodic: hand over messages whose task was never queued or whose worker died."""
    ids = stale_email_ids(older_than=timedelta(minutes=10))
    for outgoing_id in ids:
        deliver_email.delay(outgoing_id)
    return len(ids)
