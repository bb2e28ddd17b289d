from decimal import Decimal
from itertools import count

from wagtail.models import Locale

from courses.models import CourseIndexPage, CoursePage, Discipline, LessonPage, ProgrammePage

_codes = count(1)


def discipline(slug="quality", es="Calidad", en="Quality") -> Discipline:
    return Discipline.objects.get_or_create(slug=slug, defaults={"name_es": es, "name_en": en})[0]


def publish(page):
    page.save_revision().publish()
    return page


def translate(page, **fields):
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    for name, value in fields.items():
        setattr(english, name, value)
    return publish(english)


def catalog_page(home, english=True) -> CourseIndexPage:
    page = publish(
        home.add_child(instance=CourseIndexPage(title="Catálogo de cursos", slug="cursos"))
    )
    if english:
        translate(page, title="Course catalog", slug="courses")
    return page


def programme_page(parent, title="Six Sigma", slug="six-sigma", **fields) -> ProgrammePage:
    return publish(
        parent.add_child(
            instance=ProgrammePage(title=title, slug=slug, intro="Un programa.", **fields)
        )
    )


def course_page(parent, title=None, **fields) -> CoursePage:
    n = next(_codes)
    defaults = {
        "title": title or f"Curso {n}",
        "slug": f"curso-{n}",
        "code": f"C-{n}",
        "summary": "Un curso para la industria automotriz.",
        "discipline": fields.pop("discipline", None) or discipline(),
        "level": "basic",
        "modality": "in_person",
        "languages": "es",
        "audience": "engineer,technician",
        "hours": Decimal("16"),
        "min_hours": Decimal("12"),
    }
    defaults.update(fields)
    return publish(parent.add_child(instance=CoursePage(**defaults)))


def lesson_page(course, title="Lección", **fields) -> LessonPage:
    n = next(_codes)
    return publish(
        course.add_child(instance=LessonPage(title=title, slug=f"leccion-{n}", **fields))
    )
