"""Reads of the catalog, tuned so a page costs the same queries for 5 or 500 courses."""

from dataclasses import dataclass

from django.db.models import Case, IntegerField, Prefetch, QuerySet, When
from wagtail.models import Locale

from clusters.models import Cluster
from core.page_cache import remember

from .models import CourseIndexPage, CoursePage, Discipline, LessonPage, ProgrammePage


@dataclass(frozen=True)
class CatalogFilters:
    q: str = ""
    programme: str = ""  # translation key of a programme
    discipline: str = ""  # slug
    cluster: str = ""  # slug, or "network" for network-level courses
    modality: str = ""
    level: str = ""
    language: str = ""
    audience: str = ""


def _live_courses(locale: Locale) -> QuerySet[CoursePage]:
    return CoursePage.objects.live().public().filter(locale=locale)


def course_catalog(*, locale: Locale, filters: CatalogFilters) -> QuerySet[CoursePage]:
    """The published courses of one language that match the filters, best match first."""
    courses = _live_courses(locale)
    if filters.programme:
        courses = courses.filter(programme__translation_key=filters.programme)
    if filters.discipline:
        courses = courses.filter(discipline__slug=filters.discipline)
    if filters.cluster == "network":
        courses = courses.filter(cluster__isnull=True)
    elif filters.cluster:
        courses = courses.filter(cluster__slug=filters.cluster)
    if filters.modality:
        courses = courses.filter(modality=filters.modality)
    if filters.level:
        courses = courses.filter(level=filters.level)
    if filters.language:
        courses = courses.filter(languages__in=[filters.language, "es_en"])
    if filters.audience:
        courses = courses.filter(audience__contains=filters.audience)
    courses = courses.select_related("discipline", "cluster", "hero_image")
    if not filters.q:
        return courses.order_by("programme__title", "path_order", "title")
    # Search ranks within the language; the DB filters and paginates the ranked ids.
    ranked = [
        page.pk for page in _live_courses(locale).search(filters.q, operator="and", fields=None)
    ]
    order = Case(
        *[When(pk=pk, then=position) for position, pk in enumerate(ranked)],
        output_field=IntegerField(),
    )
    return courses.filter(pk__in=ranked).order_by(order) if ranked else courses.none()


def cluster_courses(*, cluster: Cluster, locale: Locale) -> QuerySet[CoursePage]:
    """A cluster's published courses in one language, for its landing page."""
    return (
        _live_courses(locale)
        .filter(cluster=cluster)
        .select_related("discipline", "cluster", "hero_image")
        .order_by("title")
    )


def catalog_choices(*, locale: Locale) -> dict:
    """Options of the catalog filters for one language, cached until the next publish."""
    return remember(f"catalog-choices:{locale.language_code}", lambda: _catalog_choices(locale))


def _catalog_choices(locale: Locale) -> dict:
    programmes = ProgrammePage.objects.live().filter(locale=locale).order_by("title")
    return {
        "programmes": [
            (p.translation_key, p.title) for p in programmes.only("title", "translation_key")
        ],
        "disciplines": [(d.slug, d.name) for d in Discipline.objects.all()],
        "clusters": [(c.slug, c.short_name) for c in Cluster.objects.order_by("short_name")],
    }


def programme_path(*, programme: ProgrammePage) -> list[CoursePage]:
    """The programme's live courses in this language, in path order, with what they lead to."""
    leads_to = Prefetch(
        "leads_to",
        queryset=CoursePage.objects.live()
        .filter(locale=programme.locale)
        .only("title", "url_path", "translation_key"),
    )
    prerequisites = Prefetch(
        "prerequisites", queryset=CoursePage.objects.only("title", "translation_key")
    )
    return list(
        _live_courses(programme.locale)
        .filter(programme__translation_key=programme.translation_key)
        .select_related("discipline", "cluster")
        .prefetch_related(leads_to, prerequisites)
        .order_by("path_order", "title")
    )


def course_lessons(*, course: CoursePage) -> list[LessonPage]:
    return list(
        LessonPage.objects.child_of(course)
        .live()
        .only("title", "url_path", "module", "summary", "path", "depth")
    )


def lesson_keys(*, course: CoursePage) -> list:
    """Translation keys of a course's live lessons: what progress is counted against."""
    return list(
        LessonPage.objects.child_of(course)
        .live()
        .order_by("path")
        .values_list("translation_key", flat=True)
    )


def course_prerequisites(*, course: CoursePage) -> list[CoursePage]:
    """Prerequisites in the course's language (the relation may point at another translation)."""
    keys = course.prerequisites.values("translation_key")
    return list(
        CoursePage.objects.live().filter(locale_id=course.locale_id, translation_key__in=keys)
    )


def lesson_neighbours(*, lesson: LessonPage) -> tuple[LessonPage | None, LessonPage | None]:
    siblings = (
        LessonPage.objects.sibling_of(lesson, inclusive=False)
        .live()
        .only("title", "url_path", "path", "depth")
    )
    previous = siblings.filter(path__lt=lesson.path).order_by("-path").first()
    following = siblings.filter(path__gt=lesson.path).order_by("path").first()
    return previous, following


def catalog_url() -> str | None:
    """URL of the catalog page in the active language (or the Spanish one)."""
    from wagtail.models import Locale

    page = (
        CourseIndexPage.objects.live().filter(locale=Locale.get_active()).first()
        or CourseIndexPage.objects.live().first()
    )
    return page.url if page else None


def localize_courses(courses) -> dict:
    """{translation_key: the course in the active language (else as given)}, in one query."""
    from wagtail.models import Locale

    courses = list(courses)
    found = {c.translation_key: c for c in courses}
    translated = CoursePage.objects.live().filter(
        locale=Locale.get_active(), translation_key__in=list(found)
    )
    found.update({c.translation_key: c for c in translated})
    return found
