"""Celery tasks of certificates: take ids, call one service, own the retries."""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings

from .services import certificate_issue, stale_pending_ids

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=None, acks_late=True)
def issue_certificate(self, certificate_id: int) -> None:
    """Issue one certificate. Attempts are counted in the database (three at most)."""
    try:
        certificate_issue(certificate_id=certificate_id)
    except Exception as exc:
        if self.request.is_eager:
            # In-process (no broker): never fail the request that completed the course;
            # the row stays pending for requeue_pending_certificates.
            logger.exception("Certificate %s could not be issued", certificate_id)
            return
        delay = settings.CERTIFICATES_RETRY_SECONDS * 2**self.request.retries
        raise self.retry(exc=exc, countdown=min(delay, 600)) from exc


@shared_task
def requeue_pending_certificates() -> int:
    """Periodic: hand over certificates whose task never ran or whose worker died."""
    ids = stale_pending_ids(older_than=timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT))
    for certificate_id in ids:
        issue_certificate.delay(certificate_id)
    return len(ids)


@shared_task
def send_expiry_reminders() -> int:
    """Daily: remind holders 60, 30 and 7 days before their certificate expires."""
    from .reminders import send_due_reminders

    return send_due_reminders()


@shared_task(bind=True, max_retries=None, acks_late=True)
def build_certificate_bundle(self, bundle_id: int) -> str | None:
    """Build a cohort's ZIP of certificates (certificates/bundles.py); a done one is kept.

    Attempts are counted in the database (three at most); a build another worker is
    running is looked at again once that one would have saved progress.
    """
    from .bundles import BUSY_WINDOW, BundleBusy, bundle_build, bundle_give_up

    try:
        bundle = bundle_build(bundle_id=bundle_id)
    except BundleBusy as exc:
        if self.request.is_eager:
            return None
        raise self.retry(exc=exc, countdown=BUSY_WINDOW.total_seconds()) from exc
    except Exception as exc:
        if self.request.is_eager:
            # In-process (no broker): nothing would retry, so say it failed now.
            logger.exception("Certificate bundle %s could not be built", bundle_id)
            bundle_give_up(bundle_id=bundle_id, error=f"{type(exc).__name__}: {exc}")
            return None
        delay = settings.CERTIFICATES_RETRY_SECONDS * 2**self.request.retries
        raise self.retry(exc=exc, countdown=min(delay, 600)) from exc
    return bundle.status if bundle else None
