"""Who: clusters, their member companies, the people trained and their roles."""

import zoneinfo

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from .dc3_catalogs import OCCUPATION_CHOICES
from .validators import GENERIC_RFCS, normalize_identifier, validate_curp, validate_rfc

NETWORK_ADMIN_GROUP = "Network admins"

MEXICAN_TIME_ZONES = [
    ("America/Mexico_City", _("Central (Mexico City)")),
    ("America/Monterrey", _("Central (Monterrey)")),
    ("America/Matamoros", _("Central border (Matamoros)")),
    ("America/Chihuahua", _("Chihuahua")),
    ("America/Ciudad_Juarez", _("Northern border (Ciudad Juárez)")),
    ("America/Mazatlan", _("Pacific (Mazatlán)")),
    ("America/Hermosillo", _("Sonora (Hermosillo)")),
    ("America/Tijuana", _("Northwest (Tijuana)")),
    ("America/Cancun", _("Southeast (Cancún)")),
]


class User(AbstractUser):
    """An account. People log in with their email address; it is unique ignoring case."""

    email = models.EmailField(_("email address"), blank=True)
    language = models.CharField(
        _("language for emails"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="es",
        help_text=_("Emails from the portal are written in this language."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=~models.Q(email=""),
                name="user_email_ci_unique",
                violation_error_message=_("An account with this email address already exists."),
            )
        ]

    def __str__(self):
        return self.get_full_name()

    def get_full_name(self):
        """The name on the trainee profile, else the email (usernames are generated)."""
        profile = getattr(self, "trainee_profile", None)
        return profile.full_name if profile else (self.email or self.username)

    def get_short_name(self):
        profile = getattr(self, "trainee_profile", None)
        return profile.given_names if profile else (self.email or self.username)


class Cluster(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=160, unique=True)
    short_name = models.CharField(_("short name"), max_length=60)
    states = models.CharField(
        _("states"), max_length=200, help_text=_("The Mexican states the cluster covers.")
    )
    time_zone = models.CharField(
        _("time zone"), max_length=40, choices=MEXICAN_TIME_ZONES, default="America/Mexico_City"
    )
    brand_color = models.CharField(
        _("brand colour"),
        max_length=7,
        default="#0b5394",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour like #0b5394."))],
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    founded = models.PositiveSmallIntegerField(_("founded (year)"), null=True, blank=True)
    # The cluster is the external training agent (agente capacitador externo) on DC-3 and
    # DC-4 records. The STPS registration format is unconfirmed, so only odd characters
    # are refused.
    stps_agent_registration = models.CharField(
        _("training agent registration (STPS)"),
        max_length=40,
        blank=True,
        validators=[
            RegexValidator(
                r"^[A-Za-z0-9][A-Za-z0-9 ./-]*$",
                _("Use letters, digits, spaces, dots, slashes and hyphens."),
            )
        ],
        help_text=_(
            "The cluster's registration number as an external training agent, as the labour "
            "ministry issued it. Printed on DC-3 records and in the DC-4 list."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")

    def __str__(self):
        return self.name

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)


class Company(models.Model):
    class Tier(models.TextChoices):
        OEM = "oem", _("OEM")
        TIER1 = "tier1", _("Tier 1")
        TIER2 = "tier2", _("Tier 2")
        TIER3 = "tier3", _("Tier 3")
        ACADEMIA = "academia", _("Academia")
        GOVERNMENT = "government", _("Government")

    legal_name = models.CharField(_("legal name"), max_length=250)
    trade_name = models.CharField(_("trade name"), max_length=160, blank=True)
    rfc = models.CharField(
        _("RFC"),
        max_length=13,
        unique=True,
        validators=[validate_rfc],
        help_text=_("Federal taxpayer registry, 12 characters for a company."),
    )
    tier = models.CharField(_("tier"), max_length=12, choices=Tier.choices)
    requires_enrollment_approval = models.BooleanField(
        _("enrollments need coordinator approval"), default=False
    )
    # Who authenticates the DC-3 (Acuerdo of 14-06-2013, art. 25): the employer or legal
    # representative; with more than 50 workers, also the workers' representative.
    legal_representative = models.CharField(
        _("employer or legal representative"),
        max_length=160,
        blank=True,
        help_text=_(
            "Name of the person who signs DC-3 training records for the company. With more "
            "than 50 workers: the employer's representative on the joint training committee."
        ),
    )
    more_than_50_workers = models.BooleanField(
        _("more than 50 workers"),
        default=False,
        help_text=_("Then the workers' representative also signs DC-3 training records."),
    )
    workers_representative = models.CharField(
        _("workers' representative"),
        max_length=160,
        blank=True,
        help_text=_(
            "Only for companies with more than 50 workers: the workers' representative on the "
            "joint training committee."
        ),
    )
    clusters = models.ManyToManyField(
        Cluster,
        through="CompanyMembership",
        related_name="companies",
        verbose_name=_("clusters"),
    )

    class Meta:
        ordering = ["legal_name"]
        verbose_name = _("company")
        verbose_name_plural = _("companies")

    def __str__(self):
        return self.trade_name or self.legal_name

    def clean(self):
        self.rfc = normalize_identifier(self.rfc)
        if self.rfc in GENERIC_RFCS:
            raise ValidationError(
                {"rfc": _("A member company needs its own RFC, not SAT's generic one.")}
            )


class CompanyMembership(models.Model):
    company = models.ForeignKey(
        Company, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("company")
    )
    cluster = models.ForeignKey(
        Cluster, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("cluster")
    )
    joined_on = models.DateField(_("member since"), null=True, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["company", "cluster"], name="membership_unique")
        ]

    def __str__(self):
        return f"{self.company} · {self.cluster}"


class TraineeProfile(models.Model):
    """The person who is trained; their records follow them across companies and clusters."""

    class TraineeType(models.TextChoices):
        ENGINEER = "engineer", _("Engineer")
        TECHNICIAN = "technician", _("Technician")
        OPERATOR = "operator", _("Operator")
        EXECUTIVE = "executive", _("Executive or manager")
        STUDENT = "student", _("Student")

    class Gender(models.TextChoices):
        FEMALE = "female", _("Woman")
        MALE = "male", _("Man")
        NON_BINARY = "non_binary", _("Non-binary")
        UNDISCLOSED = "undisclosed", _("Prefer not to say")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="trainee_profile",
        verbose_name=_("account"),
    )
    given_names = models.CharField(_("given name(s)"), max_length=120)
    paternal_surname = models.CharField(_("first surname"), max_length=80)
    maternal_surname = models.CharField(_("second surname"), max_length=80, blank=True)
    curp = models.CharField(
        _("CURP"),
        max_length=18,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_curp],
        help_text=_("Clave Única de Registro de Población, 18 characters."),
    )
    occupation = models.CharField(_("occupation"), max_length=160)
    occupation_code = models.CharField(
        _("occupation (Catálogo Nacional de Ocupaciones)"),
        max_length=5,
        choices=OCCUPATION_CHOICES,
        blank=True,
        help_text=_(
            "The subarea of the national occupations catalogue that fits your work best; "
            "official DC-3 training records need it."
        ),
    )
    job_title = models.CharField(_("job title"), max_length=160, blank=True)
    trainee_type = models.CharField(_("trainee type"), max_length=12, choices=TraineeType.choices)
    gender = models.CharField(
        _("gender"),
        max_length=12,
        choices=Gender.choices,
        blank=True,
        help_text=_("Optional; only used for participation figures."),
    )
    cluster = models.ForeignKey(
        Cluster,
        on_delete=models.PROTECT,
        related_name="trainee_profiles",
        verbose_name=_("cluster"),
        null=True,
        blank=True,
    )
    company = models.ForeignKey(
        Company,
        on_delete=models.PROTECT,
        related_name="trainee_profiles",
        verbose_name=_("company"),
        null=True,
        blank=True,
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    # What the person (and an admin on their behalf) fills in; profile_save takes these.
    EDITABLE_FIELDS = [
        "given_names",
        "paternal_surname",
        "maternal_surname",
        "curp",
        "occupation",
        "occupation_code",
        "job_title",
        "trainee_type",
        "gender",
        "cluster",
        "company",
    ]

    class Meta:
        ordering = ["paternal_surname", "maternal_surname", "given_names"]
        verbose_name = _("trainee profile")
        verbose_name_plural = _("trainee profiles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(company__isnull=True) | models.Q(cluster__isnull=False),
                name="profile_company_needs_cluster",
            )
        ]
        indexes = [models.Index(fields=["cluster", "company"])]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self) -> str:
        return " ".join(
            p for p in (self.given_names, self.paternal_surname, self.maternal_surname) if p
        )

    def clean(self):
        if self.curp:
            self.curp = normalize_identifier(self.curp)
        else:
            self.curp = None
        if self.company_id and not self.cluster_id:
            raise ValidationError({"cluster": _("Choose the cluster your company belongs to.")})
        if (
            self.company_id
            and not CompanyMembership.objects.filter(
                company_id=self.company_id, cluster_id=self.cluster_id
            ).exists()
        ):
            raise ValidationError(
                {"company": _("This company is not a member of the chosen cluster.")}
            )


class ClusterRole(models.Model):
    """A person's role in a cluster; mirrored into Wagtail groups by cms (DESIGN.md §3)."""

    class Role(models.TextChoices):
        CLUSTER_ADMIN = "cluster_admin", _("Cluster admin")
        EDITOR = "editor", _("Cluster editor")
        INSTRUCTOR = "instructor", _("Instructor")
        COMPANY_COORDINATOR = "coordinator", _("Company coordinator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="cluster_roles",
        verbose_name=_("person"),
    )
    cluster = models.ForeignKey(
        Cluster, on_delete=models.CASCADE, related_name="roles", verbose_name=_("cluster")
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    company = models.ForeignKey(
        Company,
        on_delete=models.CASCADE,
        related_name="coordinator_roles",
        verbose_name=_("company"),
        null=True,
        blank=True,
        help_text=_("Only for company coordinators: the company they coordinate."),
    )
    granted_at = models.DateTimeField(_("granted"), auto_now_add=True)

    class Meta:
        ordering = ["cluster__name", "role"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "cluster", "role"],
                condition=models.Q(company__isnull=True),
                name="role_unique_without_company",
            ),
            models.UniqueConstraint(
                fields=["user", "cluster", "role", "company"],
                condition=models.Q(company__isnull=False),
                name="role_unique_with_company",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(role="coordinator", company__isnull=False)
                    | (~models.Q(role="coordinator") & models.Q(company__isnull=True))
                ),
                name="role_company_only_for_coordinators",
                violation_error_message=_(
                    "A company coordinator needs a company; other roles take none."
                ),
            ),
        ]
        indexes = [models.Index(fields=["user", "role"])]

    def __str__(self):
        label = f"{self.user} · {self.get_role_display()} · {self.cluster.short_name}"
        return f"{label} · {self.company}" if self.company_id else label

    def clean(self):
        if (
            self.company_id
            and self.cluster_id
            and not CompanyMembership.objects.filter(
                company_id=self.company_id, cluster_id=self.cluster_id
            ).exists()
        ):
            raise ValidationError(
                {"company": _("This company is not a member of the chosen cluster.")}
            )
