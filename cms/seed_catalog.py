"""Seed the demo catalog (courses/demo_catalog.py) as pages in Spanish and English.

Idempotent: pages are found by their code or slug before anything is created,
so a second run publishes nothing new.
"""

import uuid
from decimal import Decimal

from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from clusters.models import Cluster
from courses import demo_catalog
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Discipline,
    Instructor,
    LessonPage,
    ProgrammePage,
)

from .models import ClusterPage, HomePage

CATALOG = {
    "es": (
        "Catálogo de cursos",
        "cursos",
        "Todos los cursos de la red: Six Sigma, "
        "electromovilidad, Industria 4.0, reglas de origen y herramientas de calidad.",
    ),
    "en": (
        "Course catalog",
        "courses",
        "Every course of the network: Six Sigma, "
        "electromobility, Industry 4.0, rules of origin and quality core tools.",
    ),
}


def _publish(page):
    page.save_revision().publish()
    return page


def _paragraphs(texts) -> list[tuple[str, RichText]]:
    return [("paragraph", RichText("".join(f"<p>{_escape(t)}</p>" for t in texts)))]


def _escape(text: str) -> str:
    return escape(text)


# Question block ids are derived from the course code, the same in both languages, so an
# attempt's answers ({block id: [choice indexes]}) read the same on either page.
QUESTION_IDS = uuid.UUID("5f0c1d2e-8a47-4f5b-9c1e-3d6a7b8c9e01")


def _assessment(item, lang: str) -> list[dict]:
    """The course's demo questions as raw StreamField data in one language."""
    index = 0 if lang == "es" else 1
    return [
        {
            "type": "question",
            "id": str(uuid.uuid5(QUESTION_IDS, f"{item['code']}:{n}")),
            "value": {
                "prompt": (prompt_es, prompt_en)[index],
                "choices": [
                    {"text": (text_es, text_en)[index], "correct": correct}
                    for correct, text_es, text_en in choices
                ],
            },
        }
        for n, (prompt_es, prompt_en, choices) in enumerate(
            demo_catalog.ASSESSMENTS.get(item["code"], [])
        )
    ]


def _child(parent, model, instance):
    """The parent's child of this type and (Spanish) slug, created and published if missing."""
    page = model.objects.child_of(parent).filter(slug=instance.slug).first()
    return page or _publish(parent.add_child(instance=instance))


class CatalogSeeder:
    def __init__(self):
        self.es = Locale.objects.get(language_code="es")
        self.en = Locale.objects.get(language_code="en")
        self.home = HomePage.objects.get(locale=self.es)
        self.disciplines: dict[str, Discipline] = {}
        self.instructors: dict[str, Instructor] = {}
        self.programmes: dict[str, ProgrammePage] = {}
        self.courses: dict[str, CoursePage] = {}

    def run(self) -> int:
        self._catalog_page()
        for item in demo_catalog.DISCIPLINES:
            self.disciplines[item["key"]], _ = Discipline.objects.update_or_create(
                slug=item["key"],
                defaults={"name_es": item["name"]["es"], "name_en": item["name"]["en"]},
            )
        for item in demo_catalog.INSTRUCTORS:
            self.instructors[item["key"]], _ = Instructor.objects.get_or_create(
                name=item["name"],
                defaults={
                    "organisation": item["organisation"],
                    "bio_es": item["bio"]["es"],
                    "bio_en": item["bio"]["en"],
                },
            )
        for item in demo_catalog.PROGRAMMES:
            self.programmes[item["key"]] = self._programme(item)
        created = 0
        for item in demo_catalog.COURSES:
            course, new = self._course(item)
            self.courses[item["key"]] = course
            created += new
        for item in demo_catalog.COURSES:
            self._prerequisites(item)
        return created

    # --- pages -------------------------------------------------------------

    def _parent(self, cluster_slug: str | None) -> Page:
        if cluster_slug is None:
            return self.home
        return ClusterPage.objects.get(cluster__slug=cluster_slug, locale=self.es)

    def _translate(self, page, **fields):
        translated = page.get_translation_or_none(self.en)
        if translated is None:
            translated = page.copy_for_translation(self.en)
            for name, value in fields.items():
                setattr(translated, name, value)
            _publish(translated)
        return translated

    def _catalog_page(self):
        title, slug, intro = CATALOG["es"]
        page = CourseIndexPage.objects.filter(locale=self.es).first()
        if page is None:
            page = _publish(
                self.home.add_child(
                    instance=CourseIndexPage(
                        title=title, slug=slug, intro=intro, show_in_menus=True
                    )
                )
            )
        title, slug, intro = CATALOG["en"]
        self._translate(page, title=title, slug=slug, intro=intro)

    def _programme(self, item) -> ProgrammePage:
        parent = self._parent(None if item["scope"] == "network" else item["scope"])
        page = _child(
            parent,
            ProgrammePage,
            ProgrammePage(
                title=item["title"]["es"], slug=item["slug"]["es"], intro=item["intro"]["es"]
            ),
        )
        self._translate(
            page, title=item["title"]["en"], slug=item["slug"]["en"], intro=item["intro"]["en"]
        )
        return page

    def _body(self, item, lang: str):
        blocks = [
            ("learning_outcomes", {"heading": "", "outcomes": item["outcomes"][lang]}),
        ]
        if item.get("faq"):
            blocks.append(
                (
                    "faq",
                    {
                        "heading": "",
                        "items": [
                            {
                                "question": f["q"][lang],
                                "answer": RichText(f"<p>{_escape(f['a'][lang])}</p>"),
                            }
                            for f in item["faq"]
                        ],
                    },
                )
            )
        return blocks

    def _course(self, item) -> tuple[CoursePage, bool]:
        existing = CoursePage.objects.filter(code=item["code"], locale=self.es).first()
        if existing:
            self._add_assessment(existing, item)
            return existing, False
        programme = self.programmes.get(item["programme"]) if item["programme"] else None
        if programme is not None and item["cluster"] is None:
            parent = programme
        else:
            parent = self._parent(item["cluster"])
        page = CoursePage(
            title=item["title"]["es"],
            slug=item["slug"]["es"],
            code=item["code"],
            summary=item["summary"]["es"],
            programme=programme,
            path_order=item["path_order"],
            discipline=self.disciplines[item["discipline"]],
            level=item["level"],
            modality=item["modality"],
            languages=item["languages"],
            audience=",".join(item["audience"]),
            audience_text=item["audience_text"]["es"],
            hours=Decimal(item["hours"]),
            min_attendance_percent=item["min_attendance_percent"],
            min_hours=Decimal(item["min_hours"]),
            pass_mark=item["pass_mark"],
            min_lessons_percent=item["min_lessons_percent"],
            dc3_thematic_area=item["dc3_thematic_area"],
            body=self._body(item, "es"),
            assessment=_assessment(item, "es"),
            assessment_attempts=demo_catalog.ASSESSMENT_ATTEMPTS,
        )
        parent.add_child(instance=page)
        page.instructors.set([self.instructors[k] for k in item["instructors"]])
        _publish(page)
        self._translate(
            page,
            title=item["title"]["en"],
            slug=item["slug"]["en"],
            summary=item["summary"]["en"],
            audience_text=item["audience_text"]["en"],
            body=self._body(item, "en"),
            assessment=_assessment(item, "en"),
        )
        for lesson in item["lessons"]:
            self._lesson(page, lesson)
        return page, True

    def _add_assessment(self, course: CoursePage, item) -> None:
        """Give a course seeded before assessments existed its questions (once).

        Only a course whose pass mark is set and which has no questions is touched: that is
        the state the seed left it in, and one its pages can no longer be saved in.
        """
        for page, lang in ((course, "es"), (course.get_translation_or_none(self.en), "en")):
            if page is not None and page.pass_mark is not None and not page.questions:
                page.assessment = _assessment(item, lang)
                page.assessment_attempts = demo_catalog.ASSESSMENT_ATTEMPTS
                _publish(page)

    def _lesson(self, course: CoursePage, item):
        def body(lang):
            blocks = _paragraphs(item["paragraphs"][lang])
            if item.get("callout"):
                blocks.append(
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "text": RichText(f"<p>{_escape(item['callout'][lang])}</p>"),
                        },
                    )
                )
            return blocks

        page = _child(
            course,
            LessonPage,
            LessonPage(
                title=item["title"]["es"],
                slug=item["slug"]["es"],
                module=item["module"]["es"],
                summary=item["summary"]["es"],
                body=body("es"),
            ),
        )
        self._translate(
            page,
            title=item["title"]["en"],
            slug=item["slug"]["en"],
            module=item["module"]["en"],
            summary=item["summary"]["en"],
            body=body("en"),
        )

    def _prerequisites(self, item):
        course = self.courses[item["key"]]
        wanted = {self.courses[k].pk for k in item["prerequisites"]}
        if set(course.prerequisites.values_list("pk", flat=True)) != wanted:
            course.prerequisites.set(wanted)
            _publish(course)
            english = course.get_translation(self.en)
            english.prerequisites.set(wanted)
            _publish(english)


def seed_catalog() -> int:
    """Create the demo catalog; returns the number of courses created."""
    if not Cluster.objects.exists():
        return 0
    return CatalogSeeder().run()
