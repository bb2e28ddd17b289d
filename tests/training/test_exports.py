"""Roster downloads (CSV, XLSX) and the formula-safe writers of core.exports."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from clusters.models import ClusterRole
from core.exports import BOM, attachment_name, csv_response, neutralise, xlsx_response
from tests.clusters.factories import TraineeProfileFactory
from tests.training.factories import enrolled, trainee
from tests.training.test_admin import export_url, login, make_world
from training.models import Enrollment

Status = Enrollment.Status


# --- core.exports ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'),
        ("+52 442 000 0000", "'+52 442 000 0000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("Ana Pérez", "Ana Pérez"),
        ("a=b", "a=b"),
        ("", ""),
        (-5, -5),
        (3.5, 3.5),
        (Decimal("-1.5"), Decimal("-1.5")),
        (date(2026, 5, 1), date(2026, 5, 1)),
        (None, None),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_attachment_names_are_chosen_and_cleaned_by_the_server():
    assert attachment_name("roster-SS-GB-2026-05-01", ".csv") == "roster-ss-gb-2026-05-01.csv"
    assert attachment_name("../../etc/passwd", ".csv") == "etcpasswd.csv"
    assert attachment_name('a"b\r\nc.xlsx', ".xlsx") == "ab-c.xlsx"
    assert attachment_name("", ".csv") == "export.csv"


def test_csv_response_has_a_bom_and_safe_cells():
    response = csv_response(
        "Lista Señora", ["Nombre", "Número"], [["=cmd|' /C calc'!A0", -3], ["Peña", None]]
    )
    body = response.content
    assert body.startswith(BOM.encode("utf-8"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="lista-senora.csv"'
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows == [["Nombre", "Número"], ["'=cmd|' /C calc'!A0", "-3"], ["Peña", ""]]


def test_xlsx_response_keeps_numbers_and_dates_and_neutralises_formulas():
    when = timezone.make_aware(datetime(2026, 5, 1, 9, 30))
    response = xlsx_response(
        "lista",
        ["Nombre", "Cantidad", "Fecha"],
        [["=1+1", 7, when], ["ok\x07", -2, date(2026, 5, 2)]],
        sheet_title="SS/GB: [lista]",
    )
    assert response["Content-Disposition"] == 'attachment; filename="lista.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.title == "SSGB lista"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "'=1+1"
    assert rows[1][1] == 7
    assert rows[1][2] == timezone.localtime(when).replace(tzinfo=None)
    assert rows[2][0] == "ok"  # control characters dropped
    assert rows[2][1] == -2
    assert sheet.cell(row=2, column=1).data_type == "s"  # text, not a formula


# --- Roster downloads ----------------------------------------------------------------


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    return make_world(home, django_capture_on_commit_callbacks)


@pytest.fixture
def roster(world):
    """cohort_a (2 seats) with: enrolled, enrolled (named like a formula), waitlisted."""
    group = world["cohort_a"]
    sneaky = enrolled(
        group,
        TraineeProfileFactory(
            given_names='=HYPERLINK("http://evil.example","Gana")',
            paternal_surname="Zúñiga",
            cluster=group.cluster,
        ),
    )
    waiting = enrolled(group, trainee(group))
    assert waiting.status == Status.WAITLISTED
    return {"cohort": group, "first": world["enrollment_a"], "sneaky": sneaky, "waiting": waiting}


def parse_csv(response) -> list[list[str]]:
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_roster_csv_download(client, world, roster):
    login(client, world["admin_a"])
    group = roster["cohort"]
    response = client.get(export_url(group, "csv"), HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200
    code = group.course.code.lower()
    assert response["Content-Disposition"] == (
        f'attachment; filename="roster-{code}-{group.starts_on:%Y-%m-%d}.csv"'
    )
    rows = parse_csv(response)
    header, body = rows[0], rows[1:]
    assert len(header) == 9
    assert len(body) == 3
    by_email = {row[1]: row for row in body}
    sneaky = by_email[roster["sneaky"].trainee.user.email]
    assert sneaky[0].startswith("'=HYPERLINK")
    assert sneaky[2] == roster["sneaky"].trainee.curp
    waiting = by_email[roster["waiting"].trainee.user.email]
    assert waiting[5] == "1"  # first on the waiting list
    assert by_email[roster["first"].trainee.user.email][5] == ""


def test_roster_csv_follows_the_roster_filters(client, world, roster):
    login(client, world["admin_a"])
    group = roster["cohort"]
    rows = parse_csv(client.get(export_url(group, "csv"), {"status": "waitlisted"}))
    assert [row[1] for row in rows[1:]] == [roster["waiting"].trainee.user.email]
    curp = roster["first"].trainee.curp
    rows = parse_csv(client.get(export_url(group, "csv"), {"q": curp}))
    assert [row[2] for row in rows[1:]] == [curp]


def test_roster_xlsx_download(client, world, roster):
    login(client, world["admin_a"])
    group = roster["cohort"]
    response = client.get(export_url(group, "xlsx"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 4
    names = {row[1]: row for row in rows[1:]}
    sneaky = names[roster["sneaky"].trainee.user.email]
    assert sneaky[0].startswith("'=HYPERLINK")
    assert isinstance(sneaky[6], datetime)  # requested: a real date, not text
    assert names[roster["waiting"].trainee.user.email][5] == 1
    for row_cells in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row_cells)  # no formulas at all


def test_roster_columns_follow_the_admin_language(client, world, roster):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(world["admin_a"])
    profile.preferred_language = "en"
    profile.save()
    login(client, world["admin_a"])
    header = parse_csv(client.get(export_url(roster["cohort"], "csv")))[0]
    assert header[:3] == ["Name", "Email", "CURP"]


def test_instructor_downloads_their_cohort_only(client, world, roster):
    login(client, world["instructor_a"])
    assert client.get(export_url(roster["cohort"], "csv")).status_code == 200
    response = client.get(export_url(world["cohort_a2"], "csv"))
    assert response.status_code in (302, 403, 404)
    assert not response.content.startswith(b"\xef\xbb\xbf")


def test_unknown_format_is_not_found(client, world):
    login(client, world["admin_a"])
    response = client.get(export_url(world["cohort_a"], "pdf"))
    assert response.status_code in (302, 404)
    assert "Content-Disposition" not in response


def test_coordinator_cannot_download_a_roster(client, world, django_capture_on_commit_callbacks):
    from clusters.services import role_grant
    from tests.clusters.factories import UserFactory

    coordinator = UserFactory()
    company = world["enrollment_a"].company
    with django_capture_on_commit_callbacks(execute=True):
        role_grant(
            actor=None,
            user=coordinator,
            cluster=world["a"],
            role=ClusterRole.Role.COMPANY_COORDINATOR,
            company=company,
        )
    login(client, coordinator)
    response = client.get(export_url(world["cohort_a"], "csv"))
    assert "Content-Disposition" not in response
