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
    outgoing = OutgoingEmail.objects.create(
        payload={
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
    )
    from core.services import DeliveryFailed

    with pytest.raises(DeliveryFailed):
        email_deliver(outgoing_id=str(outgoing.pk), max_attempts=2)
    email_deliver(outgoing_id=str(outgoing.pk), max_attempts=2)
    outgoing.refresh_from_db()
    assert outgoing.status == OutgoingEmail.Status.FAILED
    assert outgoing.attempts == 2
    assert "SMTP down" in outgoing.last_error
