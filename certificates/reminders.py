"""Reminders before a certificate expires: 60, 30 and 7 days before, each once.

The daily job looks for certificates whose nearest reminder is due and not yet
sent; the reminder row and the queued email are written in one transaction, and
the row's unique constraint makes a rerun or a duplicated job send nothing.
A certificate reissued with a new expiry date gets its own reminders.
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from .models import Certificate, CertificateEvent, ExpiryReminder
from .notifications import send_expiry_reminder

REMINDER_DAYS = (60, 30, 7)


def _due_days(days_left: int) -> int | None:
    due = [d for d in REMINDER_DAYS if days_left <= d]
    return min(due) if due else None


def _course_url(certificate: Certificate) -> str:
    """The course page in the holder's language: it lists the upcoming cohorts."""
    with translation.override(certificate.language):
        return certificate.enrollment.cohort.course.localized.get_full_url() or ""


def send_due_reminders(*, today=None) -> int:
    """Send every reminder due today (or missed earlier); returns how many were sent."""
    today = today or timezone.localdate()
    horizon = today + timedelta(days=max(REMINDER_DAYS))
    candidates = Certificate.objects.filter(
        status=Certificate.Status.VALID, valid_until__gt=today, valid_until__lte=horizon
    ).select_related("trainee__user", "enrollment__cohort__course")
    sent = 0
    for certificate in candidates.iterator(chunk_size=500):
        days = _due_days((certificate.valid_until - today).days)
        if days is None:
            continue
        if ExpiryReminder.objects.filter(
            certificate=certificate, days_before=days, valid_until=certificate.valid_until
        ).exists():
            continue
        try:
            with transaction.atomic():
                ExpiryReminder.objects.create(
                    certificate=certificate, days_before=days, valid_until=certificate.valid_until
                )
                if send_expiry_reminder(
                    certificate,
                    days=(certificate.valid_until - today).days,
                    course_url=_course_url(certificate),
                ):
                    CertificateEvent.objects.create(
                        certificate=certificate,
                        action=CertificateEvent.Action.REMINDED,
                        reason=f"{days}",
                    )
                    sent += 1
        except IntegrityError:  # another run sent it a moment ago
            continue
    return sent
