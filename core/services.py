"""Writes of the core app: queueing and delivering email."""

import logging

from django.db import transaction
from django.utils import timezone

from .mail import delivery_connection, payload_to_message
from .models import OutgoingEmail

logger = logging.getLogger(__name__)


def email_enqueue(*, payload: dict) -> OutgoingEmail:
    """Store the message and hand it to the email task once the transaction commits."""
    from .tasks import deliver_email

    recipients = payload["to"] + payload["cc"] + payload["bcc"]
    outgoing = OutgoingEmail.objects.create(
        payload=payload,
        recipients=", ".join(recipients)[:2000],
        subject=payload["subject"][:998],
    )
    transaction.on_commit(lambda: deliver_email.delay(str(outgoing.pk)))
    return outgoing


class DeliveryFailed(Exception):
    """The mail server refused or timed out; the task retries."""


def email_deliver(*, outgoing_id: str, max_attempts: int) -> OutgoingEmail | None:
    """Send a queued message once.

    Idempotent: a message already sent (or given up on) is left alone, so a
    duplicated or redelivered task sends nothing the second time. The row is
    locked while sending so two workers cannot both send it.
    """
    with transaction.atomic():
        outgoing = OutgoingEmail.objects.select_for_update().filter(pk=outgoing_id).first()
        if outgoing is None or outgoing.status != OutgoingEmail.Status.QUEUED:
            return outgoing
        outgoing.attempts += 1
        try:
            with delivery_connection() as connection:
                payload_to_message(outgoing.payload, connection=connection).send()
        except Exception as exc:  # noqa: BLE001 - any transport error is retried
            logger.warning("Email %s failed (attempt %s): %s", outgoing.pk, outgoing.attempts, exc)
            outgoing.last_error = f"{type(exc).__name__}: {exc}"[:4000]
            if outgoing.attempts >= max_attempts:
                outgoing.status = OutgoingEmail.Status.FAILED
            outgoing.save(update_fields=["attempts", "last_error", "status"])
        else:
            outgoing.status = OutgoingEmail.Status.SENT
            outgoing.sent_at = timezone.now()
            outgoing.save(update_fields=["attempts", "status", "sent_at", "last_error"])
    # Raised after the commit, so the attempt stays counted when the task retries.
    if outgoing.status == OutgoingEmail.Status.QUEUED:
        raise DeliveryFailed(outgoing.last_error)
    return outgoing
