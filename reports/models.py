"""Figures: a two-level monthly rollup of what training and certificates record.

Level 1, `ActivityLine`: what one enrollment contributed to one month (it enrolled,
reached an outcome, attended sessions, got a certificate), with the dimensions a
report filters by copied in. It is the only place that knows *who*, so distinct
people ("a trainee who completes two courses in a month counts once") are counted
here, with COUNT(DISTINCT trainee). Lines are recomputed per enrollment, which makes
the incremental update and the full rebuild the same code (reports/rollup.py).

Level 2, `MonthlyFigure`: the additive measures summed per month x cluster x course
x company x trainee type x gender (DESIGN.md §3), so a year of the network is a few
hundred thousand small rows, not millions of lines. `CohortMonth` holds seats and
capacity, which belong to a cohort and not to a person.

Dimension columns are plain integers and UUIDs without foreign keys: the rollup is
derived data, rebuilt from the source, and must never block a deletion there.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

# The dimensions every report filters by, and the additive measures of a cell.
DIMENSIONS = (
    "month",
    "cluster_id",
    "programme_key",
    "course_key",
    "company_id",
    "trainee_type",
    "gender",
)
CELL_MEASURES = (
    "enrollments",
    "completions",
    "participations",
    "not_completed",
    "minutes_attended",
    "minutes_expected",
    "hours",
    "certificates",
)


class Outcome(models.TextChoices):
    COMPLETED = "completed", _("Completed")
    PARTICIPATED = "participated", _("Participation")
    NOT_COMPLETED = "not_completed", _("Not completed")


class Dimensions(models.Model):
    """The columns every report can filter by."""

    month = models.DateField()  # the first day of the month, in the cluster's time zone
    cluster_id = models.IntegerField()
    programme_key = models.UUIDField(null=True)  # translation_key: one programme, both languages
    course_key = models.UUIDField()
    company_id = models.IntegerField(null=True)  # the company at the time of the enrollment
    trainee_type = models.CharField(max_length=12)
    gender = models.CharField(max_length=12, blank=True)

    class Meta:
        abstract = True


class ActivityLine(Dimensions):
    """What one enrollment contributed to one month; several lines per month are fine."""

    enrollment_id = models.IntegerField()
    trainee_id = models.IntegerField()
    enrolled = models.PositiveSmallIntegerField(default=0)
    outcome = models.CharField(max_length=14, blank=True, choices=Outcome.choices)
    minutes_attended = models.PositiveIntegerField(default=0)
    minutes_expected = models.PositiveIntegerField(default=0)
    hours = models.DecimalField(max_digits=8, decimal_places=1, default=0)
    certificates = models.PositiveSmallIntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(fields=["enrollment_id"], name="reports_line_enrollment"),
            models.Index(fields=["cluster_id", "month", "course_key"], name="reports_line_cell"),
            # COUNT(DISTINCT trainee_id) of people trained, answered from the index alone
            # (PostgreSQL): per cluster, and across the network.
            models.Index(
                fields=["cluster_id", "month", "outcome"],
                include=["trainee_id", "trainee_type", "gender"],
                name="reports_line_trained_cluster",
                condition=~models.Q(outcome=""),
            ),
            models.Index(
                fields=["month", "outcome", "cluster_id"],
                include=["trainee_id", "trainee_type", "gender"],
                name="reports_line_trained_month",
                condition=~models.Q(outcome=""),
            ),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} · enrollment {self.enrollment_id}"


class MonthlyFigure(Dimensions):
    """The additive measures of one cell of the rollup."""

    enrollments = models.PositiveIntegerField(default=0)
    completions = models.PositiveIntegerField(default=0)
    participations = models.PositiveIntegerField(default=0)
    not_completed = models.PositiveIntegerField(default=0)
    minutes_attended = models.BigIntegerField(default=0)
    minutes_expected = models.BigIntegerField(default=0)
    hours = models.DecimalField(max_digits=14, decimal_places=1, default=0)
    certificates = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(fields=["month", "cluster_id"], name="reports_figure_month"),
            # A cluster's months summed from the index alone (PostgreSQL), and the cells a
            # refresh replaces.
            models.Index(
                fields=["cluster_id", "month", "course_key"],
                include=list(CELL_MEASURES),
                name="reports_figure_cell",
            ),
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} · cluster {self.cluster_id} · {self.course_key}"


class CohortMonth(models.Model):
    """Seats filled against capacity, for a cohort, in the month it starts."""

    cohort_id = models.IntegerField(unique=True)
    month = models.DateField()
    cluster_id = models.IntegerField()
    programme_key = models.UUIDField(null=True)
    course_key = models.UUIDField()
    capacity = models.PositiveIntegerField()
    seats_filled = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["month", "cluster_id"], name="reports_cohort_month")]

    def __str__(self):
        return f"{self.month:%Y-%m} · cohort {self.cohort_id}"


class Backlog(models.Model):
    """Enrollments whose lines must be recomputed: written when an event arrives.

    Rows are never unique: the refresh job handles the rows up to the highest id it
    saw when it started and deletes only those, so an event arriving meanwhile waits
    for the next round instead of being lost (reports/rollup.py).
    """

    enrollment_id = models.IntegerField(null=True)
    cohort_id = models.IntegerField(null=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"enrollment {self.enrollment_id} · cohort {self.cohort_id}"


class RollupState(models.Model):
    """One row: the lock that serialises refreshes and rebuilds, and what the last did."""

    rebuilt_at = models.DateTimeField(null=True)
    rebuild_seconds = models.FloatField(null=True)
    lines = models.PositiveIntegerField(default=0)
    refreshed_at = models.DateTimeField(null=True)

    def __str__(self):
        return f"rebuilt {self.rebuilt_at}"


class ReportSettings(models.Model):
    """What the network counts as trained, and whether the home page shows the figure."""

    class Trained(models.TextChoices):
        COMPLETED = "completed", _("Completed the course")
        COMPLETED_OR_PARTICIPATED = (
            "completed_or_participated",
            _("Completed the course or received a certificate of participation"),
        )

    trained_definition = models.CharField(
        _("who counts as trained"),
        max_length=26,
        choices=Trained.choices,
        default=Trained.COMPLETED,
    )
    show_public_figure = models.BooleanField(
        _("show the people trained this year on the home page"), default=False
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("updated by"),
    )

    class Meta:
        verbose_name = _("report settings")
        verbose_name_plural = _("report settings")

    def __str__(self):
        return str(self.get_trained_definition_display())

    @property
    def trained_outcomes(self) -> tuple[str, ...]:
        if self.trained_definition == self.Trained.COMPLETED_OR_PARTICIPATED:
            return (Outcome.COMPLETED, Outcome.PARTICIPATED)
        return (Outcome.COMPLETED,)


class ReportExport(models.Model):
    """An export built by a Celery job: its progress, and the file once it is ready."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Being built")
        READY = "ready", pgettext_lazy("export", "Ready")
        FAILED = "failed", _("Failed")

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("requested by"),
    )
    # The filters as the report's query string: the job checks the scope again with them.
    query = models.CharField(max_length=1000)
    key = models.CharField(max_length=64)  # hash of (query, format): the same request twice
    format = models.CharField(_("format"), max_length=4, choices=Format.choices)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(default=0)  # percent
    file = models.FileField(upload_to="reports/exports/", blank=True, max_length=300)
    filename = models.CharField(max_length=200, blank=True)
    # Whose figures the file holds (export_jobs.scope_key): checked again at download.
    scope = models.CharField(max_length=500, blank=True)
    error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        constraints = [
            models.UniqueConstraint(
                fields=["requested_by", "key"],
                condition=models.Q(status__in=["queued", "running"]),
                name="report_export_once_at_a_time",
            )
        ]

    def __str__(self):
        return f"{self.filename or self.key} ({self.status})"


class MonthlySummarySent(models.Model):
    """The first-of-the-month email, sent once per admin, cluster and month."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    cluster_id = models.IntegerField()
    month = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cluster_id", "month"], name="monthly_summary_once"
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.cluster_id} · {self.month:%Y-%m}"
