import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail

from core.models import OutgoingEmail
from core.services import email_deliver

pytestmark = pytest.mark.django_db


def test_every_email_goes_through_the_outbox_and_the_task(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Hola", "Cuerpo", "no-reply@example.com", ["ana@example.com"])
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == OutgoingEmail.Status.SENT
    assert outgoing.attempts == 1
    assert [m.subject for m in mail.outbox] == ["Hola"]


def test_nothing_is_sent_before_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        send_mail("Hola", "Cuerpo", "no-reply@example.com", ["ana@example.com"])
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_attachments_and_html_survive_the_queue(django_capture_on_commit_callbacks):
    message = EmailMultiAlternatives("Invitación", "texto", to=["ana@example.com"])
    message.attach_alternative("<p>Ñandú</p>", "text/html")
    message.attach("sesion.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    with django_capture_on_commit_callbacks(execute=True):
        message.send()
    sent = mail.outbox[0]
    assert sent.alternatives[0][0] == "<p>Ñandú</p>"
    assert sent.attachments[0][0] == "sesion.ics"


def test_a_duplicated_task_sends_nothing_the_second_time(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Una vez", "x", None, ["ana@example.com"])
    outgoing = OutgoingEmail.objects.get()
    email_deliver(outgoing_id=str(outgoing.pk), max_attempts=5)
    email_deliver(outgoing_id=str(outgoing.pk), max_attempts=5)
    assert len(mail.outbox) == 1


def test_failures_are_counted_and_given_up_after_the_limit(settings):
    settings.EMAIL_DELIVERY_BACKEND = "tests.core.failing_backend.FailingBackend"
    outgoing = _queued()
    from core.services import DeliveryFailed

    with pytest.raises(DeliveryFailed):
        email_deliver(outgoing_id=str(outgoing.pk), max_attempts=2)
    email_deliver(outgoing_id=str(outgoing.pk), max_attempts=2)
    outgoing.refresh_from_db()
    assert outgoing.status == OutgoingEmail.Status.FAILED
    assert outgoing.attempts == 2
    assert "SMTP down" in outgoing.last_error


def _queued(**fields):
    payload = {
        "subject": "s",
        "body": "b",
        "from_email": "a@example.com",
        "to": ["b@example.com"],
        "cc": [],
        "bcc": [],
        "reply_to": [],
        "headers": {},
        "alternatives": [],
        "attachments": [],
    }
    return OutgoingEmail.objects.create(payload=payload, **fields)


def test_a_failing_mail_server_never_breaks_the_request(
    client, home, settings, django_capture_on_commit_callbacks
):
    from tests.clusters.factories import UserFactory

    settings.EMAIL_DELIVERY_BACKEND = "tests.core.failing_backend.FailingBackend"
    UserFactory(email="olvido@example.com")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/es/accounts/password/reset/", {"email": "olvido@example.com"})
    assert response.status_code == 302
    outgoing = OutgoingEmail.objects.get()
    assert outgoing.status == OutgoingEmail.Status.QUEUED
    assert "SMTP down" in outgoing.last_error


def test_a_message_being_sent_by_another_worker_is_left_alone():
    from django.utils import timezone

    outgoing = _queued(status=OutgoingEmail.Status.SENDING, claimed_at=timezone.now(), attempts=1)
    email_deliver(outgoing_id=str(outgoing.pk), max_attempts=5)
    assert mail.outbox == []


def test_a_dead_workers_claim_is_taken_over_and_counted():
    from datetime import timedelta

    from django.utils import timezone

    from core.services import stale_email_ids

    long_ago = timezone.now() - timedelta(hours=2)
    outgoing = _queued(status=OutgoingEmail.Status.SENDING, claimed_at=long_ago, attempts=1)
    assert str(outgoing.pk) in stale_email_ids(older_than=timedelta(minutes=10))
    email_deliver(outgoing_id=str(outgoing.pk), max_attempts=5)
    outgoing.refresh_from_db()
    assert outgoing.status == OutgoingEmail.Status.SENT
    assert outgoing.attempts == 2
    assert outgoing.payload == {}  # one-time links are not kept
    assert len(mail.outbox) == 1


def test_a_poison_message_stops_after_the_attempt_limit():
    outgoing = _queued(status=OutgoingEmail.Status.QUEUED, attempts=5)
    email_deliver(outgoing_id=str(outgoing.pk), max_attempts=5)
    outgoing.refresh_from_db()
    assert outgoing.status == OutgoingEmail.Status.FAILED
    assert mail.outbox == []


def test_stale_queued_messages_are_handed_over_again(settings):
    from datetime import timedelta

    from django.utils import timezone

    from core.tasks import requeue_stale_emails

    outgoing = _queued()
    OutgoingEmail.objects.filter(pk=outgoing.pk).update(
        created_at=timezone.now() - timedelta(hours=1)
    )
    assert requeue_stale_emails() == 1
    outgoing.refresh_from_db()
    assert outgoing.status == OutgoingEmail.Status.SENT
