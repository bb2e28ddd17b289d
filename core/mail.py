"""An email backend that queues messages instead of sending them.

Django, Wagtail and allauth all send through EMAIL_BACKEND; pointing it here
routes every outgoing email through `core.tasks.deliver_email`, so a slow mail
server never blocks a request. The real transport is EMAIL_DELIVERY_BACKEND.
"""

import base64
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend


def message_to_payload(message: EmailMessage) -> dict:
    """A JSON-safe description of a message (Celery tasks take JSON only)."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            filename = attachment.get_filename() or "attachment"
            content = attachment.get_payload(decode=True) or b""
            mimetype = attachment.get_content_type()
        else:
            filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, base64.b64encode(content).decode(), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {k: str(v) for k, v in (message.extra_headers or {}).items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def payload_to_message(payload: dict, connection=None) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=payload["subject"],
        body=payload["body"],
        from_email=payload["from_email"],
        to=payload["to"],
        cc=payload["cc"],
        bcc=payload["bcc"],
        reply_to=payload["reply_to"],
        headers=payload["headers"],
        connection=connection,
    )
    for content, mimetype in payload["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in payload["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


def delivery_connection():
    return get_connection(settings.EMAIL_DELIVERY_BACKEND)


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        from core.services import email_enqueue

        for message in email_messages:
            email_enqueue(payload=message_to_payload(message))
        return len(email_messages)
