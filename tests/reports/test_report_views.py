"""The Reports page: its filters (bad input is a message, never a 500 or a wider
report), the figures of a small known dataset, scoping by role, the settings, and a
query budget that does not grow with the data."""

from datetime import date, timedelta
from decimal import Decimal
from uuid import uuid4

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from clusters.models import ClusterRole, User
from clusters.services import role_grant
from reports import rollup
from reports.forms import ReportFilterForm
from reports.models import ReportSettings
from reports.permissions import report_scope
from reports.selectors import add_months, this_month
from tests.clusters.factories import ClusterFactory, CompanyFactory, UserFactory
from tests.courses.factories import course_page
from tests.reports.factories import attended, group, issued, local, outcome, person
from tests.training.factories import enrolled
from training.models import Enrollment

pytestmark = pytest.mark.django_db

Role = ClusterRole.Role
BACKEND = "django.contrib.auth.backends.ModelBackend"
URL = "/admin/reports/"
THIS = this_month()
LAST = add_months(THIS, -1)
BEFORE = add_months(THIS, -2)


@pytest.fixture(autouse=True)
def _english(client):
    """The admin in English (the Spanish comes from the translation catalogue)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


# --- People and data ---------------------------------------------------------------


def grant(capture, user, cluster, role=Role.CLUSTER_ADMIN, company=None) -> User:
    """A role through the service; cms mirrors it into Wagtail groups on commit."""
    with capture(execute=True):
        role_grant(actor=None, user=user, cluster=cluster, role=role, company=company)
    return User.objects.get(pk=user.pk)


def network_admin() -> User:
    from cms.roles import network_admin_group_sync

    user = UserFactory()
    user.groups.add(network_admin_group_sync())
    return User.objects.get(pk=user.pk)


def login(client, user):
    client.force_login(user, backend=BACKEND)
    return client


def day(month: date, n: int) -> date:
    return month + timedelta(days=n - 1)


def join(cohort, profile, when: date) -> Enrollment:
    """`profile` enrolled in `cohort` on `when` (the month the enrollment counts in)."""
    enrollment = enrolled(cohort, profile)
    moment = local(cohort.cluster, when, 9)
    Enrollment.objects.filter(pk=enrollment.pk).update(enrolled_at=moment, requested_at=moment)
    return enrollment


def finish(enrollment, status, when: date) -> Enrollment:
    return outcome(enrollment, status, local(enrollment.cluster, when))


def build_world(home, capture) -> dict:
    """Cluster A with a known month BEFORE and a known month LAST, cluster B with three
    people trained LAST; admins of A and B, a network admin, a coordinator of Ana's
    company, an instructor of A, a trainee and a person without a role.

    A, LAST: Ana (engineer, woman) completes Green Belt (40 h) and Yellow Belt (16 h);
    Carla (engineer, woman) does not complete Green Belt; Darío (operator, man) gets
    participation. A, BEFORE: Beto (technician, man) completes Green Belt.
    """
    a = ClusterFactory(name="Clúster Alfa", short_name="ALFA")
    b = ClusterFactory(name="Clúster Bravo", short_name="BRAVO")
    green = course_page(home, title="Green Belt", hours=Decimal("40.0"))
    yellow = course_page(home, title="Yellow Belt", hours=Decimal("16.0"))
    company_a = CompanyFactory(clusters=[a], legal_name="Autopartes Alfa S.A. de C.V.")
    company_b = CompanyFactory(clusters=[b], legal_name="Frenos Bravo S.A. de C.V.")

    g0 = group(green, a, starts_on=day(BEFORE, 3), ends_on=day(BEFORE, 5), capacity=20)
    g1 = group(green, a, starts_on=day(LAST, 3), ends_on=day(LAST, 5), capacity=10)
    g2 = group(yellow, a, starts_on=day(LAST, 5), ends_on=day(LAST, 7), capacity=5)

    ana = person(a, trainee_type="engineer", gender="female", company=company_a)
    beto = person(a, trainee_type="technician", gender="male", company=company_a)
    carla = person(a, trainee_type="engineer", gender="female")
    dario = person(a, trainee_type="operator", gender="male")

    ana_green = join(g1, ana, day(LAST, 2))
    ana_yellow = join(g2, ana, day(LAST, 2))
    carla_green = join(g1, carla, day(LAST, 2))
    dario_green = join(g1, dario, day(LAST, 2))
    beto_green = join(g0, beto, day(BEFORE, 1))

    attended(ana_green, local(a, day(LAST, 4), 9), minutes=120)
    attended(carla_green, local(a, day(LAST, 4), 9), minutes=120, attended_minutes=60)
    attended(beto_green, local(a, day(BEFORE, 4), 9), minutes=240)

    finish(ana_green, "completed", day(LAST, 10))
    finish(ana_yellow, "completed", day(LAST, 20))
    finish(carla_green, "not_completed", day(LAST, 12))
    finish(dario_green, "participated", day(LAST, 15))
    finish(beto_green, "completed", day(BEFORE, 10))
    issued(ana_green, local(a, day(LAST, 11)))

    gb = group(green, b, starts_on=day(LAST, 3), ends_on=day(LAST, 5), capacity=30)
    for _n in range(3):
        someone = person(b, trainee_type="engineer", gender="male", company=company_b)
        finish(join(gb, someone, day(LAST, 2)), "completed", day(LAST, 10))

    rollup.rebuild()

    admin_a = grant(capture, UserFactory(), a)
    coordinator = grant(capture, UserFactory(), a, Role.COMPANY_COORDINATOR, company_a)
    return {
        "a": a,
        "b": b,
        "green": green,
        "yellow": yellow,
        "company_a": company_a,
        "company_b": company_b,
        "admin_a": admin_a,
        "admin_b": grant(capture, UserFactory(), b),
        "coordinator_a": coordinator,
        "instructor_a": grant(capture, UserFactory(), a, Role.INSTRUCTOR),
        "trainee": ana.user,
        "nobody": UserFactory(),
        "network_admin": network_admin(),
    }


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    return build_world(home, django_capture_on_commit_callbacks)


# --- Reading the page ---------------------------------------------------------------


def page(client, user, **params):
    login(client, user)
    response = client.get(URL, params)
    assert response.status_code == 200, response.status_code
    return response


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def table(response) -> dict[str, dict[str, str]]:
    """{month heading: {column key: cell}} of the figures table, totals under "total"."""
    html = soup(response)
    found = html.find("table", class_="report-table")
    if found is None:
        return {}
    keys = [
        th["data-column"] for th in found.find("thead").find_all("th") if th.has_attr("data-column")
    ]
    rows = {}
    for tr in found.find("tbody").find_all("tr"):
        rows[tr.th.get_text(strip=True)] = dict(
            zip(keys, (td.get_text(strip=True) for td in tr.find_all("td")), strict=True)
        )
    foot = found.find("tfoot").tr
    rows["total"] = dict(
        zip(keys, (td.get_text(strip=True) for td in foot.find_all("td")), strict=True)
    )
    return rows


def month_heading(month: date) -> str:
    from django.utils.formats import date_format

    return date_format(month, "YEAR_MONTH_FORMAT")


def errors(response) -> list[str]:
    alert = soup(response).find("div", class_="help-critical", attrs={"role": "alert"})
    return [" ".join(li.get_text().split()) for li in alert.find_all("li")] if alert else []


def period(first=BEFORE, last=LAST) -> dict:
    return {"start": f"{first:%Y-%m}", "end": f"{last:%Y-%m}"}


def assert_not_found(response):
    """A 404 under /admin/ comes back from LocaleMiddleware as a redirect to /en/… (the
    browser's language) or /es/…, then 404."""
    if response.status_code == 302:
        location = response["Location"]
        assert location[3:].startswith(response.request["PATH_INFO"]), location
        assert location[:4] in ("/en/", "/es/"), location
        response = response.client.get(location)
    assert response.status_code == 404, response.status_code


def assert_forbidden(response):
    """PermissionDenied in the admin: 403, or Wagtail's bounce to the dashboard."""
    if response.status_code == 302:
        assert response["Location"] == "/admin/", response["Location"]
    else:
        assert response.status_code == 403, response.status_code


def assert_turned_away(response):
    """No admin access: sent to the login page (or the dashboard), never the figures."""
    assert response.status_code in (302, 403, 404), response.status_code
    if response.status_code == 302:
        location = response["Location"]
        assert "/login/" in location or location == "/admin/", location


# --- The figures --------------------------------------------------------------------


def test_the_table_shows_every_figure_of_a_known_dataset(client, world):
    response = page(client, world["admin_a"], **period())
    rows = table(response)
    assert list(rows) == [month_heading(BEFORE), month_heading(LAST), "total"]
    assert rows[month_heading(LAST)] == {
        "people_trained": "1",
        "engineers_trained": "1",
        "enrollments": "4",
        "completions": "2",
        "completion_rate": "50.0 %",
        "attendance_rate": "75.0 %",
        "hours": "96",
        "certificates": "1",
        "seats": "4 / 15 (26.7 %)",
        "women_share": "100.0 %",
    }
    assert rows[month_heading(BEFORE)] == {
        "people_trained": "1",
        "engineers_trained": "0",
        "enrollments": "1",
        "completions": "1",
        "completion_rate": "100.0 %",
        "attendance_rate": "100.0 %",
        "hours": "40",
        "certificates": "0",
        "seats": "1 / 20 (5.0 %)",
        "women_share": "0.0 %",
    }
    # People are distinct over the period: Ana and Beto.
    assert rows["total"] == {
        "people_trained": "2",
        "engineers_trained": "1",
        "enrollments": "5",
        "completions": "3",
        "completion_rate": "60.0 %",
        "attendance_rate": "87.5 %",
        "hours": "136",
        "certificates": "1",
        "seats": "5 / 35 (14.3 %)",
        "women_share": "50.0 %",
    }


def test_the_chart_shows_people_and_engineers_with_a_text_alternative(client, world):
    response = page(client, world["admin_a"], **period())
    svg = soup(response).find("svg", class_="report-chart")
    assert svg["role"] == "img"
    assert svg.find("title").get_text() == "People and engineers trained per month"
    description = svg.find("desc").get_text()
    assert "People trained: highest 1" in description
    assert "Engineers trained:" in description


def test_how_we_count_states_the_definitions_and_the_current_one(client, world):
    html = soup(page(client, world["admin_a"])).find(id="report-howwecount-title").parent
    text = " ".join(html.get_text(" ").split()).replace(" .", ".")
    assert "Trained means: Completed the course." in text
    assert "Distinct people whose enrollment reached the trained outcome" in text
    assert "Women among the people trained." in text
    # A cluster admin reads the definition but cannot change it.
    assert html.find("form") is None


def test_the_default_period_is_the_last_12_months_ending_this_month(client, world):
    response = page(client, world["admin_a"])
    rows = table(response)
    months = [key for key in rows if key != "total"]
    assert len(months) == 12
    assert months[0] == month_heading(add_months(THIS, -11))
    assert months[-1] == month_heading(THIS)
    form = soup(response)
    assert form.find("input", attrs={"name": "start"})["value"] == f"{add_months(THIS, -11):%Y-%m}"
    assert form.find("input", attrs={"name": "end"})["value"] == f"{THIS:%Y-%m}"


def test_filters_narrow_the_figures(client, world):
    by_course = table(
        page(client, world["admin_a"], course=world["yellow"].translation_key, **period())
    )
    assert by_course[month_heading(LAST)]["completions"] == "1"
    assert by_course[month_heading(LAST)]["hours"] == "16"
    assert by_course[month_heading(BEFORE)]["completions"] == "0"

    by_type = table(page(client, world["admin_a"], trainee_type="technician", **period()))
    assert by_type["total"]["people_trained"] == "1"
    assert by_type[month_heading(BEFORE)]["people_trained"] == "1"
    assert by_type[month_heading(LAST)]["seats"] == "—"  # seats belong to whole cohorts

    by_company = table(page(client, world["admin_a"], company=world["company_a"].pk, **period()))
    assert by_company["total"]["people_trained"] == "2"  # Ana and Beto work there
    assert by_company["total"]["enrollments"] == "3"


# --- Bad input: a clear message, no 500, nothing wider ------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"cluster": "999999"}, "Cluster: Choose one of the clusters offered."),
        ({"cluster": "abc"}, "Cluster: Choose one of the clusters offered."),
        ({"programme": "not-a-key"}, "Programme: Choose one of the programmes offered."),
        ({"course": str(uuid4())}, "Course: Choose one of the courses offered."),
        ({"company": "-1"}, "Company: Choose one of the companies offered."),
        ({"trainee_type": "wizard"}, "Trainee type: Choose one of the trainee types offered."),
        ({"gender": "x" * 500}, "Gender: Choose one of the genders offered."),
        ({"start": "2026-13"}, "From (month): Enter a month as YYYY-MM, for example 2026-01."),
        ({"end": "last year"}, "To (month): Enter a month as YYYY-MM, for example 2026-01."),
        ({"start": "1999-12"}, "From (month): Choose a month from 2000-01 on."),
        ({"start": "0000-01"}, "From (month): Enter a month as YYYY-MM, for example 2026-01."),
    ],
)
def test_unknown_values_are_form_errors(client, world, params, message):
    response = page(client, world["network_admin"], **params)
    assert message in errors(response)
    assert table(response) == {}
    assert soup(response).find("svg", class_="report-chart") is None


def test_an_end_in_the_future_is_clipped_to_this_month_and_says_so(client, world):
    future = add_months(THIS, 3)
    response = page(client, world["admin_a"], start=f"{LAST:%Y-%m}", end=f"{future:%Y-%m}")
    notice = soup(response).find("div", class_="help-warning").get_text(" ", strip=True)
    assert notice == f"The period cannot end in the future: it now ends this month, {THIS:%Y-%m}."
    assert [key for key in table(response) if key != "total"] == [
        month_heading(LAST),
        month_heading(THIS),
    ]
    assert soup(response).find("input", attrs={"name": "end"})["value"] == f"{THIS:%Y-%m}"


def test_a_start_in_the_future_is_refused(client, world):
    future = add_months(THIS, 1)
    response = page(client, world["admin_a"], start=f"{future:%Y-%m}", end=f"{future:%Y-%m}")
    assert errors(response) == [
        f"From (month): The period starts after this month ({THIS:%Y-%m}): there are no figures yet."
    ]
    assert table(response) == {}


def test_a_reversed_period_is_refused(client, world):
    response = page(client, world["admin_a"], **period(LAST, BEFORE))
    assert errors(response) == [
        "To (month): The period ends before it starts: swap the two months."
    ]
    assert table(response) == {}


def test_more_than_36_months_is_refused(client, world):
    response = page(client, world["admin_a"], **period(add_months(THIS, -36), THIS))
    assert errors(response) == ["From (month): Choose at most 36 months; this period has 37."]
    response = page(client, world["admin_a"], **period(add_months(THIS, -35), THIS))
    assert len(table(response)) == 37  # 36 months and the total


# --- Scoping ------------------------------------------------------------------------


def test_a_cluster_admin_asking_for_another_cluster_gets_only_their_own(client, world):
    response = page(client, world["admin_a"], cluster=world["b"].pk, **period())
    rows = table(response)
    # B trained three people last month; A's admin sees A's one.
    assert rows[month_heading(LAST)]["people_trained"] == "1"
    assert rows["total"]["people_trained"] == "2"
    content = response.content.decode()
    assert "Clúster Bravo" not in content
    assert "Frenos Bravo" not in content
    select = soup(response).find("select", attrs={"name": "cluster"})
    assert select.has_attr("disabled")
    assert [o.get_text() for o in select.find_all("option")] == ["Clúster Alfa"]


def test_a_cluster_admin_cannot_filter_by_a_company_of_another_cluster(client, world):
    response = page(client, world["admin_a"], company=world["company_b"].pk, **period())
    assert errors(response) == ["Company: Choose one of the companies offered."]
    assert table(response) == {}


def test_a_network_admin_sees_any_cluster_and_the_network(client, world):
    network = table(page(client, world["network_admin"], **period()))
    assert network[month_heading(LAST)]["people_trained"] == "4"
    bravo = table(page(client, world["network_admin"], cluster=world["b"].pk, **period()))
    assert bravo[month_heading(LAST)]["people_trained"] == "3"
    assert bravo[month_heading(BEFORE)]["people_trained"] == "0"


def test_a_coordinator_sees_their_companys_people_only(client, world):
    response = page(client, world["coordinator_a"], **period())
    rows = table(response)
    assert rows[month_heading(LAST)]["people_trained"] == "1"  # Ana
    assert rows[month_heading(BEFORE)]["people_trained"] == "1"  # Beto
    assert rows[month_heading(LAST)]["enrollments"] == "2"  # Ana's two, not Carla's or Darío's
    assert rows[month_heading(LAST)]["seats"] == "—"
    company = soup(response).find("select", attrs={"name": "company"})
    assert company.has_attr("disabled")
    # Asking for someone else's company changes nothing.
    other = table(page(client, world["coordinator_a"], company=world["company_b"].pk, **period()))
    assert other == rows


def test_a_person_without_a_report_scope_gets_a_404(client, world):
    login(client, world["instructor_a"])  # may enter the admin, has no figures
    assert_not_found(client.get(URL))
    assert_not_found(client.get(URL, {"cluster": world["a"].pk}))


@pytest.mark.parametrize("who", ["trainee", "nobody"])
def test_a_trainee_or_a_person_without_a_role_never_sees_figures(client, world, who):
    login(client, world[who])
    response = client.get(URL, period())
    assert_turned_away(response)
    assert report_scope(world[who]) is None


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_the_form_never_widens_the_scope(world):
    """to_filters starts from the scope: a coordinator's filters keep their company pair."""
    scope = report_scope(world["coordinator_a"])
    form = ReportFilterForm({"cluster": str(world["b"].pk)}, scope=scope)
    assert form.is_valid(), form.errors
    filters = form.to_filters(scope)
    assert filters.cluster_ids == ()
    assert filters.company_pairs == ((world["a"].pk, world["company_a"].pk),)


# --- Exports --------------------------------------------------------------------------


def test_the_export_buttons_post_the_current_filters(client, world):
    response = page(client, world["admin_a"], course=world["green"].translation_key, **period())
    html = soup(response)
    form = html.find("form", class_="report-exports")
    if form is None:  # reports/export_urls.py is not there yet
        pytest.skip("the exports' URLs are not installed")
    assert form["method"] == "post"
    assert form["action"].startswith(reverse("reports:export"))
    query = form.find("input", attrs={"name": "query"})["value"]
    assert f"course={world['green'].translation_key}" in query
    assert f"start={BEFORE:%Y-%m}" in query and f"end={LAST:%Y-%m}" in query
    formats = [b["value"] for b in form.find_all("button", attrs={"name": "format"})]
    assert formats == ["csv", "xlsx"]
    labels = [b.get_text(strip=True) for b in form.find_all("button")]
    assert labels == ["Export CSV", "Export XLSX"]


# --- Settings -----------------------------------------------------------------------

SETTINGS = "/admin/reports/settings/"


def test_a_network_admin_changes_the_definition_and_the_figures_follow(client, world):
    login(client, world["network_admin"])
    back = f"{URL}?cluster={world['a'].pk}&start={BEFORE:%Y-%m}&end={LAST:%Y-%m}"
    response = client.post(
        SETTINGS,
        {
            "trained_definition": ReportSettings.Trained.COMPLETED_OR_PARTICIPATED,
            "show_public_figure": "on",
            "next": back,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == back
    settings = ReportSettings.objects.get()
    assert settings.trained_definition == ReportSettings.Trained.COMPLETED_OR_PARTICIPATED
    assert settings.show_public_figure is True
    assert settings.updated_by == world["network_admin"]

    response = client.get(back)
    rows = table(response)
    assert rows[month_heading(LAST)]["people_trained"] == "2"  # Ana and Darío now
    text = " ".join(soup(response).get_text(" ").split())
    assert "Completed the course or received a certificate of participation" in text
    assert "Reports now count as trained" in text


def test_the_settings_form_is_shown_to_network_admins_only(client, world):
    html = soup(page(client, world["network_admin"]))
    form = html.find("form", attrs={"action": SETTINGS})
    assert form is not None
    assert form.find("input", attrs={"name": "trained_definition", "value": "completed"})
    login(client, world["network_admin"])
    assert client.get(SETTINGS).status_code == 200


@pytest.mark.parametrize("who", ["admin_a", "coordinator_a"])
def test_others_with_a_scope_cannot_change_the_settings(client, world, who):
    login(client, world[who])
    before = ReportSettings.objects.filter(pk=1).values().first()
    response = client.post(
        SETTINGS, {"trained_definition": "completed_or_participated", "show_public_figure": "on"}
    )
    assert_forbidden(response)
    assert_forbidden(client.get(SETTINGS))
    assert ReportSettings.objects.filter(pk=1).values().first() == before


def test_the_settings_refuse_people_without_a_scope_and_bad_values(client, world):
    login(client, world["instructor_a"])
    assert_not_found(client.post(SETTINGS, {"trained_definition": "completed"}))

    login(client, world["network_admin"])
    response = client.post(
        SETTINGS, {"trained_definition": "everyone", "next": "https://evil.example/"}
    )
    assert response.status_code == 200
    assert ReportSettings.objects.get(pk=1).trained_definition == "completed"
    # An outside "next" is never followed.
    response = client.post(
        SETTINGS, {"trained_definition": "completed", "next": "https://evil.example/"}
    )
    assert response["Location"] == URL


def test_the_settings_are_post_or_get_only(client, world):
    login(client, world["network_admin"])
    assert client.put(SETTINGS).status_code == 405


# --- Query budget ---------------------------------------------------------------------


def more_people(world, n: int) -> None:
    """n more people trained in A and B across the last months."""
    for i in range(n):
        for cluster in (world["a"], world["b"]):
            cohort = group(world["green"], cluster, starts_on=day(LAST, 3), ends_on=day(LAST, 5))
            someone = person(cluster, trainee_type="engineer", gender="female")
            enrollment = join(cohort, someone, day(add_months(LAST, -(i % 6)), 2))
            finish(enrollment, "completed", day(add_months(LAST, -(i % 6)), 12))
    rollup.rebuild()


@pytest.mark.parametrize("who", ["admin_a", "network_admin", "coordinator_a"])
def test_the_report_page_runs_a_bounded_number_of_queries(
    client, world, who, django_assert_max_num_queries
):
    login(client, world[who])
    client.get(URL)  # warm the per-process caches (page choices, Wagtail's menu)

    with django_assert_max_num_queries(20) as before:
        small = client.get(URL)
    more_people(world, 12)
    with django_assert_max_num_queries(20) as after:
        large = client.get(URL)
    assert small.status_code == large.status_code == 200
    assert len(after) == len(before)  # the rollup's size does not add queries
    if who != "coordinator_a":  # the new people work for other companies
        assert table(large)["total"] != table(small)["total"]
