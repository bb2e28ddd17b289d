"""What is taught: programmes, courses and online lessons as Wagtail pages.

The tree: (network) HomePage or ClusterPage -> ProgrammePage -> CoursePage ->
LessonPage; a course may also hang straight under a ClusterPage. Each page
stores the cluster it belongs to (copied from its parent), so the catalog
filters by cluster with an index lookup.
"""

import math
import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from clusters.models import Cluster, TraineeProfile
from core.fields import ChoiceListField
from core.i18n import localized_attr

from .blocks import AssessmentBlock, CourseStreamBlock, LessonStreamBlock

WORDS_PER_MINUTE = 180

DC3_THEMATIC_AREAS = [
    ("1000", _("1000 General production")),
    ("2000", _("2000 Services")),
    ("3000", _("3000 Administration, accounting and economics")),
    ("4000", _("4000 Marketing and sales")),
    ("5000", _("5000 Maintenance and repair")),
    ("6000", _("6000 Safety")),
    ("7000", _("7000 Personal and family development")),
    ("8000", _("8000 Information and communication technologies")),
    ("9000", _("9000 Social participation")),
]


class Level(models.TextChoices):
    BASIC = "basic", _("Basic")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")
    EXPERT = "expert", _("Expert")


class Modality(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    BLENDED = "blended", _("Blended")


class Languages(models.TextChoices):
    SPANISH = "es", _("Spanish")
    ENGLISH = "en", _("English")
    BOTH = "es_en", _("Spanish and English")


class Discipline(models.Model):
    """A subject area of the catalog (quality, electromobility, IIoT...), named in both languages."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)

    panels = [FieldPanel("name_es"), FieldPanel("name_en"), FieldPanel("slug")]

    class Meta:
        ordering = ["name_es"]
        verbose_name = _("discipline")
        verbose_name_plural = _("disciplines")

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return localized_attr(self, "name")


class Instructor(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=160)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    photo = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("photo"),
    )
    bio_es = models.TextField(_("biography (Spanish)"), max_length=1200, blank=True)
    bio_en = models.TextField(_("biography (English)"), max_length=1200, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("bio_es"),
        FieldPanel("bio_en"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("organisation")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("instructor")
        verbose_name_plural = _("instructors")

    def __str__(self):
        return self.name

    @property
    def bio(self) -> str:
        return localized_attr(self, "bio")


class ClusterOwnedPage(Page):
    """A page that belongs to the cluster of its nearest ClusterPage ancestor (None: network)."""

    cluster = models.ForeignKey(
        Cluster,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("cluster"),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        parent = self.get_parent() if self.path else None
        if parent is not None:
            self.cluster_id = getattr(parent.specific_deferred, "cluster_id", None)
        return super().save(*args, **kwargs)


class CourseIndexPage(Page):
    """The catalog: every published course of the network, with filters and search."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("course catalog")

    def get_context(self, request, *args, **kwargs):
        from .views import catalog_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalog_context(request, locale=self.locale))
        return context


class ProgrammePage(ClusterOwnedPage):
    """A programme (Six Sigma, Electromobility, Industry 4.0): its courses form a path."""

    intro = models.TextField(_("introduction"), max_length=800)
    hero_image = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hero image"),
    )
    body = StreamField(CourseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro", boost=2)]
    parent_page_types = ["cms.HomePage", "cms.ClusterPage"]
    subpage_types = ["courses.CoursePage"]
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("programme")

    def get_context(self, request, *args, **kwargs):
        from .selectors import programme_path

        context = super().get_context(request, *args, **kwargs)
        context["path"] = programme_path(programme=self)
        return context


class CoursePage(ClusterOwnedPage):
    code = models.CharField(
        _("code"),
        max_length=20,
        db_index=True,
        help_text=_("Unique across the network, shared by the page's translations, e.g. SS-GB."),
    )
    summary = models.TextField(_("summary"), max_length=600)
    hero_image = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hero image"),
    )
    programme = models.ForeignKey(
        ProgrammePage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="programme_courses",
        verbose_name=_("programme"),
    )
    path_order = models.PositiveSmallIntegerField(
        _("position in the programme"), default=0, help_text=_("1 for the first course.")
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="leads_to",
        verbose_name=_("prerequisites"),
    )
    discipline = models.ForeignKey(
        Discipline, on_delete=models.PROTECT, related_name="courses", verbose_name=_("discipline")
    )
    level = models.CharField(_("level"), max_length=12, choices=Level.choices)
    modality = models.CharField(_("modality"), max_length=10, choices=Modality.choices)
    languages = models.CharField(
        _("language of instruction"), max_length=5, choices=Languages.choices, default="es"
    )
    audience = ChoiceListField(
        _("audience"), choices=TraineeProfile.TraineeType.choices, blank=False
    )
    audience_text = models.CharField(_("who it is for"), max_length=300, blank=True)
    hours = models.DecimalField(
        _("hours"),
        max_digits=6,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5"))],
    )
    instructors = ParentalManyToManyField(
        Instructor, blank=True, related_name="courses", verbose_name=_("instructors")
    )
    body = StreamField(CourseStreamBlock(), blank=True, verbose_name=_("body"))
    # Completion rule (evaluated by training when a cohort runs).
    min_attendance_percent = models.PositiveSmallIntegerField(
        _("minimum attendance (%)"), default=80, validators=[MaxValueValidator(100)]
    )
    min_hours = models.DecimalField(
        _("minimum hours attended"),
        max_digits=6,
        decimal_places=1,
        default=0,
        validators=[MinValueValidator(0)],
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("assessment pass mark (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Leave empty if the course has no assessment."),
    )
    min_lessons_percent = models.PositiveSmallIntegerField(
        _("online lessons completed (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    assessment = StreamField(
        AssessmentBlock(),
        blank=True,
        verbose_name=_("assessment questions"),
        help_text=_("Trainees answer them online; the pass mark above applies to the score."),
    )
    assessment_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, validators=[MinValueValidator(1), MaxValueValidator(10)]
    )
    participation_certificate = models.BooleanField(
        _("certificate of participation for those who attend but do not pass"), default=True
    )
    dc3_thematic_area = models.CharField(
        _("DC-3 thematic area"), max_length=4, choices=DC3_THEMATIC_AREAS, default="1000"
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "Empty: certificates do not expire. Holders are reminded 60, 30 and 7 days before."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("hours")]),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("programme"), FieldPanel("path_order")]),
                FieldPanel("prerequisites"),
                FieldRowPanel([FieldPanel("discipline"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("modality"), FieldPanel("languages")]),
                FieldPanel("audience"),
                FieldPanel("audience_text"),
                FieldPanel("instructors"),
            ],
            heading=_("Catalog"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("min_attendance_percent"), FieldPanel("min_hours")]),
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("min_lessons_percent")]),
                FieldPanel("participation_certificate"),
                FieldRowPanel(
                    [FieldPanel("dc3_thematic_area"), FieldPanel("certificate_validity_months")]
                ),
            ],
            heading=_("Completion and certificates"),
        ),
        MultiFieldPanel(
            [FieldPanel("assessment_attempts"), FieldPanel("assessment")],
            heading=_("Assessment"),
            classname="collapsed",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("code", boost=3),
        index.SearchField("summary", boost=2),
        index.SearchField("audience_text"),
        index.SearchField("body"),
    ]
    parent_page_types = ["cms.HomePage", "cms.ClusterPage", "courses.ProgrammePage"]
    subpage_types = ["courses.LessonPage"]
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("course")
        constraints = [
            models.CheckConstraint(condition=models.Q(hours__gt=0), name="course_hours_positive"),
            models.CheckConstraint(
                condition=models.Q(min_attendance_percent__lte=100)
                & models.Q(min_lessons_percent__lte=100)
                & (models.Q(pass_mark__isnull=True) | models.Q(pass_mark__lte=100)),
                name="course_percentages_0_100",
            ),
            models.CheckConstraint(
                condition=models.Q(min_hours__gte=0) & models.Q(min_hours__lte=models.F("hours")),
                name="course_min_hours_within_hours",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.hours is not None and self.min_hours is not None and self.min_hours > self.hours:
            errors["min_hours"] = _("The minimum hours cannot exceed the course's hours.")
        if self.pass_mark is not None and not self.questions:
            errors["assessment"] = _("Add the questions of the assessment, or clear the pass mark.")
        if self.pass_mark is None and self.questions:
            errors["pass_mark"] = _("Set the pass mark of the assessment.")
        self.code = (self.code or "").strip().upper()
        clash = CoursePage.objects.filter(code=self.code).exclude(
            translation_key=self.translation_key
        )
        if self.code and clash.exists():
            errors["code"] = _("Another course already uses this code.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.programme_id is None and self.path:
            parent = self.get_parent()
            if parent is not None and isinstance(parent.specific_deferred, ProgrammePage):
                self.programme_id = parent.pk
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_lessons, course_prerequisites

        context = super().get_context(request, *args, **kwargs)
        programme = self.programme.localized if self.programme_id else None
        landing = next(
            (
                a
                for a in self.get_ancestors().specific(defer=True)
                if getattr(a, "is_cluster_landing", False)
            ),
            None,
        )
        context.update(
            offered_by=landing,
            lessons=course_lessons(course=self),
            prerequisites=course_prerequisites(course=self),
            instructors=list(self.instructors.select_related("photo")),
            programme=programme if programme and programme.live else None,
            # Sections other apps add (training: upcoming cohorts), without courses importing them.
            sections=[
                fn(page=self, request=request) for fn in hooks.get_hooks("course_page_sections")
            ],
        )
        context["json_ld"] = self.json_ld(request, context)
        return context

    def json_ld(self, request, context) -> dict:
        """schema.org Course: what search engines show of the course."""
        provider = (
            self.cluster.name if self.cluster_id else str(_("Mexican Automotive Cluster Network"))
        )
        data = {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": self.title,
            "description": self.summary,
            "courseCode": self.code,
            "url": self.get_full_url(request),
            "inLanguage": ["es-MX", "en"] if self.languages == "es_en" else [self.languages],
            "educationalLevel": self.get_level_display(),
            "timeRequired": f"PT{self.hours.normalize():f}H",
            "provider": {"@type": "Organization", "name": provider},
            "about": self.discipline.name,
            "audience": {
                "@type": "EducationalAudience",
                "educationalRole": ", ".join(self.audience_list),
            },
        }
        if outcomes := self.learning_outcomes:
            data["teaches"] = outcomes
        if prerequisites := context.get("prerequisites"):
            data["coursePrerequisites"] = [
                {"@type": "Course", "name": p.title, "url": p.get_full_url(request)}
                for p in prerequisites
            ]
        if instructors := context.get("instructors"):
            data["instructor"] = [{"@type": "Person", "name": i.name} for i in instructors]
        return data

    @property
    def questions(self) -> list:
        """The assessment's questions (StructValues with their block ids)."""
        return [block for block in self.assessment if block.block_type == "question"]

    @property
    def has_assessment(self) -> bool:
        return self.pass_mark is not None and bool(self.questions)

    @property
    def audience_list(self) -> list[str]:
        labels = dict(TraineeProfile.TraineeType.choices)
        return [str(labels[v]) for v in (self.audience or "").split(",") if v in labels]

    @property
    def learning_outcomes(self) -> list[str]:
        return [
            str(outcome)
            for block in self.body
            if block.block_type == "learning_outcomes"
            for outcome in block.value["outcomes"]
        ]


def _stream_text(stream) -> str:
    parts = []
    for block in stream:
        value = block.value
        if block.block_type == "paragraph":
            parts.append(strip_tags(value.source))
        elif hasattr(value, "get"):
            for key in ("text", "quote", "code", "formula", "description"):
                item = value.get(key)
                if item is not None:
                    parts.append(strip_tags(getattr(item, "source", str(item))))
    return " ".join(parts)


class LessonPage(ClusterOwnedPage):
    """Online content of a course. Its outline is public; training decides who reads the body."""

    module = models.CharField(
        _("module"), max_length=160, blank=True, help_text=_("Lessons of a module are grouped.")
    )
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("module"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    @property
    def reading_minutes(self) -> int:
        words = len(re.findall(r"\w+", _stream_text(self.body)))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_neighbours

        context = super().get_context(request, *args, **kwargs)
        context["course"] = self.get_parent().specific
        context["previous_lesson"], context["next_lesson"] = lesson_neighbours(lesson=self)
        # training/ sets request.lesson_access through a before_serve_page hook.
        # Fails closed; Wagtail's preview (which skips the hook) shows editors the body.
        context["show_body"] = getattr(
            request, "lesson_access", getattr(request, "is_preview", False)
        )
        # Sections other apps add (training: mark completed, progress), like course pages'.
        context["sections"] = [
            fn(page=self, request=request) for fn in hooks.get_hooks("lesson_page_sections")
        ]
        return context
