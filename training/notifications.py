"""Emails about enrollments, in each recipient's language, with calendar invitations.

Each status change that owes an email records it (`EnrollmentChange.notification`);
a Celery task renders it after the change commits (`notify_change`), claiming the
row in the same transaction that queues the message, so a retried or duplicated
task sends nothing twice, and a burst of enrollments is not slowed by rendering
emails. Delivery itself is the outbox's task (core.mail).
"""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from clusters.models import ClusterRole, User

from .ics import cohort_invitation
from .models import Enrollment, EnrollmentChange
from .selectors import with_waitlist_position

Status = Enrollment.Status

# Which messages carry an invitation (REQUEST) or take the event away (CANCEL).
INVITE = {"enrolled", "promoted", "approved", "moved"}
CANCEL = {"withdrawn", "cancelled", "rejected"}


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _course_in(course, language: str):
    """The course page in the reader's language when it has been translated."""
    if course.locale.language_code == language:
        return course
    locale = Locale.objects.filter(language_code=language).first()
    translated = course.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else course


def _content(kind: str, enrollment: Enrollment, course_title: str) -> tuple[str, list[str]]:
    cohort = enrollment.cohort
    facts = {"course": course_title, "cluster": cohort.cluster.name}
    if kind == "approved" and enrollment.status == Status.WAITLISTED:
        kind = "waitlisted"
    if kind == "moved" and enrollment.status == Status.WAITLISTED:
        kind = "waitlisted"
    position = getattr(enrollment, "waitlist_position", None)
    texts = {
        "enrolled": (
            _("You are enrolled in %(course)s") % facts,
            [
                _("Your seat in %(course)s, given by %(cluster)s, is confirmed.") % facts,
                _("The invitation attached adds the dates to your calendar."),
            ],
        ),
        "approved": (
            _("Your company approved your enrollment in %(course)s") % facts,
            [
                _("Your seat in %(course)s, given by %(cluster)s, is confirmed.") % facts,
                _("The invitation attached adds the dates to your calendar."),
            ],
        ),
        "promoted": (
            _("A seat opened up: you are enrolled in %(course)s") % facts,
            [
                _(
                    "Someone withdrew and you were next on the waiting list, so your seat in "
                    "%(course)s is confirmed."
                )
                % facts,
                _("The invitation attached adds the dates to your calendar."),
            ],
        ),
        "moved": (
            _("Your cohort of %(course)s changed") % facts,
            [
                _("The cluster moved you to another cohort of %(course)s; its dates are below.")
                % facts,
                _("The invitation attached adds the dates to your calendar."),
            ],
        ),
        "waitlisted": (
            _("You are on the waiting list for %(course)s") % facts,
            [
                _("The cohort is full. You are number %(position)s on the waiting list.")
                % {"position": position or "?"},
                _("If a seat opens up you get it automatically, and we will write to you."),
            ],
        ),
        "approval_requested": (
            _("Your request for %(course)s is waiting for your company") % facts,
            [
                _(
                    "Your company approves its people's enrollments. Your coordinator has been "
                    "asked; we will write to you with the decision."
                ),
            ],
        ),
        "rejected": (
            _("Your company did not approve %(course)s") % facts,
            [_("Your request was not approved. Ask your company's coordinator for the reasons.")],
        ),
        "withdrawn": (
            _("You have withdrawn from %(course)s") % facts,
            [
                _(
                    "Your place was released. The attached update removes the event from your calendar."
                )
            ],
        ),
        "cancelled": (
            _("%(course)s was cancelled") % facts,
            [
                _("%(cluster)s cancelled this cohort. Look for another date on the course page.")
                % facts
            ],
        ),
    }
    return texts[kind]


def _send(*, user: User, subject: str, lines: list[str], context: dict, ics: bytes | None):
    context = {**context, "lines": lines, "subject": subject, "user": user}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("training/email/message.txt", context),
        to=[user.email],
    )
    message.attach_alternative(
        render_to_string("training/email/message.html", context), "text/html"
    )
    if ics is not None:
        message.attach("invitation.ics", ics, "text/calendar; method=" + context["method"])
    message.send()


def notify(*, enrollment_id: int, kind: str) -> None:
    """Tell the trainee (and, for approval requests, their coordinators) what happened."""
    enrollment = (
        with_waitlist_position(Enrollment.objects.filter(pk=enrollment_id))
        .select_related("trainee__user", "cohort__course", "cohort__cluster", "company")
        .first()
    )
    if enrollment is None:
        return
    user, cohort = enrollment.trainee.user, enrollment.cohort
    if user.email:
        with translation.override(user.language):
            course = _course_in(cohort.course, user.language)
            subject, lines = _content(kind, enrollment, course.title)
            invite = kind in INVITE and enrollment.status == Status.ENROLLED
            cancel = kind in CANCEL
            ics = None
            if invite or cancel:
                ics = cohort_invitation(
                    cohort=cohort,
                    attendee_email=user.email,
                    attendee_name=enrollment.trainee.full_name,
                    cancel=cancel,
                    sequence=cohort.calendar_sequence,
                )
            _send(
                user=user,
                subject=subject,
                lines=lines,
                ics=ics,
                context={
                    "cohort": cohort,
                    "course": course,
                    "course_url": course.get_full_url(),
                    "next_url": _absolute(reverse("my_learning")),
                    "next_label": _("See my learning"),
                    "method": "CANCEL" if cancel else "REQUEST",
                    "show_cohort": kind not in ("cancelled", "rejected"),
                },
            )
    if kind == "approval_requested":
        _ask_coordinators(enrollment)


def _ask_coordinators(enrollment: Enrollment) -> None:
    profile, cohort = enrollment.trainee, enrollment.cohort
    coordinators = User.objects.filter(
        is_active=True,
        cluster_roles__role=ClusterRole.Role.COMPANY_COORDINATOR,
        cluster_roles__cluster_id=profile.cluster_id,
        cluster_roles__company_id=profile.company_id,
    ).exclude(email="")
    for coordinator in coordinators.distinct():
        with translation.override(coordinator.language):
            course = _course_in(cohort.course, coordinator.language)
            subject = _("%(name)s asks to enroll in %(course)s") % {
                "name": profile.full_name,
                "course": course.title,
            }
            lines = [
                _(
                    "%(name)s, of %(company)s, asked for a seat in %(course)s. Your company "
                    "approves its people's enrollments: approve or reject the request."
                )
                % {
                    "name": profile.full_name,
                    "company": enrollment.company or "",
                    "course": course.title,
                }
            ]
            _send(
                user=coordinator,
                subject=subject,
                lines=lines,
                ics=None,
                context={
                    "cohort": cohort,
                    "course": course,
                    "course_url": course.get_full_url(),
                    "next_url": _absolute(reverse("company_requests")),
                    "next_label": _("Review the requests"),
                    "method": "REQUEST",
                    "show_cohort": True,
                },
            )


def notify_change(*, change_id: int) -> bool:
    """Send the email a status change owes, once; False when it was already sent."""
    with transaction.atomic():
        claimed = (
            EnrollmentChange.objects.filter(pk=change_id, notified_at__isnull=True)
            .exclude(notification="")
            .update(notified_at=timezone.now())
        )
        if not claimed:
            return False
        change = EnrollmentChange.objects.get(pk=change_id)
        notify(enrollment_id=change.enrollment_id, kind=change.notification)
    return True


def unsent_change_ids(*, older_than: timedelta) -> list[int]:
    """Changes whose email task was lost (no broker at the time, a dead worker)."""
    return list(
        EnrollmentChange.objects.filter(
            notified_at__isnull=True, at__lt=timezone.now() - older_than
        )
        .exclude(notification="")
        .values_list("pk", flat=True)[:1000]
    )
