"""Certificates: the proof of what training recorded (DESIGN.md §3).

A Certificate snapshots the facts it attests when it is issued, so that the
verification page shows what the holder was given even if the course, the
cohort or the person's name change later; a reissue takes a new snapshot and
bumps the revision. The public code is random (130 bits), never an id.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Orderable

from clusters.models import Cluster, Company, TraineeProfile
from training.models import Enrollment

# Base32 without padding: 26 characters carry 130 random bits; easy to read aloud and type.
CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
CODE_LENGTH = 26


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


class Kind(models.TextChoices):
    COMPLETION = "completion", _("Certificate of completion")
    PARTICIPATION = "participation", _("Certificate of participation")


class CertificateTemplate(ClusterableModel):
    """How a cluster's certificates look and what they say, in both languages."""

    class Layout(models.TextChoices):
        CLASSIC = "classic", _("Classic: centred, with a double border")
        MODERN = "modern", _("Modern: a band of the cluster's colour on the left")

    class PageSize(models.TextChoices):
        A4 = "a4", _("A4 landscape")
        LETTER = "letter", _("Letter landscape")

    cluster = models.ForeignKey(
        Cluster,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="certificate_templates",
        verbose_name=_("cluster"),
        help_text=_("Empty: a network template, used where a cluster has none of this kind."),
    )
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    is_default = models.BooleanField(
        _("use for this cluster's certificates of this kind"), default=True
    )
    layout = models.CharField(
        _("layout"), max_length=10, choices=Layout.choices, default=Layout.CLASSIC
    )
    page_size = models.CharField(
        _("page size"), max_length=6, choices=PageSize.choices, default=PageSize.LETTER
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
    )
    background = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("background image"),
        help_text=_("Drawn faintly behind the text; a landscape image of at least 1600 px."),
    )
    title_es = models.CharField(_("title (Spanish)"), max_length=120)
    title_en = models.CharField(_("title (English)"), max_length=120)
    wording_es = models.TextField(
        _("wording (Spanish)"),
        max_length=400,
        help_text=_(
            "Printed between the holder's name and the course, e.g. 'por haber acreditado'."
        ),
    )
    wording_en = models.TextField(_("wording (English)"), max_length=400)
    footer_es = models.CharField(_("footer (Spanish)"), max_length=200, blank=True)
    footer_en = models.CharField(_("footer (English)"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("cluster"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("name"), FieldPanel("is_default")]),
        FieldRowPanel([FieldPanel("layout"), FieldPanel("page_size")]),
        FieldRowPanel([FieldPanel("logo"), FieldPanel("background")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("title_es"), FieldPanel("title_en")]),
                FieldRowPanel([FieldPanel("wording_es"), FieldPanel("wording_en")]),
                FieldRowPanel([FieldPanel("footer_es"), FieldPanel("footer_en")]),
            ],
            heading=_("Wording"),
        ),
        InlinePanel("signatories", label=_("Signatories"), min_num=1, max_num=3),
    ]

    class Meta:
        ordering = ["cluster__name", "kind", "name"]
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        constraints = [
            models.UniqueConstraint(
                fields=["cluster", "kind"],
                condition=models.Q(is_default=True),
                name="certificate_template_one_default",
                nulls_distinct=False,
            )
        ]

    def __str__(self):
        return self.name

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_es

    def wording(self, language: str) -> str:
        return self.wording_en if language == "en" else self.wording_es

    def footer(self, language: str) -> str:
        return self.footer_en if language == "en" else self.footer_es


class Signatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(_("name"), max_length=120)
    position_es = models.CharField(_("position (Spanish)"), max_length=120)
    position_en = models.CharField(_("position (English)"), max_length=120)
    signature = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("signature image"),
        help_text=_("A scan of the signature on a white or transparent background."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("position_es"), FieldPanel("position_en")]),
        FieldPanel("signature"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self):
        return self.name


class Certificate(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Being issued")
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")
        FAILED = "failed", _("Issuing failed")

    MAX_ATTEMPTS = 3

    code = models.CharField(_("code"), max_length=CODE_LENGTH, unique=True, default=new_code)
    enrollment = models.OneToOneField(
        Enrollment,
        on_delete=models.PROTECT,
        related_name="certificate",
        verbose_name=_("enrollment"),
    )
    cluster = models.ForeignKey(
        Cluster, on_delete=models.PROTECT, related_name="+", verbose_name=_("cluster")
    )
    trainee = models.ForeignKey(
        TraineeProfile,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("holder"),
    )
    company = models.ForeignKey(
        Company,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("company"),
    )
    template = models.ForeignKey(
        CertificateTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("template"),
    )
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    language = models.CharField(_("language"), max_length=8, default="es")
    revision = models.PositiveSmallIntegerField(_("revision"), default=1)

    # The facts it attests, as they were when it was (re)issued.
    holder_name = models.CharField(_("holder"), max_length=300)
    course_code = models.CharField(_("course code"), max_length=40)
    course_title_es = models.CharField(_("course (Spanish)"), max_length=255)
    course_title_en = models.CharField(_("course (English)"), max_length=255)
    hours = models.DecimalField(_("hours"), max_digits=6, decimal_places=1)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("to"))
    cluster_name = models.CharField(_("issuing cluster"), max_length=160)
    signatories = models.JSONField(_("signatories"), default=list, blank=True)

    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    issued_at = models.DateTimeField(_("issued"), null=True, blank=True)
    pdf = models.CharField(_("PDF file"), max_length=255, blank=True, editable=False)
    credential = models.TextField(_("signed credential"), blank=True, editable=False)

    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revoked by"),
        help_text=_("Empty when revoked automatically because the outcome changed."),
    )

    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(_("last error"), blank=True)
    notify = models.BooleanField(default=True, editable=False)
    emailed_at = models.DateTimeField(_("emailed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="revoked") | models.Q(revoked_at__isnull=False),
                name="certificate_revoked_has_date",
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="certificate_period_ordered",
            ),
        ]
        indexes = [
            models.Index(fields=["cluster", "status"]),
            models.Index(fields=["status", "valid_until"]),
        ]

    def __str__(self):
        return f"{self.code} · {self.holder_name}"

    def course_title(self, language: str) -> str:
        return self.course_title_en if language == "en" else self.course_title_es

    @property
    def is_expired(self) -> bool:
        return bool(
            self.status == self.Status.VALID
            and self.valid_until
            and self.valid_until < timezone.localdate()
        )

    @property
    def state(self) -> str:
        """What the verification page says: valid, expired, revoked, or not issued yet."""
        if self.status == self.Status.VALID:
            return "expired" if self.is_expired else "valid"
        return self.status

    @property
    def display_code(self) -> str:
        """The code in groups of five, easier to read over the phone."""
        return "-".join(self.code[i : i + 5] for i in range(0, len(self.code), 5))


class CertificateEvent(models.Model):
    """What happened to a certificate, by whom and why: the audit trail admins see."""

    class Action(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        ISSUED = "issued", _("Issued")
        REISSUED = "reissued", _("Reissued")
        REVOKED = "revoked", _("Revoked")
        FAILED = "failed", _("Issuing failed")
        RETRIED = "retried", _("Retried")
        EMAILED = "emailed", _("Emailed to the holder")
        REMINDED = "reminded", _("Expiry reminder sent")

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="events", verbose_name=_("certificate")
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")

    def __str__(self):
        return f"{self.certificate_id} {self.action}"


class ExpiryReminder(models.Model):
    """One row per reminder sent, so a retried or duplicated job never sends it twice."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="reminders")
    days_before = models.PositiveSmallIntegerField()
    valid_until = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "days_before", "valid_until"],
                name="expiry_reminder_once",
            )
        ]

    def __str__(self):
        return f"{self.certificate_id} -{self.days_before}d"


class CertificateBundle(models.Model):
    """One ZIP of a cohort's valid certificates, built in the background for its admins.

    The file lives at a key derived from the row (`certificate-bundles/<id>.zip`), so a
    retried build overwrites it; attempts are counted here, like certificates' own.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Being built")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    ACTIVE = (Status.QUEUED, Status.RUNNING)
    MAX_ATTEMPTS = 3

    cohort = models.ForeignKey(
        "training.Cohort",
        on_delete=models.CASCADE,
        related_name="certificate_bundles",
        verbose_name=_("cohort"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    total = models.PositiveIntegerField(_("certificates"), default=0)
    done = models.PositiveIntegerField(_("added"), default=0)
    file = models.CharField(_("ZIP file"), max_length=255, blank=True, editable=False)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("requested"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("certificate ZIP")
        verbose_name_plural = _("certificate ZIPs")
        constraints = [
            models.UniqueConstraint(
                fields=["cohort"],
                condition=models.Q(status__in=["queued", "running"]),
                name="certificate_bundle_one_active",
            )
        ]

    def __str__(self):
        return f"{self.cohort_id} · {self.pk} · {self.status}"

    @property
    def storage_name(self) -> str:
        return f"certificate-bundles/{self.pk}.zip"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return int(self.done * 100 / self.total) if self.total else 0

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE
