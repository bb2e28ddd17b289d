"""After an import is applied: invitations to the new accounts and the enrollment emails,
a batch of rows at a time (`roster_import_send_emails`, run by a Celery task)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from clusters.models import User

from ..models import Cohort, RosterImport
from .rows import Action

Status = RosterImport.Status

EMAIL_BATCH = 250  # rows per run of the email task (each row: up to two messages)

# --- messages (module level, so makemessages finds them) ---------------------------

INVITATION_SUBJECT = _("You are registered for %(course)s")
INVITATION_LINES = (
    _(
        "%(cluster)s registered you for %(course)s in the training portal of the Mexican "
        "Automotive Cluster Network."
    ),
    _(
        "We created an account for you with this email address. Choose your password with the "
        "button below; the link works for %(days)s days."
    ),
    _(
        "If the link has expired, use “Forgot your password?” on the login page with this email "
        "address."
    ),
)
INVITATION_BUTTON = _("Choose my password")


def invitation_url(user: User) -> str:
    """allauth's set-a-new-password link for this account (its password reset flow)."""
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    path = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def roster_import_send_emails(*, import_id: int) -> int:
    """Email the people of an applied import, a batch at a time, each message once.

    New accounts get an invitation to choose their password; everyone placed in
    bulk gets the usual enrollment email (training.notifications, in their own
    language). A batch of EMAIL_BATCH rows is queued (core.mail) in the transaction
    that moves the import's email cursor past it, and the next batch is a new task
    run, so no run comes near the task time limit and a retried run sends nothing
    twice. Returns the number of messages queued by this run.
    """
    from ..notifications import notify
    from ..tasks import send_roster_import_emails

    with transaction.atomic():
        imp = (
            RosterImport.objects.select_for_update(of=("self",))
            .select_related("cohort__course", "cohort__cluster")
            .filter(pk=import_id)
            .first()
        )
        if imp is None or imp.status != Status.APPLIED or imp.emails_sent_at:
            return 0
        start = imp.emails_cursor
        batch = imp.preview[start : start + EMAIL_BATCH]
        new = [r["user"] for r in batch if r.get("action") == Action.CREATE and r.get("user")]
        sent = 0
        if new:
            course_url = imp.cohort.course.get_full_url()
            people = (
                User.objects.filter(pk__in=new, is_active=True, last_login__isnull=True)
                .exclude(email="")
                .select_related("trainee_profile")
            )
            for user in people:
                _send_invitation(user, imp.cohort, course_url)
                sent += 1
        for row in batch:
            if row.get("notify") and row.get("enrollment"):
                notify(enrollment_id=row["enrollment"], kind=row["notify"])
                sent += 1
        imp.emails_cursor = start + len(batch)
        if imp.emails_cursor >= len(imp.preview):
            imp.emails_sent_at = timezone.now()
        else:
            pk = imp.pk
            transaction.on_commit(lambda: send_roster_import_emails.delay(pk), robust=True)
        imp.save(update_fields=["emails_cursor", "emails_sent_at"])
        return sent


def _send_invitation(user: User, cohort: Cohort, course_url: str | None) -> None:
    with translation.override(user.language or "es"):
        course = cohort.course
        facts = {
            "course": course.title,
            "cluster": cohort.cluster.name,
            "days": max(settings.PASSWORD_RESET_TIMEOUT // 86400, 1),
        }
        subject = str(INVITATION_SUBJECT % facts)
        context = {
            "user": user,
            "subject": subject,
            "lines": [str(line % facts) for line in INVITATION_LINES],
            "cohort": cohort,
            "course": course,
            "course_url": course_url,
            "next_url": invitation_url(user),
            "next_label": str(INVITATION_BUTTON),
            "show_cohort": True,
        }
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("training/email/message.txt", context),
            to=[user.email],
        )
        message.attach_alternative(
            render_to_string("training/email/message.html", context), "text/html"
        )
        message.send()
