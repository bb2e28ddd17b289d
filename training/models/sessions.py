"""Sessions of a cohort and who attended them.

Times are stored in UTC and entered and shown in the cohort's cluster time zone.
Attendance rows carry the cohort's cluster (DESIGN.md §3) and keep every change
in AttendanceChange: who changed it, when, from what.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from clusters.models import Cluster

from .cohorts import Cohort, Enrollment

# The longest a session may last: a night shift across midnight fits, a typo of a week does not.
MAX_SESSION = timedelta(hours=14)


class Session(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("cohort")
    )
    cluster = models.ForeignKey(Cluster, on_delete=models.PROTECT, related_name="+", editable=False)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    topic = models.CharField(_("topic"), max_length=200, blank=True)
    location = models.CharField(
        _("place"), max_length=300, blank=True, help_text=_("Leave empty to use the cohort's.")
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Leave empty to use the cohort's.")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    # SEQUENCE of the session's calendar invitations: raised when it moves or is cancelled.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    # The sequence the enrolled trainees were last told about (training/session_notices.py).
    notified_sequence = models.PositiveIntegerField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [
            models.Index(fields=["cohort", "starts_at"]),
            models.Index(fields=["cluster", "starts_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_start",
            )
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at, self.tzinfo)
        return f"{local:%Y-%m-%d %H:%M} · {self.topic}" if self.topic else f"{local:%Y-%m-%d %H:%M}"

    def clean(self):
        if self.starts_at and self.ends_at:
            if self.ends_at <= self.starts_at:
                raise ValidationError({"ends_at": _("A session must end after it starts.")})
            if self.ends_at - self.starts_at > MAX_SESSION:
                raise ValidationError({"ends_at": _("A session cannot last more than 14 hours.")})

    @property
    def tzinfo(self):
        return self.cohort.cluster.tzinfo

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def place(self) -> str:
        return self.location or self.cohort.location

    @property
    def link(self) -> str:
        return self.online_url or self.cohort.online_url


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        ABSENT = "absent", _("Absent")
        EXCUSED = "excused", _("Excused")

    class Method(models.TextChoices):
        INSTRUCTOR = "instructor", _("Instructor")
        QR = "qr", _("QR check-in")
        IMPORT = "import", _("Import")

    ATTENDED = frozenset({Status.PRESENT, Status.LATE})

    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("session")
    )
    enrollment = models.ForeignKey(
        Enrollment,
        on_delete=models.CASCADE,
        related_name="attendance",
        verbose_name=_("enrollment"),
    )
    cluster = models.ForeignKey(Cluster, on_delete=models.PROTECT, related_name="+", editable=False)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices)
    # Minutes attended when not the whole session (partial attendance); empty means all of it.
    minutes = models.PositiveIntegerField(_("minutes attended"), null=True, blank=True)
    method = models.CharField(_("recorded by way of"), max_length=10, choices=Method.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        ordering = ["session", "pk"]
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "enrollment"], name="attendance_once_per_session"
            )
        ]
        indexes = [models.Index(fields=["enrollment", "session"])]

    def __str__(self):
        return f"{self.enrollment_id} · {self.session_id} · {self.status}"

    def minutes_attended(self, session: Session) -> int:
        """Minutes this row counts towards hours and attendance %."""
        if self.status not in self.ATTENDED:
            return 0
        if self.minutes is None:
            return session.minutes
        return min(self.minutes, session.minutes)


class AttendanceChange(models.Model):
    """Every change to an attendance row: the audit trail instructors' corrections leave."""

    attendance = models.ForeignKey(
        Attendance, on_delete=models.CASCADE, related_name="changes", verbose_name=_("attendance")
    )
    from_status = models.CharField(_("from"), max_length=8, blank=True)
    from_minutes = models.PositiveIntegerField(null=True, blank=True)
    to_status = models.CharField(_("to"), max_length=8)
    to_minutes = models.PositiveIntegerField(null=True, blank=True)
    method = models.CharField(_("recorded by way of"), max_length=10)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("attendance change")
        verbose_name_plural = _("attendance changes")

    def __str__(self):
        return f"{self.from_status or '—'} → {self.to_status}"
