"""One ZIP with every valid certificate of a cohort, built in the background.

A cohort's admin asks for it (`bundle_request`): one bundle is active per cohort
at a time (a partial unique constraint), so asking twice, or a double click,
returns the one being built. The Celery task (`tasks.build_certificate_bundle`)
calls `bundle_build`, which, like issuing a certificate, counts its attempt in
its own committed transaction first (a worker killed mid-build used one up; a
build that keeps failing stops after `CertificateBundle.MAX_ATTEMPTS`), writes
the ZIP to the bundle's own storage key (a retry overwrites it) and saves its
progress every few files. A finished bundle is never rebuilt.
"""

import logging
import tempfile
import zipfile
from datetime import timedelta

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from training.models import Cohort, Enrollment

from . import services
from .models import Certificate, CertificateBundle

logger = logging.getLogger(__name__)
Status = CertificateBundle.Status
PROGRESS_EVERY = 5  # files added between two saves of the progress


class BundleBusy(Exception):
    """Another worker is building this bundle right now; try again later."""


# How long a running build may go without saving progress before it counts as dead.
BUSY_WINDOW = timedelta(minutes=2)


def bundle_certificates(cohort_id: int):
    """The certificates that go into a cohort's ZIP: the issued, unrevoked ones."""
    return (
        Certificate.objects.filter(enrollment__cohort_id=cohort_id, status=Certificate.Status.VALID)
        .select_related("cluster", "template")
        .order_by("holder_name", "pk")
    )


def earning_enrollments(cohort: Cohort):
    """Enrollments of the cohort whose outcome earns a certificate (services.earned_kind)."""
    statuses = [Enrollment.Status.COMPLETED]
    if cohort.course.participation_certificate:
        statuses.append(Enrollment.Status.PARTICIPATED)
    return Enrollment.objects.filter(cohort=cohort, status__in=statuses)


def entry_name(certificate: Certificate) -> str:
    """The PDF's name inside the ZIP: the holder's name in ASCII and the unique code."""
    return f"{slugify(certificate.holder_name)[:80] or 'certificado'}-{certificate.code}.pdf"


def _queue(bundle_id: int) -> None:
    def send():
        from .tasks import build_certificate_bundle

        build_certificate_bundle.delay(bundle_id)

    transaction.on_commit(send, robust=True)


def _is_stale(bundle: CertificateBundle) -> bool:
    return bundle.updated_at < timezone.now() - BUSY_WINDOW


def bundle_request(*, actor, cohort_id: int) -> CertificateBundle:
    """The cohort's ZIP being built, or a new one queued; the caller checks permissions.

    A bundle left queued or running by a lost task is queued again when someone asks.
    """
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().get(pk=cohort_id)
        active = CertificateBundle.objects.filter(
            cohort=cohort, status__in=CertificateBundle.ACTIVE
        ).first()
        if active is not None:
            if _is_stale(active):
                _queue(active.pk)
            return active
        bundle = CertificateBundle(
            cohort=cohort,
            requested_by=actor,
            total=bundle_certificates(cohort.pk).count(),
        )
        try:
            with transaction.atomic():
                bundle.save()
        except IntegrityError:  # a concurrent request created the active one first
            return CertificateBundle.objects.get(cohort=cohort, status__in=CertificateBundle.ACTIVE)
        _queue(bundle.pk)
        return bundle


def _claim(bundle_id: int) -> CertificateBundle | None:
    """Count this attempt (committed at once); None when there is nothing to build."""
    with transaction.atomic():
        bundle = (
            CertificateBundle.objects.select_for_update(skip_locked=True)
            .filter(pk=bundle_id)
            .first()
        )
        if bundle is None or bundle.status not in CertificateBundle.ACTIVE:
            return None
        if bundle.status == Status.RUNNING and bundle.attempts and not _is_stale(bundle):
            raise BundleBusy
        if bundle.attempts >= CertificateBundle.MAX_ATTEMPTS:
            _fail(bundle, bundle.error or f"Gave up after {bundle.attempts} attempts.")
            return None
        bundle.attempts += 1
        bundle.status = Status.RUNNING
        bundle.total = bundle_certificates(bundle.cohort_id).count()
        bundle.done = 0
        bundle.save(update_fields=["attempts", "status", "total", "done", "updated_at"])
        return bundle


def _fail(bundle: CertificateBundle, error: str) -> None:
    bundle.status = Status.FAILED
    bundle.error = error[:4000]
    bundle.finished_at = timezone.now()
    bundle.save(update_fields=["status", "error", "finished_at", "updated_at"])


def _progress(bundle: CertificateBundle, done: int) -> None:
    CertificateBundle.objects.filter(pk=bundle.pk, status=Status.RUNNING).update(
        done=done, updated_at=timezone.now()
    )


def _write_zip(bundle: CertificateBundle, certificates: list[Certificate]) -> str:
    """Build the ZIP in a temporary file and store it at the bundle's key; its stored name."""
    with tempfile.TemporaryFile() as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for number, certificate in enumerate(certificates, start=1):
                archive.writestr(entry_name(certificate), services.pdf_bytes(certificate))
                if number % PROGRESS_EVERY == 0:
                    _progress(bundle, number)
        handle.seek(0)
        name = bundle.storage_name
        if default_storage.exists(name):
            default_storage.delete(name)
        return default_storage.save(name, File(handle, name=name))


def bundle_build(*, bundle_id: int) -> CertificateBundle | None:
    """Build a queued bundle (the task's body); a finished or failed one is left alone.

    Raises BundleBusy when another worker is on it, and the build's error, after
    recording it, while attempts remain (the task retries).
    """
    bundle = _claim(bundle_id)
    if bundle is None:
        return CertificateBundle.objects.filter(pk=bundle_id).first()
    try:
        certificates = list(bundle_certificates(bundle.cohort_id))
        stored = _write_zip(bundle, certificates)
    except Exception as exc:
        logger.warning("Certificate bundle %s failed: %s", bundle_id, exc)
        error = f"{type(exc).__name__}: {exc}"
        with transaction.atomic():
            bundle = CertificateBundle.objects.select_for_update().get(pk=bundle_id)
            if bundle.attempts >= CertificateBundle.MAX_ATTEMPTS:
                _fail(bundle, error)
                return bundle
            # Back in the queue, so the task's retry claims it at once.
            bundle.status = Status.QUEUED
            bundle.error = error[:4000]
            bundle.save(update_fields=["status", "error", "updated_at"])
        raise
    bundle.status = Status.DONE
    bundle.file = stored
    bundle.total = bundle.done = len(certificates)
    bundle.error = ""
    bundle.finished_at = timezone.now()
    bundle.save(
        update_fields=["status", "file", "total", "done", "error", "finished_at", "updated_at"]
    )
    return bundle


def bundle_give_up(*, bundle_id: int, error: str = "") -> None:
    """Mark a bundle failed when no retry will come (tasks run in-process, without a broker)."""
    with transaction.atomic():
        bundle = CertificateBundle.objects.select_for_update().filter(pk=bundle_id).first()
        if bundle is not None and bundle.status in CertificateBundle.ACTIVE:
            _fail(bundle, error or bundle.error)
