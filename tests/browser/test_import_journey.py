"""The roster import, end to end in a real browser (issue 4).

A cluster admin logs in to the admin, opens Cohorts, the roster of their cohort
and its import page; uploads a CSV of three people, one of them with a mistyped
CURP; the preview names the row and the CURP column and offers no "Confirm
import"; a corrected file checks clean, is confirmed, and the three people are
on the roster.

The admin is in English (the browser asks for en-US); every URL comes from
reverse(), never typed.
"""

import csv
import re
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import Page, expect

from clusters.models import ClusterRole
from clusters.services import role_grant
from cms.roles import user_groups_sync
from tests.clusters.factories import ClusterFactory, CompanyFactory, UserFactory, valid_curp
from tests.cms.factories import cluster_page
from tests.courses.factories import course_page
from tests.training.factories import cohort as make_cohort
from training.models import Enrollment, RosterImport

pytestmark = [
    pytest.mark.browser,
    # serialized_rollback: a transactional test empties the database afterwards; this
    # restores the rows data migrations made (the home page, the default Site) first.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "Correct-Horse-9"  # UserFactory's password
HEAD = [
    "Email",
    "Given names",
    "Paternal surname",
    "Maternal surname",
    "CURP",
    "Company RFC",
    "Occupation",
    "Trainee type",
    "Gender",
]
# Row 3 of the file (the headings are row 1) is Bruno's.
BAD_ROW = 3


def mistyped(curp: str) -> str:
    """The same CURP with a wrong check digit: a typo a person would make."""
    return curp[:-1] + ("1" if curp[-1] != "1" else "2")


def people(rfc: str) -> list[list[str]]:
    return [
        [
            "ana.trevino@example.com",
            "Ana",
            "Treviño",
            "Garza",
            valid_curp(901),
            rfc,
            "Inspectora de calidad",
            "technician",
            "woman",
        ],
        [
            "bruno.salas@example.com",
            "Bruno",
            "Salas",
            "Ibarra",
            valid_curp(902),
            rfc,
            "Operador de prensa",
            "operator",
            "man",
        ],
        [
            "carla.mendez@example.com",
            "Carla",
            "Méndez",
            "Ruiz",
            valid_curp(903),
            rfc,
            "Ingeniera de procesos",
            "engineer",
            "",
        ],
    ]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEAD)
        writer.writerows(rows)
    return path


def upload(page: Page, path: Path) -> None:
    """On the import page: choose the file, keep the waiting-list default, check it."""
    expect(page.get_by_role("heading", level=1)).to_contain_text("Import a roster")
    page.get_by_label("Roster file (.csv or .xlsx)").set_input_files(str(path))
    expect(
        page.get_by_role("radio", name="Put the people beyond capacity on the waiting list")
    ).to_be_checked()
    page.get_by_role("button", name="Check the file").click()
    expect(page).to_have_url(re.compile(r"/admin/roster-imports/\d+/$"))


def test_cluster_admin_imports_a_roster_after_fixing_a_bad_curp(
    page: Page, live_server, home, screenshot, tmp_path
):
    base = live_server.url
    cluster = ClusterFactory(
        slug="laguna", name="Clúster Automotriz de La Laguna", short_name="CAL"
    )
    company = CompanyFactory(legal_name="Troqueles de La Laguna S.A. de C.V.", clusters=[cluster])
    course = course_page(cluster_page(home, cluster=cluster), title="Metrología dimensional")
    cohort = make_cohort(course, cluster=cluster, capacity=10)
    admin = UserFactory(email="admin.laguna@example.com")
    role_grant(actor=None, user=admin, cluster=cluster, role=ClusterRole.Role.CLUSTER_ADMIN)
    user_groups_sync(admin, cluster)  # the on-commit signal does it too; make sure
    rows = people(company.rfc)
    good_curp = rows[1][4]
    rows[1][4] = mistyped(good_curp)
    first_file = write_csv(tmp_path / "roster-laguna.csv", rows)
    roster_url = reverse("training_roster", kwargs={"cohort_id": cohort.pk})

    # 1. Log in to the admin (through allauth's login page).
    page.goto(f"{base}/admin/")
    page.get_by_label("Email").fill(admin.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).to_have_url(f"{base}/admin/")

    # 2. Cohorts, in the admin menu: the listing shows their cohort.
    page.locator("#wagtail-sidebar").get_by_role("link", name="Cohorts").click()
    expect(page).to_have_url(f"{base}{reverse('cohorts:index')}")
    listing = page.locator("table.listing")
    row = listing.locator("tbody tr", has_text=str(cohort))
    expect(row).to_have_count(1)
    screenshot("import-cohorts")

    # 3. The roster, from the cohort's "more" menu: nobody on it yet.
    row.get_by_role("button", name=re.compile(r"^More options")).click()
    row.get_by_role("link", name=f"Roster of {cohort}").click()
    expect(page).to_have_url(f"{base}{roster_url}")
    expect(page.get_by_text("Nobody is on this roster yet.")).to_be_visible()
    screenshot("import-roster-empty")

    # 4. The roster's import button; upload the file with the mistyped CURP.
    page.get_by_role("link", name="Roster import").click()
    expect(page).to_have_url(
        f"{base}{reverse('training_roster_import', kwargs={'cohort_id': cohort.pk})}"
    )
    screenshot("import-upload-form")
    upload(page, first_file)

    # 5. The preview: Bruno's row with the CURP error, and nothing to confirm.
    messages = page.locator(".messages")
    expect(messages).to_contain_text("The file has errors; nothing was imported.")
    expect(page.locator("#roster-import-status")).to_have_text("Has errors")
    expect(page.get_by_text("Rows with errors: 1")).to_be_visible()
    table = page.locator("section[aria-labelledby=roster-import-summary] table.listing")
    expect(table.locator("tbody tr")).to_have_count(3)
    bad = table.locator("tbody tr", has=page.locator("th", has_text=re.compile(rf"^{BAD_ROW}$")))
    expect(bad).to_contain_text("bruno.salas@example.com")
    expect(bad.locator("ul.error-message li")).to_have_count(1)
    expect(bad.locator("ul.error-message li strong")).to_have_text("CURP")
    expect(bad.locator("ul.error-message")).to_contain_text(
        "The last digit of this CURP does not match"
    )
    for number in (2, 4):
        fine = table.locator(
            "tbody tr", has=page.locator("th", has_text=re.compile(rf"^{number}$"))
        )
        expect(fine.locator("ul.error-message")).to_have_count(0)
    confirm = page.get_by_role("button", name="Confirm import")
    if confirm.count():
        expect(confirm).to_be_disabled()
    expect(page.get_by_text("Correct the rows with errors in your file")).to_be_visible()
    screenshot("import-preview-with-error")
    assert not Enrollment.objects.filter(cohort=cohort).exists()

    # 6. Upload the corrected file: every row is valid and ready.
    rows[1][4] = good_curp
    fixed_file = write_csv(tmp_path / "roster-laguna-corrected.csv", rows)
    page.get_by_role("link", name="Upload another file").click()
    upload(page, fixed_file)
    expect(messages).to_contain_text("The file was checked: review the preview and confirm")
    expect(page.locator("#roster-import-status")).to_have_text("Ready to import")
    expect(page.get_by_text("Rows with errors: 0")).to_be_visible()
    expect(page.get_by_text("New people: 3")).to_be_visible()
    expect(page.get_by_text("Will be enrolled: 3")).to_be_visible()
    expect(table.locator("tbody tr")).to_have_count(3)
    expect(table.locator("ul.error-message")).to_have_count(0)
    expect(table.locator("tbody tr td:nth-child(2)")).to_have_text(["New person"] * 3)
    screenshot("import-preview-valid")

    # 7. Confirm: the import is applied within the request.
    page.get_by_role("button", name="Confirm import").click()
    expect(messages).to_contain_text("Imported: 3 enrolled, 0 on the waiting list")
    expect(page.locator("#roster-import-status")).to_have_text("Imported")
    expect(page.get_by_role("button", name="Confirm import")).to_have_count(0)
    screenshot("import-applied")

    # 8. Back on the roster: the three people, enrolled.
    page.get_by_role("link", name="Back to the roster").click()
    expect(page).to_have_url(f"{base}{roster_url}")
    people_table = page.locator("section[aria-labelledby=roster-people-title] table.listing")
    expect(people_table.locator("tbody tr")).to_have_count(3)
    for email, name in (
        ("ana.trevino@example.com", "Ana Treviño Garza"),
        ("bruno.salas@example.com", "Bruno Salas Ibarra"),
        ("carla.mendez@example.com", "Carla Méndez Ruiz"),
    ):
        person = people_table.locator("tbody tr", has_text=email)
        expect(person).to_contain_text(name)
        expect(person).to_contain_text("Enrolled")
    screenshot("import-roster-filled")

    enrollments = Enrollment.objects.filter(cohort=cohort)
    assert enrollments.count() == 3
    assert set(enrollments.values_list("status", flat=True)) == {Enrollment.Status.ENROLLED}
    assert set(enrollments.values_list("source", flat=True)) == {Enrollment.Source.IMPORT}
    assert set(enrollments.values_list("trainee__curp", flat=True)) == {r[4] for r in rows}
    cohort.refresh_from_db()
    assert cohort.enrolled_count == 3
    assert list(
        RosterImport.objects.filter(cohort=cohort).order_by("pk").values_list("status", flat=True)
    ) == [RosterImport.Status.INVALID, RosterImport.Status.APPLIED]
