"""Writes of the core app: queueing and delivering email."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .mail import delivery_connection, payload_to_message
from .models import OutgoingEmail

logger = logging.getLogger(__name__)


def email_enqueue(*, payload: dict) -> OutgoingEmail:
    """Store the message and hand it to the email task once the transaction commits.

    `robust`: if the broker is down the request still succeeds; the row stays
    queued and the periodic `requeue_stale_emails` job hands it over later.
    """
    from .tasks import deliver_email

    recipients = payload["to"] + payload["cc"] + payload["bcc"]
    outgoing = OutgoingEmail.objects.create(
        payload=payload,
        recipients=", ".join(recipients)[:2000],
        subject=payload["subject"][:998],
    )
    transaction.on_commit(lambda: deliver_email.delay(str(outgoing.pk)), robust=True)
    return outgoing


class DeliveryFailed(Exception):
    """The mail server refused or timed out; the task retries."""


def _claim_expired() -> timedelta:
    """A claim older than the task's hard time limit belongs to a worker that died."""
    return timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)


def _claim(outgoing_id: str, max_attempts: int) -> OutgoingEmail | None:
    """Count the attempt and mark the row as being sent, in a short committed transaction.

    Committing before the send means a worker killed mid-send still used up an
    attempt, so a poison message stops after `max_attempts` instead of looping.
    """
    with transaction.atomic():
        outgoing = OutgoingEmail.objects.select_for_update().filter(pk=outgoing_id).first()
        if outgoing is None or outgoing.status in (
            OutgoingEmail.Status.SENT,
            OutgoingEmail.Status.FAILED,
        ):
            return None
        now = timezone.now()
        if (
            outgoing.status == OutgoingEmail.Status.SENDING
            and outgoing.claimed_at
            and outgoing.claimed_at > now - _claim_expired()
        ):
            return None  # another worker is sending it right now
        if outgoing.attempts >= max_attempts:
            outgoing.status = OutgoingEmail.Status.FAILED
            outgoing.save(update_fields=["status"])
            return None
        outgoing.attempts += 1
        outgoing.status = OutgoingEmail.Status.SENDING
        outgoing.claimed_at = now
        outgoing.save(update_fields=["attempts", "status", "claimed_at"])
        return outgoing


def email_deliver(*, outgoing_id: str, max_attempts: int) -> OutgoingEmail | None:
    """Send a queued message at most once per claim.

    Idempotent: a message already sent, given up on, or being sent by another
    worker is left alone, so a duplicated or redelivered task sends nothing.
    """
    outgoing = _claim(outgoing_id, max_attempts)
    if outgoing is None:
        return OutgoingEmail.objects.filter(pk=outgoing_id).first()
    try:
        with delivery_connection() as connection:
            payload_to_message(outgoing.payload, connection=connection).send()
    except Exception as exc:
        logger.warning("Email %s failed (attempt %s): %s", outgoing.pk, outgoing.attempts, exc)
        outgoing.last_error = f"{type(exc).__name__}: {exc}"[:4000]
        outgoing.status = (
            OutgoingEmail.Status.FAILED
            if outgoing.attempts >= max_attempts
            else OutgoingEmail.Status.QUEUED
        )
        outgoing.save(update_fields=["last_error", "status"])
        if outgoing.status == OutgoingEmail.Status.QUEUED:
            raise DeliveryFailed(outgoing.last_error) from exc
        return outgoing
    outgoing.status = OutgoingEmail.Status.SENT
    outgoing.sent_at = timezone.now()
    # Keep who and what, not the body: it may hold one-time links (password resets).
    outgoing.payload = {}
    outgoing.save(update_fields=["status", "sent_at", "payload"])
    return outgoing


def stale_email_ids(*, older_than: timedelta) -> list[str]:
    """Queued messages nobody picked up (broker down when they were queued)."""
    cutoff = timezone.now() - older_than
    stale = OutgoingEmail.objects.filter(status=OutgoingEmail.Status.QUEUED, created_at__lt=cutoff)
    expired = OutgoingEmail.objects.filter(
        status=OutgoingEmail.Status.SENDING, claimed_at__lt=timezone.now() - _claim_expired()
    )
    return [str(pk) for pk in (stale | expired).values_list("pk", flat=True)[:500]]
