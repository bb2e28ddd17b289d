"""Delivery: cohorts (one run of a course) and the people enrolled in them.

Seats are counted on the cohort row (`enrolled_count`, `waitlist_count`,
`pending_count`), kept by the services under `select_for_update()` on that
row, so hot pages never COUNT(*) enrollments and two racing requests cannot
overfill a cohort. Enrollment rows carry the cohort's cluster (DESIGN.md §3)
so scoping and reports are index lookups.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from clusters.models import Cluster, Company, TraineeProfile
from courses.models import CoursePage, Modality


class Cohort(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for enrollment")
        CLOSED = "closed", _("Enrollment closed")
        CANCELLED = "cancelled", _("Cancelled")
        # The cohort is over and its outcomes are decided (training/completion.py).
        FINISHED = "finished", pgettext_lazy("cohort status", "Finished")

    class Visibility(models.TextChoices):
        NETWORK = "network", _("The whole network")
        MEMBERS = "members", _("Member companies of the cluster")
        INVITED = "invited", _("Invited companies only")

    class Language(models.TextChoices):
        SPANISH = "es", _("Spanish")
        ENGLISH = "en", _("English")

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="+", verbose_name=_("course")
    )
    cluster = models.ForeignKey(
        Cluster, on_delete=models.PROTECT, related_name="cohorts", verbose_name=_("cluster")
    )
    name = models.CharField(
        _("name"),
        max_length=120,
        blank=True,
        help_text=_("Optional, e.g. “Evening group”. The course and dates always show."),
    )
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    capacity = models.PositiveIntegerField(_("capacity (seats)"))
    modality = models.CharField(_("modality"), max_length=10, choices=Modality.choices)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.SPANISH
    )
    location = models.CharField(
        _("place"),
        max_length=300,
        blank=True,
        help_text=_("Address or room, for sessions in person."),
    )
    online_url = models.URLField(_("online link"), blank=True)
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="taught_cohorts",
        verbose_name=_("instructors"),
    )
    enrollment_opens_at = models.DateTimeField(_("enrollment opens"), null=True, blank=True)
    enrollment_closes_at = models.DateTimeField(_("enrollment deadline"), null=True, blank=True)
    visibility = models.CharField(
        _("who may enroll"), max_length=10, choices=Visibility.choices, default=Visibility.NETWORK
    )
    invited_companies = models.ManyToManyField(
        Company, blank=True, related_name="invited_cohorts", verbose_name=_("invited companies")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    enrolled_count = models.PositiveIntegerField(_("enrolled"), default=0, editable=False)
    waitlist_count = models.PositiveIntegerField(_("waitlisted"), default=0, editable=False)
    pending_count = models.PositiveIntegerField(_("awaiting approval"), default=0, editable=False)
    checkin_grace_minutes = models.PositiveSmallIntegerField(
        _("check-in grace period (minutes)"),
        default=10,
        validators=[MaxValueValidator(240)],
        help_text=_("People who check in later than this after a session starts are late."),
    )
    # SEQUENCE of the calendar invitations: raised when dates or place change (training/ics.py).
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        indexes = [
            models.Index(fields=["course", "starts_on"]),
            models.Index(fields=["cluster", "starts_on"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(capacity__gt=0), name="cohort_capacity_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="cohort_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(enrolled_count__lte=models.F("capacity")),
                name="cohort_not_overfilled",
            ),
            models.CheckConstraint(
                condition=models.Q(enrollment_closes_at__isnull=True)
                | models.Q(enrollment_opens_at__isnull=True)
                | models.Q(enrollment_closes_at__gt=models.F("enrollment_opens_at")),
                name="cohort_enrollment_window_ordered",
            ),
        ]

    def __str__(self):
        label = f"{self.course.code} · {self.starts_on:%Y-%m-%d}"
        return f"{label} · {self.name}" if self.name else label

    def clean(self):
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The cohort cannot end before it starts.")
        if (
            self.enrollment_opens_at
            and self.enrollment_closes_at
            and self.enrollment_closes_at <= self.enrollment_opens_at
        ):
            errors["enrollment_closes_at"] = _("The deadline must come after enrollment opens.")
        if self.capacity is not None and self.capacity < self.enrolled_count:
            errors["capacity"] = _(
                "%(n)s people are already enrolled; withdraw or move some before lowering the "
                "capacity."
            ) % {"n": self.enrolled_count}
        if self.modality in (Modality.IN_PERSON, Modality.BLENDED) and not self.location:
            errors["location"] = _("Say where the sessions in person take place.")
        if self.modality in (Modality.ONLINE, Modality.BLENDED) and not self.online_url:
            errors["online_url"] = _("Give the link of the online sessions.")
        if errors:
            raise ValidationError(errors)

    @property
    def seats_left(self) -> int:
        return max(self.capacity - self.enrolled_count, 0)

    @property
    def is_full(self) -> bool:
        return self.enrolled_count >= self.capacity

    def enrollment_is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == self.Status.OPEN
            and (self.enrollment_opens_at is None or self.enrollment_opens_at <= now)
            and (self.enrollment_closes_at is None or now < self.enrollment_closes_at)
            and self.starts_on >= timezone.localdate(now, self.cluster_tz)
        )

    @property
    def cluster_tz(self):
        return self.cluster.tzinfo

    @property
    def has_started(self) -> bool:
        return timezone.localdate(timezone.now(), self.cluster_tz) >= self.starts_on


class Enrollment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting approval")
        ENROLLED = "enrolled", _("Enrolled")
        WAITLISTED = "waitlisted", _("On the waiting list")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        REJECTED = "rejected", _("Not approved")
        COMPLETED = "completed", _("Completed")
        # Attended enough but did not pass: a certificate of participation where the course
        # allows one.
        PARTICIPATED = "participated", _("Participation")
        NOT_COMPLETED = "not_completed", _("Not completed")

    class Source(models.TextChoices):
        SELF = "self", _("The trainee")
        COORDINATOR = "coordinator", _("Company coordinator")
        ADMIN = "admin", _("Cluster staff")
        IMPORT = "import", _("Roster import")

    # Allowed moves (DESIGN.md §4). Seats follow the status: only ENROLLED holds one.
    TRANSITIONS: dict[str, frozenset[str]] = {
        Status.PENDING: frozenset(
            {Status.ENROLLED, Status.WAITLISTED, Status.REJECTED, Status.WITHDRAWN}
        ),
        Status.WAITLISTED: frozenset({Status.ENROLLED, Status.WITHDRAWN}),
        Status.ENROLLED: frozenset(
            {
                Status.WITHDRAWN,
                Status.WAITLISTED,
                Status.COMPLETED,
                Status.PARTICIPATED,
                Status.NOT_COMPLETED,
            }
        ),
        Status.WITHDRAWN: frozenset({Status.PENDING, Status.ENROLLED, Status.WAITLISTED}),
        Status.REJECTED: frozenset({Status.PENDING, Status.ENROLLED, Status.WAITLISTED}),
        # Outcomes can be corrected (attendance fixed afterwards) or reopened by staff.
        Status.COMPLETED: frozenset({Status.PARTICIPATED, Status.NOT_COMPLETED, Status.ENROLLED}),
        Status.PARTICIPATED: frozenset({Status.COMPLETED, Status.NOT_COMPLETED, Status.ENROLLED}),
        Status.NOT_COMPLETED: frozenset({Status.COMPLETED, Status.PARTICIPATED, Status.ENROLLED}),
    }
    ACTIVE = frozenset({Status.PENDING, Status.ENROLLED, Status.WAITLISTED})
    # Holding a seat and taking part: on the cohort's attendance list and matrix.
    TAKING_PART = frozenset(
        {Status.ENROLLED, Status.COMPLETED, Status.PARTICIPATED, Status.NOT_COMPLETED}
    )
    OUTCOMES = frozenset({Status.COMPLETED, Status.PARTICIPATED, Status.NOT_COMPLETED})

    cohort = models.ForeignKey(
        Cohort, on_delete=models.PROTECT, related_name="enrollments", verbose_name=_("cohort")
    )
    trainee = models.ForeignKey(
        TraineeProfile,
        on_delete=models.PROTECT,
        related_name="enrollments",
        verbose_name=_("trainee"),
    )
    cluster = models.ForeignKey(
        Cluster,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("cluster"),
        editable=False,
    )
    company = models.ForeignKey(
        Company,
        on_delete=models.PROTECT,
        related_name="enrollments",
        null=True,
        blank=True,
        verbose_name=_("company at the time"),
    )
    status = models.CharField(_("status"), max_length=14, choices=Status.choices)
    source = models.CharField(_("enrolled by"), max_length=12, choices=Source.choices)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    enrolled_at = models.DateTimeField(_("enrolled"), null=True, blank=True)
    waitlisted_at = models.DateTimeField(_("joined the waiting list"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    # When the outcome (completed, participation, not completed) was reached: the month a
    # person counts as trained in.
    completed_at = models.DateTimeField(_("outcome reached"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["requested_at", "pk"]
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "trainee"],
                name="enrollment_once_per_cohort",
                violation_error_message=_("This person is already on this cohort's roster."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="waitlisted") | models.Q(waitlisted_at__isnull=False),
                name="enrollment_waitlist_has_time",
            ),
        ]
        indexes = [
            models.Index(fields=["cluster", "status"]),
            models.Index(fields=["cohort", "status", "waitlisted_at"]),
            models.Index(fields=["company", "status"]),
        ]

    def __str__(self):
        return f"{self.trainee} · {self.cohort}"

    @property
    def is_active(self) -> bool:
        """Pending, enrolled or waitlisted: the person still counts on this cohort."""
        return self.status in self.ACTIVE

    def can_move_to(self, status: str) -> bool:
        return status in self.TRANSITIONS.get(self.status, frozenset())


class EnrollmentChange(models.Model):
    """Who changed an enrollment's status, when and why: the roster's history."""

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="changes", verbose_name=_("enrollment")
    )
    from_status = models.CharField(_("from"), max_length=14, blank=True)
    to_status = models.CharField(_("to"), max_length=14)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now)
    # The email this change owes the trainee (training/notifications.py), sent exactly once:
    # the task claims the row by setting notified_at in the transaction that queues the email.
    notification = models.CharField(max_length=24, blank=True, editable=False)
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("enrollment change")
        verbose_name_plural = _("enrollment changes")
        indexes = [
            models.Index(
                fields=["at"],
                name="enrollment_change_unnotified",
                condition=~models.Q(notification="") & models.Q(notified_at__isnull=True),
            )
        ]

    def __str__(self):
        return f"{self.from_status or '—'} → {self.to_status}"


# --- Roster import (issue 4) -------------------------------------------------------


def roster_import_storage():
    """Where uploaded rosters are kept: the "private" storage when one is configured.

    The files hold people's personal data (CURP, email), so they are never linked
    from a page; names are random (see `roster_import_upload_to`).
    """
    from django.core.files.storage import default_storage, storages

    return storages["private"] if "private" in settings.STORAGES else default_storage


def roster_import_upload_to(instance, filename: str) -> str:
    import os

    extension = os.path.splitext(filename)[1].lower()[:10]
    return f"imports/{uuid.uuid4().hex}{extension}"


class RosterImport(models.Model):
    """One upload of a roster file: its preview, then (once confirmed) its application."""

    class Status(models.TextChoices):
        UPLOADED = "uploaded", _("Uploaded")
        VALIDATING = "validating", _("Checking the file")
        READY = "ready", _("Ready to import")
        INVALID = "invalid", _("Has errors")
        APPLYING = "applying", _("Importing")
        APPLIED = "applied", _("Imported")
        FAILED = "failed", _("Failed")

    class WhenFull(models.TextChoices):
        WAITLIST = "waitlist", _("Put the people beyond capacity on the waiting list")
        REFUSE = "refuse", _("Refuse the whole import")

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="roster_imports", verbose_name=_("cohort")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    original_filename = models.CharField(_("file name"), max_length=255)
    file = models.FileField(
        _("file"), upload_to=roster_import_upload_to, storage=roster_import_storage, max_length=255
    )
    # The language the uploader read the admin in: messages of the preview are written in it.
    language = models.CharField(_("language"), max_length=8, default="es")
    when_full = models.CharField(
        _("when the cohort is full"),
        max_length=10,
        choices=WhenFull.choices,
        default=WhenFull.WAITLIST,
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.UPLOADED
    )
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    processed_rows = models.PositiveIntegerField(_("rows processed"), default=0)
    created_count = models.PositiveIntegerField(_("new people"), default=0)
    updated_count = models.PositiveIntegerField(_("people updated"), default=0)
    skipped_count = models.PositiveIntegerField(_("rows skipped"), default=0)
    error_count = models.PositiveIntegerField(_("rows with errors"), default=0)
    enrolled_count = models.PositiveIntegerField(_("enrolled"), default=0)
    waitlisted_count = models.PositiveIntegerField(_("waitlisted"), default=0)
    # [{"row": 2, "action": "create", "fields": {...}, "errors": [{"column", "message"}],
    #   "notes": [...], "placement": "enrolled"|"waitlisted"|""}]
    preview = models.JSONField(_("preview"), default=list, blank=True)
    error_message = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    # When the running step (checking or importing) last started; a step still running
    # long after it would have timed out lost its task (training.tasks.requeue_roster_imports).
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    # The emails go out in batches: rows of the preview done so far, then the time all were.
    emails_cursor = models.PositiveIntegerField(default=0, editable=False)
    emails_sent_at = models.DateTimeField(_("emails sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("roster import")
        verbose_name_plural = _("roster imports")
        indexes = [models.Index(fields=["cohort", "created_at"])]

    def __str__(self):
        return f"{self.original_filename} · {self.cohort_id}"

    @property
    def is_running(self) -> bool:
        return self.status in (self.Status.UPLOADED, self.Status.VALIDATING, self.Status.APPLYING)
