"""A company's DC-4 list: the right rows, safe cells, and only for the company's people."""

import io
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone, translation

from certificates.dc4 import DC4_HEADER, dc4_rows, dc4_workbook
from certificates.models import Certificate, Kind
from clusters.models import ClusterRole
from clusters.services import role_grant
from tests.certificates.factories import certificate, completed_enrollment
from tests.clusters.factories import (
    ClusterFactory,
    CompanyFactory,
    TraineeProfileFactory,
    UserFactory,
)
from tests.courses.factories import course_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


# Last year: always among the years the page offers.
Y = timezone.localdate().year - 1
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def passed(home, cluster, company, *, ends_on, title="Seguridad en planta", **fields):
    """A valid certificate of completion of a person of `company`, course ending `ends_on`."""
    profile = TraineeProfileFactory(cluster=cluster, company=company, occupation_code="04.6")
    course = course_page(
        home, title=title, dc3_thematic_area="6000", hours=Decimal(8), min_hours=Decimal(6)
    )
    starts_on = ends_on.replace(day=1)
    enrollment = completed_enrollment(
        home, course=course, cluster=cluster, profile=profile, starts_on=starts_on, ends_on=ends_on
    )
    fields.setdefault("course_title_es", title)
    return certificate(enrollment=enrollment, **fields)


@pytest.fixture
def world(home):
    cluster = ClusterFactory(stps_agent_registration="CAQ-120711-KX3-0013")
    other_cluster = ClusterFactory()
    company = CompanyFactory(clusters=[cluster])
    other_company = CompanyFactory(clusters=[cluster])
    listed = [
        passed(home, cluster, company, ends_on=date(Y, 3, 14)),
        passed(home, cluster, company, ends_on=date(Y, 11, 7), title="=HYPERLINK(1)"),
    ]
    # Not on the list of year Y: another year, participation, revoked, another company.
    passed(home, cluster, company, ends_on=date(Y - 1, 12, 31))
    passed(home, cluster, company, ends_on=date(Y, 5, 5), kind=Kind.PARTICIPATION)
    passed(
        home,
        cluster,
        company,
        ends_on=date(Y, 6, 6),
        status=Certificate.Status.REVOKED,
        revoked_at=timezone.now(),
    )
    passed(home, cluster, other_company, ends_on=date(Y, 4, 4))
    return {
        "cluster": cluster,
        "other_cluster": other_cluster,
        "company": company,
        "other_company": other_company,
        "listed": listed,
    }


def coordinator(cluster, company):
    user = UserFactory()
    role_grant(
        actor=None,
        user=user,
        cluster=cluster,
        role=ClusterRole.Role.COMPANY_COORDINATOR,
        company=company,
    )
    return user


def cluster_admin(cluster):
    user = UserFactory()
    role_grant(actor=None, user=user, cluster=cluster, role=ClusterRole.Role.CLUSTER_ADMIN)
    return user


def dc4_url(**query) -> str:
    with translation.override("es"):
        url = reverse("company_dc4")
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def sheet_rows(content: bytes) -> list[tuple]:
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    return list(workbook.active.iter_rows(values_only=True))


def test_one_row_per_valid_completion_of_the_year(world):
    rows = dc4_rows(world["company"], Y)
    assert [row.code for row in rows] == [cert.code for cert in world["listed"]]
    first, cert = rows[0], world["listed"][0]
    profile = cert.trainee
    assert (first.paternal_surname, first.maternal_surname, first.given_names) == (
        profile.paternal_surname,
        profile.maternal_surname,
        profile.given_names,
    )
    assert (first.curp, first.occupation_code) == (profile.curp, "04.6")
    assert (first.course_name, first.hours, first.thematic_area) == (
        "Seguridad en planta",
        Decimal(8),
        "6000",
    )
    assert (first.ends_on, first.agent_type, first.agent_registration, first.modality) == (
        date(Y, 3, 14),
        2,  # Externo: the cluster
        "CAQ-120711-KX3-0013",
        1,  # Presencial
    )
    assert first.missing == ""


def test_the_workbook_neutralises_formulas_and_keeps_numbers_and_dates(world):
    rows = sheet_rows(dc4_workbook(world["company"], Y))
    assert list(rows[0]) == DC4_HEADER
    assert len(rows) == 3
    column = {name: index for index, name in enumerate(DC4_HEADER)}
    second = rows[2]
    assert second[column["Nombre del curso"]] == "'=HYPERLINK(1)"
    assert second[column["Duración en horas"]] == 8
    assert second[column["Fecha de término"]] == datetime(Y, 11, 7)
    assert second[column["CURP"]] == world["listed"][1].trainee.curp


def test_rows_say_what_the_dc3_is_missing(world):
    profile = world["listed"][0].trainee
    profile.occupation_code = ""
    profile.save()
    rows = dc4_rows(world["company"], Y)
    # The DC-4 is a Spanish form: its notes are in Spanish whatever the reader's language.
    assert rows[0].missing == "Ocupación (Catálogo Nacional de Ocupaciones) del participante"


def test_a_coordinator_exports_their_company_only(client, world):
    user = coordinator(world["cluster"], world["company"])
    client.force_login(user)
    page = client.get(dc4_url())
    assert page.status_code == 200
    assert world["company"].legal_name in page.text
    assert world["other_company"].legal_name not in page.text

    response = client.get(dc4_url(company=world["company"].pk, year=Y))
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    assert response["Content-Disposition"].startswith("attachment;")
    assert len(sheet_rows(response.content)) == 3

    for pk in (world["other_company"].pk, 999999, "x"):
        response = client.get(dc4_url(company=pk, year=Y))
        assert response.status_code == 404, pk


def test_cluster_admins_export_their_clusters_companies_only(client, world):
    client.force_login(cluster_admin(world["cluster"]))
    response = client.get(dc4_url(company=world["company"].pk, year=Y))
    assert response["Content-Type"] == XLSX
    assert len(sheet_rows(response.content)) == 3

    client.force_login(cluster_admin(world["other_cluster"]))
    assert client.get(dc4_url(company=world["company"].pk, year=Y)).status_code == 404


def test_people_without_a_role_are_refused(client, world):
    trainee = world["listed"][0].trainee.user
    client.force_login(trainee)
    assert client.get(dc4_url()).status_code == 403
    assert client.get(dc4_url(company=world["company"].pk, year=Y)).status_code == 403
    client.logout()
    assert client.get(dc4_url()).status_code == 302


def test_a_year_outside_the_choices_is_a_form_error(client, world):
    client.force_login(coordinator(world["cluster"], world["company"]))
    response = client.get(dc4_url(company=world["company"].pk, year=1990))
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
