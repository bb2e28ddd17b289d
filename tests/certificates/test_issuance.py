"""Issuing follows training's outcome, exactly once; revoke and reissue; reminders (issue 6)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from certificates import services
from certificates.models import Certificate, CertificateEvent, ExpiryReminder, Kind
from certificates.reminders import send_due_reminders
from certificates.services import CertificateError
from clusters.models import User
from core.models import OutgoingEmail
from tests.certificates.factories import completed_enrollment, template
from tests.courses.factories import course_page
from training.models import Enrollment
from training.signals import enrollment_completed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


Status = Certificate.Status


def reach(enrollment, status, previous="enrolled"):
    """Give the enrollment an outcome and send training's event, as its service does."""
    Enrollment.objects.filter(pk=enrollment.pk).update(status=status, completed_at=timezone.now())
    enrollment_completed.send(
        sender=Enrollment,
        enrollment_id=enrollment.pk,
        outcome=status if status in Enrollment.OUTCOMES else "",
        previous=previous if previous in Enrollment.OUTCOMES else "",
    )


def test_completing_a_course_issues_the_certificate_with_pdf_credential_and_email(
    home, django_capture_on_commit_callbacks
):
    enrollment = completed_enrollment(home)
    template(enrollment.cluster)
    with django_capture_on_commit_callbacks(execute=True):
        reach(enrollment, Enrollment.Status.COMPLETED)

    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.status == Status.VALID
    assert certificate.kind == Kind.COMPLETION
    assert certificate.holder_name == enrollment.trainee.full_name
    assert certificate.issued_on == timezone.localdate()
    assert certificate.signatories[0]["name"] == "Mtra. Sofía Ibáñez"
    assert len(certificate.code) == 26
    assert default_storage.exists(certificate.pdf)
    assert certificate.pdf == services.pdf_storage_name(certificate)
    assert certificate.credential.count(".") == 2
    [message] = mail.outbox
    assert message.to == [enrollment.trainee.user.email]
    assert f"/verify/{certificate.code}/" in message.body
    [(filename, content, mimetype)] = message.attachments
    assert (filename, mimetype) == (f"{certificate.code}.pdf", "application/pdf")
    assert content.startswith(b"%PDF")
    assert certificate.emailed_at is not None


def test_asking_again_changes_nothing_and_sends_no_second_email(
    home, django_capture_on_commit_callbacks
):
    enrollment = completed_enrollment(home)
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            services.certificate_request(enrollment_id=enrollment.pk)
        services.certificate_issue(certificate_id=Certificate.objects.get().pk)
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1
    assert CertificateEvent.objects.filter(action="issued").count() == 1


def test_an_enrollment_that_is_not_completed_gets_a_clear_refusal(home):
    enrollment = completed_enrollment(home)
    Enrollment.objects.filter(pk=enrollment.pk).update(status=Enrollment.Status.NOT_COMPLETED)
    with pytest.raises(CertificateError, match="has not been completed"):
        services.certificate_request(enrollment_id=enrollment.pk)
    assert not Certificate.objects.exists()


def test_participation_earns_its_certificate_only_where_the_course_allows_it(
    home, django_capture_on_commit_callbacks
):
    allowed = completed_enrollment(home, course=course_page(home, participation_certificate=True))
    refused = completed_enrollment(home, course=course_page(home, participation_certificate=False))
    with django_capture_on_commit_callbacks(execute=True):
        reach(allowed, Enrollment.Status.PARTICIPATED)
        reach(refused, Enrollment.Status.PARTICIPATED)
    assert Certificate.objects.get(enrollment=allowed).kind == Kind.PARTICIPATION
    assert not Certificate.objects.filter(enrollment=refused).exists()
    assert len(mail.outbox) == 1


def test_a_reopened_outcome_revokes_it_and_completing_again_reissues_it(
    home, django_capture_on_commit_callbacks
):
    enrollment = completed_enrollment(home)
    with django_capture_on_commit_callbacks(execute=True):
        reach(enrollment, Enrollment.Status.COMPLETED)
    with django_capture_on_commit_callbacks(execute=True):
        reach(enrollment, Enrollment.Status.ENROLLED, previous="completed")
    certificate = Certificate.objects.get()
    assert certificate.status == Status.REVOKED
    assert certificate.revoked_by is None
    assert "outcome" in certificate.revoked_reason

    with django_capture_on_commit_callbacks(execute=True):
        reach(enrollment, Enrollment.Status.COMPLETED)
    certificate.refresh_from_db()
    assert (certificate.status, certificate.revision) == (Status.VALID, 2)
    assert certificate.revoked_at is None
    assert default_storage.exists(services.pdf_storage_name(certificate))


def test_a_person_revokes_with_a_reason_and_an_event_cannot_undo_it(
    home, django_capture_on_commit_callbacks
):
    enrollment = completed_enrollment(home)
    with django_capture_on_commit_callbacks(execute=True):
        reach(enrollment, Enrollment.Status.COMPLETED)
    admin = User.objects.create(username="admin", email="admin@example.com")
    certificate = Certificate.objects.get()
    with pytest.raises(CertificateError):
        services.certificate_revoke(actor=admin, certificate_id=certificate.pk, reason="  ")
    services.certificate_revoke(actor=admin, certificate_id=certificate.pk, reason="Fraude")
    with django_capture_on_commit_callbacks(execute=True):
        reach(enrollment, Enrollment.Status.COMPLETED)
    certificate.refresh_from_db()
    assert certificate.status == Status.REVOKED
    assert certificate.revoked_reason == "Fraude"


def test_reissuing_takes_the_corrected_name_keeps_the_code_and_emails_again(
    home, django_capture_on_commit_callbacks
):
    enrollment = completed_enrollment(home)
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_request(enrollment_id=enrollment.pk)
    certificate = Certificate.objects.get()
    code = certificate.code
    profile = enrollment.trainee
    profile.given_names = "María José"
    profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_reissue(actor=None, certificate_id=certificate.pk, reason="Nombre")
    certificate.refresh_from_db()
    assert certificate.code == code
    assert certificate.revision == 2
    assert certificate.holder_name.startswith("María José")
    assert certificate.pdf.endswith("-r2.pdf")
    assert len(mail.outbox) == 2
    assert mail.outbox[1].attachments[0][0] == f"{code}.pdf"


def test_a_failing_render_is_retried_and_given_up_after_three_attempts(
    home, monkeypatch, settings, django_capture_on_commit_callbacks
):
    settings.CERTIFICATES_CLAIM_WINDOW_SECONDS = 0
    enrollment = completed_enrollment(home)

    def broken(certificate):
        raise OSError("disk full")

    monkeypatch.setattr(services, "render_pdf", broken)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = services.certificate_request(enrollment_id=enrollment.pk)
    # The eager task used the first attempt; the second raises for a retry; the third gives up.
    assert Certificate.objects.get().attempts == 1
    with pytest.raises(OSError):
        services.certificate_issue(certificate_id=certificate.pk)
    services.certificate_issue(certificate_id=certificate.pk)
    certificate.refresh_from_db()
    assert (certificate.status, certificate.attempts) == (Status.FAILED, 3)
    assert "disk full" in certificate.last_error
    assert not mail.outbox
    # Nothing more happens on its own; a person asking again retries it.
    services.certificate_issue(certificate_id=certificate.pk)
    assert Certificate.objects.get().attempts == 3
    monkeypatch.undo()
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_request(enrollment_id=enrollment.pk, actor=enrollment.trainee.user)
    assert Certificate.objects.get().status == Status.VALID


def test_validity_sets_the_expiry_and_reminders_go_once_at_60_30_and_7_days(
    home, django_capture_on_commit_callbacks
):
    course = course_page(home, certificate_validity_months=24, hours=Decimal("40"))
    enrollment = completed_enrollment(home, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_request(enrollment_id=enrollment.pk)
    certificate = Certificate.objects.get()
    assert certificate.valid_until == certificate.issued_on.replace(
        year=certificate.issued_on.year + 2
    )
    OutgoingEmail.objects.all().delete()
    expiry = certificate.valid_until
    assert send_due_reminders(today=expiry - timedelta(days=90)) == 0
    assert send_due_reminders(today=expiry - timedelta(days=60)) == 1
    assert send_due_reminders(today=expiry - timedelta(days=59)) == 0
    assert send_due_reminders(today=expiry - timedelta(days=20)) == 1
    assert send_due_reminders(today=expiry - timedelta(days=7)) == 1
    assert send_due_reminders(today=expiry - timedelta(days=7)) == 0
    assert send_due_reminders(today=expiry) == 0
    assert ExpiryReminder.objects.count() == 3
    reminders = OutgoingEmail.objects.order_by("created_at")
    assert reminders.count() == 3
    assert "60" in reminders[0].subject
    assert course.get_full_url() in reminders[0].payload["body"]
    certificate.refresh_from_db()
    assert certificate.state == "valid"
    Certificate.objects.filter(pk=certificate.pk).update(
        valid_until=timezone.localdate() - timedelta(days=1)
    )
    certificate.refresh_from_db()
    assert certificate.state == "expired"
