"""The Wagtail dashboard's figures and the Reports menu item, per role."""

import json
from datetime import date
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from reports import rollup
from reports.models import ReportSettings
from reports.selectors import add_months, this_month
from tests.clusters.factories import ClusterFactory, CompanyFactory, UserFactory
from tests.courses.factories import course_page
from tests.reports.factories import group, local, outcome, person
from tests.reports.test_report_views import Role, day, grant, join, login, network_admin

pytestmark = pytest.mark.django_db

HOME = "/admin/"
THIS = this_month()
LAST = add_months(THIS, -1)


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


def trained(cohort, profile, *, when: date | None = None, status="completed"):
    """Enrolled and trained on `when` (None: a moment ago, this month)."""
    enrollment = join(cohort, profile, when or timezone.localdate())
    moment = timezone.now() if when is None else local(cohort.cluster, when)
    return outcome(enrollment, status, moment)


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    """A trained 1 person last month and 3 this month; B 1 this month; C nobody."""
    capture = django_capture_on_commit_callbacks
    a = ClusterFactory(name="Clúster Alfa", short_name="ALFA")
    b = ClusterFactory(name="Clúster <b>Bravo</b>", short_name="BRAVO <i>")
    ClusterFactory(name="Clúster Charlie", short_name="CHARLIE")
    course = course_page(home, title="Green Belt", hours=Decimal("40.0"))
    company = CompanyFactory(clusters=[a])

    earlier = group(course, a, starts_on=day(LAST, 3), ends_on=day(LAST, 5))
    trained(earlier, person(a, company=company), when=day(LAST, 10))
    now = group(course, a, starts_on=THIS, ends_on=THIS)
    for n in range(3):
        kind = "engineer" if n < 2 else "technician"
        trained(now, person(a, trainee_type=kind, company=company))
    participant = person(a, trainee_type="operator")
    trained(now, participant, status="participated")
    other = group(course, b, starts_on=THIS, ends_on=THIS)
    trained(other, person(b, trainee_type="engineer"))
    rollup.rebuild()

    return {
        "a": a,
        "b": b,
        "admin_a": grant(capture, UserFactory(), a),
        "coordinator_a": grant(capture, UserFactory(), a, Role.COMPANY_COORDINATOR, company),
        "instructor_a": grant(capture, UserFactory(), a, Role.INSTRUCTOR),
        "network_admin": network_admin(),
    }


def dashboard(client, user) -> BeautifulSoup:
    login(client, user)
    response = client.get(HOME)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def panel(html: BeautifulSoup):
    return html.find(id="reports-people-trained-section")


def words(element) -> str:
    return " ".join(element.get_text(" ").split())


def menu_names(html: BeautifulSoup) -> list[str]:
    """The names of the sidebar's menu items (Wagtail renders them as JSON props)."""
    props = json.loads(html.find(id="wagtail-sidebar-props").string)
    names = []

    def walk(value):
        if isinstance(value, dict):
            if "name" in value and isinstance(value["name"], str):
                names.append(value["name"])
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(props)
    return names


def test_a_cluster_admin_sees_their_clusters_month_the_change_and_the_chart(client, world):
    html = dashboard(client, world["admin_a"])
    section = panel(html)
    assert section is not None
    assert words(section.find("h2")) == "People trained this month: your cluster"
    assert section.find(attrs={"data-figure": "people"}).get_text() == "3"
    assert section.find(attrs={"data-figure": "engineers"}).get_text() == "2"
    change = section.find(class_="report-change")
    assert change["data-change"] == "up"
    assert words(change) == "▲ 2 more than last month (1)"
    assert change.find(class_="report-change__arrow")["aria-hidden"] == "true"

    svg = section.find("svg", class_="report-chart")
    assert svg["role"] == "img"
    assert len(svg.find_all("rect", class_="report-chart__column")) == 12
    assert "3 in" in svg.find("desc").get_text()
    # The chart's figures as a table too.
    cells = [words(td) for td in section.find("details").find_all("td")]
    assert cells[-2:] == ["1", "3"]

    link = section.find("a", string=lambda s: s and "Open the report" in s)
    assert link["href"].startswith("/admin/reports/?")
    assert f"cluster={world['a'].pk}" in link["href"]
    assert f"end={THIS:%Y-%m}" in link["href"]
    # No comparison of clusters, and nothing of B.
    assert "Bravo" not in str(section)
    assert "training-reports" in menu_names(html)


def test_a_network_admin_sees_the_network_and_every_cluster_compared(client, world):
    section = panel(dashboard(client, world["network_admin"]))
    assert words(section.find("h2")) == "People trained this month: the network"
    assert section.find(attrs={"data-figure": "people"}).get_text() == "4"
    assert words(section.find(class_="report-change")) == "▲ 3 more than last month (1)"

    charts = section.find_all("svg", class_="report-chart")
    assert len(charts) == 2
    bars = charts[1]
    assert bars.find("title").get_text() == "People trained this month by cluster"
    assert bars.find("desc").get_text() == (
        "People trained, from highest to lowest: ALFA: 3; BRAVO <i>: 1; CHARLIE: 0."
    )
    assert "<i>" not in str(bars) and "&lt;i&gt;" in str(bars)  # names are escaped
    rows = [[words(c) for c in tr.find_all(["th", "td"])] for tr in section.find_all("tr")]
    assert ["Clúster Alfa", "3", "2"] in rows
    assert ["Clúster <b>Bravo</b>", "1", "1"] in rows


def test_the_change_follows_the_definition_of_trained(client, world):
    settings = ReportSettings.objects.create(
        pk=1, trained_definition=ReportSettings.Trained.COMPLETED_OR_PARTICIPATED
    )
    assert settings.trained_outcomes
    section = panel(dashboard(client, world["admin_a"]))
    assert section.find(attrs={"data-figure": "people"}).get_text() == "4"


def test_a_coordinator_sees_their_companys_people(client, world):
    html = dashboard(client, world["coordinator_a"])
    section = panel(html)
    assert words(section.find("h2")) == "People trained this month: your company"
    # Three of A's people this month work for the company; the participant does not.
    assert section.find(attrs={"data-figure": "people"}).get_text() == "3"
    assert len(section.find_all("svg", class_="report-chart")) == 1
    assert "training-reports" in menu_names(html)


def test_people_without_a_report_scope_see_no_figures_and_no_menu_item(client, world):
    html = dashboard(client, world["instructor_a"])
    assert panel(html) is None
    assert "training-reports" not in menu_names(html)
    assert "/admin/reports/" not in str(html)


def test_a_month_without_anyone_trained_says_the_same_in_words(
    client, home, django_capture_on_commit_callbacks
):
    quiet = ClusterFactory(name="Clúster Quieto")
    admin = grant(django_capture_on_commit_callbacks, UserFactory(), quiet)
    section = panel(dashboard(client, admin))
    assert section.find(attrs={"data-figure": "people"}).get_text() == "0"
    change = section.find(class_="report-change")
    assert change["data-change"] == "same"
    assert words(change) == "= The same as last month (0)"
    assert "No figures" not in words(section)  # twelve zero columns, not an empty chart


def test_change_words_for_fewer_people():
    from reports.panels import change_words

    with translation.override("en"):
        assert change_words(-2, 5) == ("▼", "2 fewer than last month (5)")
        assert change_words(1, 0) == ("▲", "1 more than last month (0)")
