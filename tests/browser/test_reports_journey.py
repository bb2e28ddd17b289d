"""Figures, end to end in a real browser (issue 7).

A cluster admin logs in to the admin: the dashboard shows the people her cluster
trained this month (another cluster's people do not count). She opens the report,
narrows it to the Six Sigma programme, sees the month's figure in the table, exports
it as XLSX, waits for the file on the export's page and downloads it: the
spreadsheet (opened with openpyxl) says the same.
"""

import io
import re
from datetime import timedelta
from decimal import Decimal

import openpyxl
import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from clusters.models import ClusterRole
from clusters.services import role_grant
from cms.roles import user_groups_sync
from reports import rollup
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.courses.factories import course_page, programme_page, translate
from tests.reports.factories import person, trained

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "Correct-Horse-9"  # UserFactory's password


def log_in(page: Page, url: str, email: str) -> None:
    page.goto(url)
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def test_cluster_admin_reads_filters_and_exports_the_figures(page: Page, live_server, home):
    base = live_server.url
    bajio = ClusterFactory(name="Clúster del Bajío", time_zone="America/Mexico_City")
    norte = ClusterFactory(name="Clúster del Norte", time_zone="America/Monterrey")
    six_sigma = programme_page(home, title="Six Sigma")
    translate(six_sigma, title="Six Sigma", slug="six-sigma-en")
    green = course_page(six_sigma, title="Green Belt", hours=Decimal("40.0"))
    translate(green, title="Green Belt", slug="green-belt-en")
    batteries = course_page(home, title="Baterías", hours=Decimal("12.0"))
    translate(batteries, title="Batteries", slug="batteries-en")

    now = timezone.now()
    earlier = now - timedelta(minutes=5)
    trained(green, bajio, person(bajio), earlier)
    trained(green, bajio, person(bajio, gender="female"), earlier)
    trained(batteries, bajio, person(bajio), earlier)
    trained(green, norte, person(norte), earlier)  # another cluster: never counted here
    rollup.rebuild()

    admin = UserFactory()
    role_grant(actor=None, user=admin, cluster=bajio, role=ClusterRole.Role.CLUSTER_ADMIN)
    user_groups_sync(admin, bajio)

    log_in(page, f"{base}/admin/", admin.email)
    expect(page).to_have_url(f"{base}/admin/")
    panel = page.locator("#reports-people-trained-section")
    expect(panel.locator("[data-figure=people]")).to_have_text("3")

    panel.get_by_role("link", name="Open the report").click()
    expect(page.get_by_role("heading", name="Figures per month")).to_be_visible()
    page.get_by_label("Programme").select_option(label="Six Sigma")
    page.get_by_role("button", name="Show the figures").click()
    expect(page).to_have_url(re.compile(r"programme="))
    # The URL changes when the navigation starts: wait for the new page's table.
    page.wait_for_load_state()
    expect(page.locator("#id_programme")).to_have_value(str(six_sigma.translation_key))
    expect(page.locator('table.report-table th[data-column="people_trained"]')).to_be_visible()
    headings = page.locator("table.report-table thead th").evaluate_all(
        "cells => cells.map(cell => cell.dataset.column || '')"
    )
    people_column = headings.index("people_trained")
    last_month_row = page.locator("table.report-table tbody tr").last
    expect(last_month_row.locator("th, td").nth(people_column)).to_have_text("2")
    page.screenshot(path="artifacts/journey/reports-filtered.png", full_page=True)

    page.get_by_role("button", name="Export XLSX").click()
    expect(page.get_by_role("heading", name="Report export")).to_be_visible()
    download_link = page.get_by_role("link", name="Download the XLSX file")
    expect(download_link).to_be_visible(timeout=20_000)
    with page.expect_download() as download_info:
        download_link.click()
    assert download_info.value.suggested_filename.endswith(".xlsx")

    book = openpyxl.load_workbook(io.BytesIO(download_info.value.path().read_bytes()))
    sheet = book.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = next(row for row in rows if "People trained" in row)
    column = header.index("People trained")
    body = rows[rows.index(header) + 1 :]
    month_rows = [row for row in body if row[0] and not str(row[0]).startswith("Total")]
    assert month_rows[-1][column] == 2
    assert sum(row[column] or 0 for row in month_rows) == 2
