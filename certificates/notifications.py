"""Emails to certificate holders, in their language: the certificate itself, and reminders.

The issuing service calls `send_issued` inside the transaction that marks the
certificate valid; the queued email backend stores the message in that same
transaction, so the email exists exactly when the certificate does.
"""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .keys import public_base_url
from .models import Certificate


def _absolute(path: str) -> str:
    return public_base_url() + path


def _send(
    certificate: Certificate,
    *,
    subject: str,
    lines: list[str],
    next_url: str,
    next_label: str,
    attachments=(),
) -> bool:
    user = certificate.trainee.user
    if not user.email:
        return False
    context = {
        "user": user,
        "subject": subject,
        "lines": lines,
        "next_url": next_url,
        "next_label": next_label,
        "show_cohort": False,
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("training/email/message.txt", context),
        to=[user.email],
    )
    message.attach_alternative(
        render_to_string("training/email/message.html", context), "text/html"
    )
    for attachment in attachments:
        message.attach(*attachment)
    message.send()
    return True


def send_issued(certificate: Certificate, *, pdf: bytes) -> bool:
    """The certificate as a PDF attachment, with its public link. False: no address."""
    language = certificate.language
    with translation.override(language):
        facts = {
            "course": certificate.course_title(language),
            "cluster": certificate.cluster_name,
            "url": _absolute(f"/verify/{certificate.code}/"),
        }
        if certificate.revision > 1:
            subject = _("Your certificate for %(course)s was issued again") % facts
        elif certificate.kind == "participation":
            subject = _("Your certificate of participation in %(course)s") % facts
        else:
            subject = _("Your certificate for %(course)s") % facts
        lines = [
            _("%(cluster)s issued your certificate for %(course)s. The PDF is attached.") % facts,
            _("Anyone can check it at %(url)s (the QR code on the PDF opens that page).") % facts,
        ]
        if certificate.revision > 1:
            lines.append(_("It replaces the version you received before."))
        return _send(
            certificate,
            subject=subject,
            lines=lines,
            next_url=_absolute(reverse("my_certificates")),
            next_label=_("See my certificates"),
            attachments=[(f"{certificate.code}.pdf", pdf, "application/pdf")],
        )


def send_expiry_reminder(certificate: Certificate, *, days: int, course_url: str) -> bool:
    """N days before expiry: when it expires and where to recertify."""
    language = certificate.language
    with translation.override(language):
        facts = {
            "course": certificate.course_title(language),
            "days": days,
            "date": certificate.valid_until.strftime("%Y-%m-%d"),
        }
        subject = _("Your certificate for %(course)s expires in %(days)s days") % facts
        lines = [
            _("Your certificate for %(course)s is valid until %(date)s.") % facts,
            _("To stay certified, enroll in an upcoming cohort of the same course."),
        ]
        return _send(
            certificate,
            subject=subject,
            lines=lines,
            next_url=course_url,
            next_label=_("See upcoming cohorts"),
        )
