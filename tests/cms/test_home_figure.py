"""The public home page's figure: the network's people trained this year, distinct, shown only
when the network admin turns it on."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from reports import rollup
from reports.selectors import report_settings
from tests.clusters.factories import ClusterFactory
from tests.courses.factories import course_page
from tests.reports.factories import local, person, trained

pytestmark = pytest.mark.django_db


@pytest.fixture
def trained_this_year(home):
    """Ana trained twice this year in two clusters, Beto once; Carla did not complete;
    Dora was trained last year. Distinct people trained this year: 2."""
    a, b = ClusterFactory(), ClusterFactory()
    green = course_page(home, title="Cinta Verde", hours=Decimal("40"))
    yellow = course_page(home, title="Cinta Amarilla", hours=Decimal("16"))
    today = timezone.localdate()
    this_year = date(today.year, 1, 15)
    last_year = date(today.year - 1, 6, 15)
    ana = person(a)
    trained(green, a, ana, local(a, this_year))
    trained(yellow, b, ana, local(b, this_year + timedelta(days=1)))
    trained(green, a, person(a), local(a, this_year))
    trained(green, a, person(a), local(a, this_year), status="not_completed")
    trained(green, b, person(b), local(b, last_year))
    rollup.rebuild()
    return today.year


def turn(on: bool) -> None:
    settings = report_settings()
    settings.show_public_figure = on
    settings.save()


def test_the_figure_is_hidden_until_the_network_admin_turns_it_on(client, trained_this_year):
    year = trained_this_year
    for url in ("/es/", "/en/"):
        page = client.get(url).text
        assert "hero__figure" not in page
        assert f"trained in {year}" not in page

    turn(True)
    english = client.get("/en/").text
    assert f"<strong>2</strong> people trained in {year}" in english
    spanish = client.get("/es/").text
    assert f"<strong>2</strong> personas capacitadas en {year}" in spanish

    turn(False)
    assert "hero__figure" not in client.get("/en/").text


def test_one_person_reads_in_the_singular(client, home):
    a = ClusterFactory()
    course = course_page(home, title="Cinta Verde")
    trained(course, a, person(a), local(a, timezone.localdate().replace(day=1)))
    rollup.rebuild()
    turn(True)
    year = timezone.localdate().year
    assert f"<strong>1</strong> person trained in {year}" in client.get("/en/").text


def test_a_large_figure_is_grouped_by_thousands(client, home, monkeypatch):
    monkeypatch.setattr("cms.selectors.trained_in_year", lambda year: 12345)
    turn(True)
    assert "<strong>12,345</strong> people trained in" in client.get("/en/").text
