"""Every change to a certificate: request, issue, reissue, revoke (DESIGN.md §4).

Issuing happens exactly once whatever the queue does. `certificate_request`
creates the row (one per enrollment, backed by the unique constraint) under a
lock on the enrollment and queues the task after commit. The task
(`certificate_issue`) first counts the attempt in its own committed
transaction, so a worker killed mid-task still used one up and a poison task
stops after `Certificate.MAX_ATTEMPTS`; then, holding the row lock, it renders
the PDF to its deterministic storage key, signs the credential, marks the
certificate valid and queues the one email in that same transaction. A
duplicate waits for that lock and then finds the certificate valid: it does
nothing. (Skipping a locked row instead would also skip rows a person's request
or revocation holds for a moment, and lose the task.)
"""

import logging
from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import page_cache
from training.models import Enrollment

from .models import Certificate, CertificateEvent, CertificateTemplate, Kind
from .selectors import cache_name
from .signals import certificate_changed

logger = logging.getLogger(__name__)
Status = Certificate.Status
Action = CertificateEvent.Action


class CertificateError(Exception):
    """A change that is not allowed; the message is translated and meant for people."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- What an enrollment earns ------------------------------------------------------


def earned_kind(enrollment: Enrollment) -> str | None:
    """The certificate an enrollment's outcome earns, if any."""
    if enrollment.status == Enrollment.Status.COMPLETED:
        return Kind.COMPLETION
    participated = enrollment.status == Enrollment.Status.PARTICIPATED
    if participated and enrollment.cohort.course.participation_certificate:
        return Kind.PARTICIPATION
    return None


def template_for(cluster_id: int, kind: str) -> CertificateTemplate | None:
    """The cluster's default template of that kind, else the network's, else none (built-in)."""
    defaults = CertificateTemplate.objects.filter(kind=kind, is_default=True).filter(
        Q(cluster_id=cluster_id) | Q(cluster__isnull=True)
    )
    return min(defaults, key=lambda t: t.cluster_id is None, default=None)


def _title_in(course, language: str) -> str:
    """The course's title in `language` when its translation is live (Wagtail's `localized`)."""
    with translation.override(language):
        return course.localized.title


def _snapshot(enrollment: Enrollment, kind: str) -> dict:
    """The facts the certificate attests, as they are now."""
    cohort = enrollment.cohort
    course = cohort.course
    template = template_for(cohort.cluster_id, kind)
    signatories = []
    if template is not None:
        signatories = [
            {
                "name": s.name,
                "position_es": s.position_es,
                "position_en": s.position_en,
                "signature_image_id": s.signature_id,
            }
            for s in template.signatories.all()
        ]
    user = enrollment.trainee.user
    return {
        "cluster_id": cohort.cluster_id,
        "trainee_id": enrollment.trainee_id,
        "company_id": enrollment.company_id,
        "template": template,
        "kind": kind,
        "language": user.language if user.language in ("es", "en") else "es",
        "holder_name": enrollment.trainee.full_name,
        "course_code": course.code,
        "course_title_es": course.title,
        "course_title_en": _title_in(course, "en"),
        "hours": course.hours,
        "starts_on": cohort.starts_on,
        "ends_on": cohort.ends_on,
        "cluster_name": cohort.cluster.name,
        "signatories": signatories,
    }


def _valid_until(enrollment: Enrollment, issued_on):
    months = enrollment.cohort.course.certificate_validity_months
    return issued_on + relativedelta(months=months) if months else None


def _log(certificate: Certificate, action: str, actor=None, reason: str = "") -> None:
    """Audit a change, and tell subscribers (reports) after commit."""
    CertificateEvent.objects.create(
        certificate=certificate, action=action, actor=actor, reason=reason[:300]
    )
    _announce(certificate)


def _announce(certificate: Certificate) -> None:
    enrollment_id = certificate.enrollment_id
    transaction.on_commit(
        lambda: certificate_changed.send(sender=Certificate, enrollment_id=enrollment_id),
        robust=True,
    )


def _queue(certificate_id: int) -> None:
    def send():
        from .tasks import issue_certificate

        issue_certificate.delay(certificate_id)

    transaction.on_commit(send, robust=True)


def _lock_enrollment(enrollment_id: int) -> Enrollment:
    return (
        Enrollment.objects.select_for_update(of=("self",))
        .select_related("cohort__course", "cohort__cluster", "trainee__user")
        .get(pk=enrollment_id)
    )


# --- Requests ----------------------------------------------------------------------


def certificate_request(
    *, enrollment_id: int, actor=None, reason: str = "", notify: bool = True
) -> Certificate:
    """The certificate an enrollment earned, created and queued for issuing if new.

    Idempotent: asking again (a double click, a second event) returns the same row.
    A failed one is queued again when a person asks. Raises CertificateError when
    the outcome earns no certificate.
    """
    with transaction.atomic():
        enrollment = _lock_enrollment(enrollment_id)
        kind = earned_kind(enrollment)
        if kind is None:
            raise CertificateError(
                _(
                    "This enrollment has not been completed (and earns no certificate of "
                    "participation), so no certificate is issued."
                )
            )
        existing = Certificate.objects.select_for_update().filter(enrollment=enrollment).first()
        if existing is not None:
            if existing.status == Status.FAILED and actor is not None:
                return _requeue(existing, actor=actor, reason=reason)
            return existing
        certificate = Certificate(
            enrollment=enrollment, notify=notify, **_snapshot(enrollment, kind)
        )
        try:
            with transaction.atomic():
                certificate.save()
        except IntegrityError:  # the unique constraint caught a racing request
            return Certificate.objects.get(enrollment=enrollment)
        _log(certificate, Action.REQUESTED, actor, reason)
        _queue(certificate.pk)
        return certificate


def _requeue(certificate: Certificate, *, actor, reason: str) -> Certificate:
    certificate.status = Status.PENDING
    certificate.attempts = 0
    certificate.claimed_at = None
    certificate.save(update_fields=["status", "attempts", "claimed_at", "updated_at"])
    _log(certificate, Action.RETRIED, actor, reason)
    _queue(certificate.pk)
    return certificate


def certificate_reissue(*, actor, certificate_id: int, reason: str) -> Certificate:
    """Issue again with today's facts (a corrected name, a new template): a new revision.

    The code stays, so printed QR codes keep working; the verification page and the
    credential show the new revision, and an older PDF no longer matches them.
    """
    if not reason.strip():
        raise CertificateError(_("Say why the certificate is issued again."))
    enrollment_id = Certificate.objects.values_list("enrollment_id", flat=True).get(
        pk=certificate_id
    )
    with transaction.atomic():
        # Enrollment first, then certificate: the order certificate_request locks them in.
        enrollment = _lock_enrollment(enrollment_id)
        certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
        kind = earned_kind(enrollment)
        if kind is None:
            raise CertificateError(
                _("The enrollment no longer earns a certificate; it cannot be issued again.")
            )
        if certificate.status == Status.PENDING:
            raise CertificateError(_("The certificate is being issued right now."))
        for field, value in _snapshot(enrollment, kind).items():
            setattr(certificate, field, value)
        certificate.revision += 1
        certificate.status = Status.PENDING
        certificate.attempts = 0
        certificate.claimed_at = None
        certificate.last_error = ""
        certificate.issued_on = certificate.issued_at = certificate.valid_until = None
        certificate.revoked_at = certificate.revoked_by = None
        certificate.revoked_reason = ""
        certificate.emailed_at = None
        certificate.notify = True
        certificate.save()
        _log(certificate, Action.REISSUED, actor, reason.strip())
        _queue(certificate.pk)
        _after_status_change(certificate)
        return certificate


def certificate_revoke(*, actor, certificate_id: int, reason: str) -> Certificate:
    """Withdraw a certificate; the verification page, JSON and status list say so at once."""
    if not reason.strip():
        raise CertificateError(_("Say why the certificate is revoked."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
        if certificate.status == Status.REVOKED:
            return certificate
        certificate.status = Status.REVOKED
        certificate.revoked_at = timezone.now()
        certificate.revoked_reason = reason.strip()[:300]
        certificate.revoked_by = actor
        certificate.save(
            update_fields=["status", "revoked_at", "revoked_reason", "revoked_by", "updated_at"]
        )
        _log(certificate, Action.REVOKED, actor, certificate.revoked_reason)
        _after_status_change(certificate)
        return certificate


def _after_status_change(certificate: Certificate) -> None:
    """After commit: the status list and the cached verification pages show the change."""
    from . import status_list

    transaction.on_commit(lambda: status_list.invalidate_for(certificate), robust=True)
    transaction.on_commit(lambda: page_cache.bump(cache_name(certificate.code)), robust=True)


def certificate_follow_outcome(*, enrollment_id: int) -> Certificate | None:
    """React to a changed outcome (the `enrollment_completed` event): request, swap, revoke.

    - an outcome that earns a certificate requests it (idempotent);
    - one that earns another kind (participation became completion) issues it again;
    - an outcome that was reopened or lost revokes it automatically; if it is earned
      again later, the automatically revoked certificate is issued again.
    """
    enrollment = (
        Enrollment.objects.select_related("cohort__course").filter(pk=enrollment_id).first()
    )
    if enrollment is None:
        return None
    kind = earned_kind(enrollment)
    certificate = Certificate.objects.filter(enrollment_id=enrollment_id).first()
    if kind is None:
        if certificate is not None and certificate.status in (Status.VALID, Status.PENDING):
            return certificate_revoke(
                actor=None,
                certificate_id=certificate.pk,
                reason=_("The outcome of the enrollment changed; it no longer earns it."),
            )
        return certificate
    if certificate is None:
        return certificate_request(enrollment_id=enrollment_id)
    automatic = certificate.status == Status.REVOKED and certificate.revoked_by_id is None
    if certificate.kind != kind or automatic:
        if certificate.status == Status.PENDING:
            return certificate
        return certificate_reissue(
            actor=None,
            certificate_id=certificate.pk,
            reason=_("The outcome of the enrollment changed."),
        )
    return certificate


def certificates_request_for_cohort(*, actor, cohort_id: int) -> dict[str, int]:
    """Issue for every enrollment of a cohort that earned a certificate (by hand, in bulk).

    Returns how many were queued now, were there already, and earn none.
    """
    counts = {"queued": 0, "existing": 0, "not_earned": 0}
    enrollments = Enrollment.objects.filter(cohort_id=cohort_id).select_related("cohort__course")
    had = set(
        Certificate.objects.filter(enrollment__cohort_id=cohort_id).values_list(
            "enrollment_id", flat=True
        )
    )
    for enrollment in enrollments:
        if earned_kind(enrollment) is None:
            counts["not_earned"] += 1
        elif enrollment.pk in had:
            certificate_request(enrollment_id=enrollment.pk, actor=actor)  # retries failed ones
            counts["existing"] += 1
        else:
            certificate_request(enrollment_id=enrollment.pk, actor=actor)
            counts["queued"] += 1
    return counts


# --- Issuing (the task) ------------------------------------------------------------


def pdf_storage_name(certificate: Certificate) -> str:
    """Where a revision's PDF lives: derived from the row, so a retry overwrites, never adds."""
    return f"certificates/{certificate.cluster_id}/{certificate.code}-r{certificate.revision}.pdf"


def verify_url(certificate: Certificate) -> str:
    from .keys import public_base_url

    return f"{public_base_url()}/verify/{certificate.code}/"


def store_pdf(certificate: Certificate, content: bytes) -> str:
    name = pdf_storage_name(certificate)
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(content))


def render_pdf(certificate: Certificate) -> bytes:
    from .pdf import render_certificate_pdf

    return render_certificate_pdf(certificate, verify_url=verify_url(certificate))


def pdf_bytes(certificate: Certificate) -> bytes:
    """The stored PDF of the current revision, rendered and stored first if missing."""
    name = certificate.pdf or pdf_storage_name(certificate)
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as handle:
            return handle.read()
    content = render_pdf(certificate)
    stored = store_pdf(certificate, content)
    if stored != certificate.pdf:
        Certificate.objects.filter(pk=certificate.pk, revision=certificate.revision).update(
            pdf=stored
        )
        certificate.pdf = stored
    return content


def _claim_window() -> timedelta:
    return timedelta(seconds=settings.CERTIFICATES_CLAIM_WINDOW_SECONDS)


def _claim(certificate_id: int) -> Certificate | None:
    """Count this attempt in its own committed transaction; None when there is nothing to do.

    Attempts closer together than the claim window count once (a duplicate racing
    the first).
    """
    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(of=("self",))
            .select_related("enrollment__cohort__course")
            .filter(pk=certificate_id)
            .first()
        )
        if certificate is None or certificate.status != Status.PENDING:
            return None
        now = timezone.now()
        if certificate.attempts >= Certificate.MAX_ATTEMPTS:
            _fail(certificate)
            return None
        # The window does not slide: a task that kills its worker every time still
        # uses up an attempt per window, so it stops.
        if certificate.claimed_at is None or certificate.claimed_at < now - _claim_window():
            certificate.attempts += 1
            certificate.claimed_at = now
        if certificate.issued_at is None:
            certificate.issued_at = now
            certificate.issued_on = timezone.localdate(now)
            certificate.valid_until = _valid_until(certificate.enrollment, certificate.issued_on)
        certificate.save(
            update_fields=[
                "attempts",
                "claimed_at",
                "issued_at",
                "issued_on",
                "valid_until",
                "updated_at",
            ]
        )
        return certificate


def _fail(certificate: Certificate) -> None:
    certificate.status = Status.FAILED
    certificate.save(update_fields=["status", "updated_at"])
    _log(certificate, Action.FAILED, reason=certificate.last_error[:300])


def certificate_issue(*, certificate_id: int) -> Certificate | None:
    """Render, sign and publish a pending certificate, and email it once (the task's body).

    Raises the rendering error after recording it while attempts remain, so the task
    retries; returns the certificate (or None if it is gone).
    """
    if _claim(certificate_id) is None:
        return Certificate.objects.filter(pk=certificate_id).first()
    try:
        with transaction.atomic():
            # Waits while another worker issues it (then finds it valid) or a person's
            # short change holds it; a killed worker's lock goes with its connection.
            certificate = (
                Certificate.objects.select_for_update(of=("self",))
                .select_related("enrollment", "cluster", "template", "trainee__user")
                .get(pk=certificate_id)
            )
            if certificate.status != Status.PENDING:
                return certificate
            from .credentials import sign_credential

            content = render_pdf(certificate)
            certificate.pdf = store_pdf(certificate, content)
            certificate.credential = sign_credential(certificate)
            certificate.status = Status.VALID
            certificate.last_error = ""
            certificate.save()
            _log(certificate, Action.ISSUED)
            if certificate.notify and certificate.emailed_at is None:
                from .notifications import send_issued

                if send_issued(certificate, pdf=content):
                    certificate.emailed_at = timezone.now()
                    certificate.save(update_fields=["emailed_at"])
                    _log(certificate, Action.EMAILED)
            return certificate
    except Exception as exc:
        logger.warning("Certificate %s failed: %s", certificate_id, exc)
        with transaction.atomic():
            certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
            certificate.last_error = f"{type(exc).__name__}: {exc}"[:4000]
            certificate.save(update_fields=["last_error", "updated_at"])
            if certificate.attempts >= Certificate.MAX_ATTEMPTS:
                _fail(certificate)
                return certificate
        raise


def stale_pending_ids(*, older_than: timedelta) -> list[int]:
    """Pending certificates nobody is issuing (the broker was down, the worker died)."""
    cutoff = timezone.now() - older_than
    return list(
        Certificate.objects.filter(status=Status.PENDING, updated_at__lt=cutoff).values_list(
            "pk", flat=True
        )[:500]
    )


def certificate_record_issued(*, enrollment_id: int, issued_at) -> Certificate | None:
    """A certificate issued in the past, recorded without email (demo data, migrations).

    Its PDF is rendered on first download; the credential is signed now. Does
    nothing when the enrollment already has one or earns none.
    """
    from .credentials import sign_credential

    with transaction.atomic():
        enrollment = _lock_enrollment(enrollment_id)
        kind = earned_kind(enrollment)
        if kind is None or Certificate.objects.filter(enrollment=enrollment).exists():
            return None
        certificate = Certificate(
            enrollment=enrollment, notify=False, **_snapshot(enrollment, kind)
        )
        certificate.issued_at = issued_at
        certificate.issued_on = timezone.localdate(issued_at)
        certificate.valid_until = _valid_until(enrollment, certificate.issued_on)
        certificate.status = Status.VALID
        certificate.save()
        certificate.credential = sign_credential(certificate)
        certificate.save(update_fields=["credential"])
        CertificateEvent.objects.create(certificate=certificate, action=Action.ISSUED, at=issued_at)
        _announce(certificate)
        return certificate
