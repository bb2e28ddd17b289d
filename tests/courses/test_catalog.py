import json
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail import blocks

from courses.models import CoursePage
from tests.cms.factories import cluster_page
from tests.courses.factories import (
    catalog_page,
    course_page,
    discipline,
    lesson_page,
    programme_page,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog(home):
    return catalog_page(home)


@pytest.fixture
def querétaro(home):
    from tests.clusters.factories import ClusterFactory

    return cluster_page(home, cluster=ClusterFactory(slug="queretaro"), slug="queretaro")


def titles(response) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.text)


def test_catalog_lists_published_courses_of_the_language(client, catalog, querétaro):
    course = course_page(querétaro, title="Green Belt")
    translate(course, title="Green Belt (EN)", slug="green-belt")
    course_page(querétaro, title="Borrador").unpublish()
    assert titles(client.get("/es/cursos/")) == ["Green Belt"]
    assert titles(client.get("/en/courses/")) == ["Green Belt (EN)"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"modality": "online"}, ["Baterías"]),
        ({"level": "advanced"}, ["Baterías"]),
        ({"language": "en"}, ["Baterías"]),
        ({"audience": "student"}, ["Baterías"]),
        ({"discipline": "ev"}, ["Baterías"]),
        ({"cluster": "queretaro"}, ["APQP"]),
        ({"cluster": "network"}, ["Baterías"]),
        ({"modality": "in_person", "level": "basic"}, ["APQP"]),
    ],
)
def test_every_filter_narrows_the_catalog(client, catalog, querétaro, home, params, expected):
    programme = programme_page(home, title="Electromovilidad", slug="electromovilidad")
    course_page(querétaro, title="APQP")
    course_page(
        programme,
        title="Baterías",
        modality="online",
        level="advanced",
        languages="es_en",
        audience="student,engineer",
        discipline=discipline("ev", "Electromovilidad", "Electromobility"),
    )
    assert titles(client.get("/es/cursos/", params)) == expected


def test_programme_filter_and_filters_kept_in_pagination_links(client, catalog, home):
    programme = programme_page(home)
    for n in range(14):
        course_page(programme, title=f"Curso SS {n:02d}", path_order=n)
    key = str(programme.translation_key)
    response = client.get("/es/cursos/", {"programme": key, "level": "basic"})
    assert len(titles(response)) == 12
    assert f"programme={key}&amp;level=basic&amp;page=2" in response.text
    assert len(titles(client.get("/es/cursos/", {"programme": key, "page": 2}))) == 2


@pytest.mark.parametrize(
    "params",
    [
        {"level": "nonsense"},
        {"programme": "not-a-uuid"},
        {"cluster": "'; DROP TABLE x; --"},
        {"q": "x" * 10_000},
        {"q": "<script>alert(1)</script> ' OR 1=1 --"},
        {"q": "%%% && || ! ( ) : * \\"},
        {"page": "abc"},
    ],
)
def test_bad_input_gives_a_normal_page(client, catalog, querétaro, params):
    course_page(querétaro, title="APQP")
    response = client.get("/es/cursos/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


def test_page_out_of_range_is_not_found(client, catalog, querétaro):
    course_page(querétaro)
    assert client.get("/es/cursos/", {"page": 99}).status_code == 404
    assert client.get("/es/cursos/", {"page": -1}).status_code == 404


def test_search_finds_courses_ignoring_case(client, catalog, querétaro):
    course_page(querétaro, title="Electromovilidad para planta")
    course_page(querétaro, title="Control de Calidad")
    assert titles(client.get("/es/cursos/", {"q": "electromovilidad"})) == [
        "Electromovilidad para planta"
    ]
    assert titles(client.get("/es/cursos/", {"q": "calidad"})) == ["Control de Calidad"]


@pytest.mark.postgres
def test_search_stems_spanish_and_ignores_accents(client, catalog, querétaro):
    from tests.conftest import need

    need(connection.vendor == "postgresql", "Spanish stemming needs PostgreSQL")
    course_page(querétaro, title="Capacitación en baterías", summary="Celdas y módulos.")
    assert titles(client.get("/es/cursos/", {"q": "capacitacion bateria"})) == [
        "Capacitación en baterías"
    ]
    assert titles(client.get("/es/cursos/", {"q": "modulo"})) == ["Capacitación en baterías"]


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("params", ["", "?q=curso", "?level=basic&cluster=queretaro"])
def test_catalog_queries_do_not_grow_with_courses(client, catalog, querétaro, params, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(5):
        course_page(querétaro)
    small = count_queries(client, f"/es/cursos/{params}")
    for _ in range(45):
        course_page(querétaro)
    large = count_queries(client, f"/es/cursos/{params}")
    assert small == large
    assert large <= 24


def test_course_page_shows_what_a_trainee_needs(client, querétaro, home):
    programme = programme_page(home)
    first = course_page(programme, title="White Belt", path_order=1)
    course = course_page(
        programme,
        title="Yellow Belt",
        path_order=2,
        body=[("learning_outcomes", {"heading": "", "outcomes": ["Mapear un proceso con SIPOC"]})],
    )
    course.prerequisites.set([first])
    course.save_revision().publish()
    lesson_page(course, title="Voz del cliente", module="Módulo 1: Definir")
    response = client.get(course.url)
    text = response.text
    for expected in (
        "Yellow Belt",
        "Mapear un proceso con SIPOC",
        "Voz del cliente",
        "Módulo 1: Definir",
        "White Belt",
        "16",
    ):
        assert expected in text
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)[1]
    )
    assert data["@type"] == "Course"
    assert data["courseCode"] == course.code
    assert data["timeRequired"] == "PT16H"
    assert data["coursePrerequisites"][0]["name"] == "White Belt"
    assert data["teaches"] == ["Mapear un proceso con SIPOC"]
    assert '<meta property="og:title" content="Yellow Belt">' in text
    programme_response = client.get(programme.url)
    assert programme_response.text.index("White Belt") < programme_response.text.index(
        "Yellow Belt"
    )


def test_user_text_is_escaped_in_html_and_json_ld(client, querétaro):
    course = course_page(
        querétaro,
        title="</script><script>alert(1)</script>",
        summary="<img src=x onerror=alert(2)>",
    )
    text = client.get(course.url).text
    assert "<script>alert(1)</script>" not in text
    assert "<img src=x" not in text
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)[1]
    assert json.loads(block)["name"] == "</script><script>alert(1)</script>"


def test_lesson_shows_reading_time_and_neighbours(client, querétaro):
    course = course_page(querétaro)
    words = " ".join(["palabra"] * 400)
    first = lesson_page(course, title="Uno")
    second = lesson_page(course, title="Dos", body=[("paragraph", f"<p>{words}</p>")])
    third = lesson_page(course, title="Tres")
    response = client.get(second.url)
    assert "3 minutos de lectura" in response.text
    assert f'href="{first.url}"' in response.text and f'href="{third.url}"' in response.text


def test_course_rules_are_validated(querétaro):
    with pytest.raises(ValidationError) as error:
        course_page(querétaro, hours=Decimal("4"), min_hours=Decimal("8"))
    assert "min_hours" in error.value.message_dict
    with pytest.raises(ValidationError):
        course_page(querétaro, min_attendance_percent=120)
    first = course_page(querétaro, code="SS-GB")
    with pytest.raises(ValidationError) as error:
        course_page(querétaro, code="ss-gb")
    assert "code" in error.value.message_dict
    translate(first, slug="green")  # a translation shares the code
    with transaction.atomic(), pytest.raises(IntegrityError):
        CoursePage.objects.filter(pk=first.pk).update(hours=0)


def test_an_assessment_needs_its_pass_mark_and_a_right_answer(querétaro):
    from courses.blocks import QuestionBlock

    question = {
        "prompt": "¿Cuántas fases tiene DMAIC?",
        "choices": [{"text": "Cinco", "correct": True}, {"text": "Tres", "correct": False}],
    }
    with pytest.raises(ValidationError) as error:
        course_page(querétaro, pass_mark=70)
    assert "assessment" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        course_page(querétaro, assessment=[("question", question)])
    assert "pass_mark" in error.value.message_dict
    course = course_page(querétaro, pass_mark=70, assessment=[("question", question)])
    assert course.has_assessment and len(course.questions) == 1

    block = QuestionBlock()
    no_right_answer = {
        **question,
        "choices": [{**c, "correct": False} for c in question["choices"]],
    }
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python(no_right_answer))


def test_cluster_is_taken_from_the_tree(querétaro, home):
    programme = programme_page(querétaro)
    course = course_page(programme)
    lesson = lesson_page(course)
    assert course.cluster == querétaro.cluster
    assert course.programme_id == programme.pk
    assert lesson.cluster == querétaro.cluster
    assert course_page(home).cluster is None
