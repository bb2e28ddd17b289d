"""The email task: every outgoing message is delivered here."""

from celery import shared_task
from django.conf import settings

from .services import DeliveryFailed, email_deliver


@shared_task(bind=True, max_retries=None, acks_late=True)
def deliver_email(self, outgoing_id: str) -> None:
    try:
        email_deliver(outgoing_id=outgoing_id, max_attempts=settings.EMAIL_TASK_MAX_ATTEMPTS)
    except DeliveryFailed as exc:
        # The attempt counter lives in the database, so a lost worker cannot loop.
        raise self.retry(exc=exc, countdown=min(60 * 2**self.request.retries, 1800)) from exc
