"""Roster import (issue 4): files good and bad, the preview, all-or-nothing apply, jobs, access."""

import csv
import io
import time
from types import SimpleNamespace

import openpyxl
import pytest
from allauth.account.models import EmailAddress
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

import training.import_hooks  # noqa: F401  (registers the admin URLs, as training.wagtail_hooks does)
from clusters.models import ClusterRole, TraineeProfile, User
from clusters.services import role_grant
from core.models import OutgoingEmail
from tests.clusters.factories import (
    ClusterFactory,
    CompanyFactory,
    TraineeProfileFactory,
    UserFactory,
    valid_curp,
    valid_rfc,
)
from tests.training.factories import cohort, enrolled
from training import imports
from training.imports import (
    Action,
    parse_file,
    roster_import_apply,
    roster_import_confirm,
    roster_import_create,
    roster_import_validate,
)
from training.models import Enrollment, EnrollmentChange, RosterImport
from training.services import enrollment_set_status
from training.tasks import apply_roster_import, send_roster_import_emails, validate_roster_import

pytestmark = pytest.mark.django_db

Status = RosterImport.Status
HEAD = [
    "Correo",
    "Nombre(s)",
    "Primer apellido",
    "Segundo apellido",
    "CURP",
    "RFC empresa",
    "Ocupación",
    "Tipo",
    "Género",
]
ENGLISH_HEAD = [
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


def person(n: int, company=None, **changes) -> list[str]:
    values = {
        "email": f"persona{n}@example.com",
        "given": "José",
        "paternal": f"Núñez{n}",
        "maternal": "Peña",
        "curp": valid_curp(5000 + n),
        "rfc": company.rfc if company else "",
        "occupation": "Técnico de línea",
        "type": "técnico",
        "gender": "hombre",
    }
    values.update(changes)
    return list(values.values())


def csv_bytes(rows, head=HEAD, delimiter=",", encoding="utf-8-sig") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(head)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(rows, head=HEAD) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(head)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def counts() -> tuple[int, ...]:
    return (
        User.objects.count(),
        TraineeProfile.objects.count(),
        Enrollment.objects.count(),
        EnrollmentChange.objects.count(),
        EmailAddress.objects.count(),
    )


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    a, b = ClusterFactory(short_name="ALFA"), ClusterFactory(short_name="BRAVO")
    admin_a, admin_b = UserFactory(), UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        role_grant(actor=None, user=admin_a, cluster=a, role=ClusterRole.Role.CLUSTER_ADMIN)
        role_grant(actor=None, user=admin_b, cluster=b, role=ClusterRole.Role.CLUSTER_ADMIN)
    return SimpleNamespace(
        a=a,
        b=b,
        company_a=CompanyFactory(clusters=[a]),
        company_b=CompanyFactory(clusters=[b]),
        cohort_a=cohort(home=home, cluster=a, capacity=5),
        cohort_b=cohort(home=home, cluster=b, capacity=5),
        admin_a=admin_a,
        admin_b=admin_b,
    )


def english_admin(client, user):
    """Log in a person who reads the admin in English (the preview's messages follow)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return client


def upload(world, data, name="lista.csv", when_full="waitlist", group=None, actor=None):
    return roster_import_create(
        actor=actor or world.admin_a,
        cohort_id=(group or world.cohort_a).pk,
        uploaded_file=SimpleUploadedFile(name, data),
        when_full=when_full,
        language="en",  # the admin's language: the preview's messages are written in it
    )


def errors_of(imp: RosterImport) -> list[tuple[int, str, str]]:
    return [(r["row"], e["column"], e["message"]) for r in imp.preview for e in r["errors"]]


# --- good files ------------------------------------------------------------------


def test_utf8_bom_csv_preview_then_apply(world, django_capture_on_commit_callbacks, mailoutbox):
    rows = [person(1, world.company_a), person(2), person(3, world.company_a)]
    imp = upload(world, csv_bytes(rows))
    assert imp.status == Status.READY, imp.error_message
    assert [r["action"] for r in imp.preview] == [Action.CREATE] * 3
    assert [r["row"] for r in imp.preview] == [2, 3, 4]
    assert (imp.created_count, imp.enrolled_count, imp.error_count) == (3, 3, 0)
    assert not User.objects.filter(
        email="persona1@example.com"
    ).exists()  # a preview writes nothing

    with django_capture_on_commit_callbacks(execute=True):
        imp = roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    assert imp.status == Status.APPLIED
    profile = TraineeProfile.objects.select_related("user").get(curp=valid_curp(5001))
    assert (profile.given_names, profile.paternal_surname, profile.maternal_surname) == (
        "José",
        "Núñez1",
        "Peña",
    )
    assert profile.trainee_type == "technician" and profile.gender == "male"
    assert profile.company == world.company_a and profile.cluster == world.a
    user = profile.user
    assert user.email == "persona1@example.com" and user.language == "es"
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified
    enrollment = Enrollment.objects.get(trainee=profile, cohort=world.cohort_a)
    assert enrollment.status == Enrollment.Status.ENROLLED
    assert enrollment.source == Enrollment.Source.IMPORT and enrollment.company == world.company_a
    world.cohort_a.refresh_from_db()
    assert world.cohort_a.enrolled_count == 3


def test_xlsx_preview_and_apply(world, django_capture_on_commit_callbacks):
    rows = [person(1), person(2, world.company_a)]
    imp = upload(world, xlsx_bytes(rows, head=ENGLISH_HEAD), name="roster.xlsx")
    assert imp.status == Status.READY, (imp.error_message, errors_of(imp))
    with django_capture_on_commit_callbacks(execute=True):
        imp = roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    assert imp.status == Status.APPLIED
    assert Enrollment.objects.filter(cohort=world.cohort_a).count() == 2


def test_latin1_file_keeps_its_accents(world, django_capture_on_commit_callbacks):
    rows = [person(1, given="María José", paternal="Muñoz", occupation="Técnica")]
    imp = upload(world, csv_bytes(rows, encoding="latin-1"))
    assert imp.status == Status.READY, (imp.error_message, errors_of(imp))
    assert imp.preview[0]["fields"]["given_names"] == "María José"
    with django_capture_on_commit_callbacks(execute=True):
        roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    profile = TraineeProfile.objects.get(curp=valid_curp(5001))
    assert (profile.given_names, profile.paternal_surname, profile.occupation) == (
        "María José",
        "Muñoz",
        "Técnica",
    )


def test_semicolon_delimiter(world):
    imp = upload(world, csv_bytes([person(1), person(2)], delimiter=";"))
    assert imp.status == Status.READY, imp.error_message
    assert imp.preview[1]["fields"]["email"] == "persona2@example.com"


def test_headings_ignore_case_accents_and_language():
    head = ["CORREO ELECTRÓNICO", "nombre", "apellido paterno", "Ocupacion", "tipo"]
    parsed = parse_file(
        "x.csv", csv_bytes([["a@example.com", "Ana", "Ruiz", "Ing", "estudiante"]], head)
    )
    assert set(parsed.headings) == {
        "email",
        "given_names",
        "paternal_surname",
        "occupation",
        "trainee_type",
    }


def test_template_downloads_are_accepted_files(client, world):
    client.force_login(world.admin_a)
    for fmt in ("csv", "xlsx"):
        response = client.get(reverse("training_roster_import_template", kwargs={"fmt": fmt}))
        assert response.status_code == 200
        parsed = parse_file(f"t.{fmt}", response.content)
        assert len(parsed.rows) == 1 and len(parsed.headings) == len(imports.COLUMNS)
    assert client.get("/admin/roster-imports/template/pdf/").status_code in (302, 404)


# --- bad files: one clear message, nothing written --------------------------------


def test_missing_column_is_a_file_error(world):
    head = [h for h in HEAD if h != "Ocupación"]
    rows = [[v for i, v in enumerate(person(1)) if HEAD[i] != "Ocupación"]]
    before = counts()
    imp = upload(world, csv_bytes(rows, head))
    assert imp.status == Status.INVALID
    assert "Ocupación" in imp.error_message and "Missing" in imp.error_message
    assert counts() == before


def test_extra_column_is_refused(world):
    imp = upload(world, csv_bytes([[*person(1), "vegetariano"]], [*HEAD, "Notas"]))
    assert imp.status == Status.INVALID
    assert "“Notas”" in imp.error_message


def test_duplicate_rows_error_on_the_second(world):
    imp = upload(world, csv_bytes([person(1), person(2), person(1)]))
    assert imp.status == Status.INVALID
    assert errors_of(imp) == [(4, "Correo", "The same email address is already in row 2.")]
    assert [r["action"] for r in imp.preview] == [Action.CREATE, Action.CREATE, Action.ERROR]
    # Same CURP under another email.
    imp = upload(world, csv_bytes([person(1), person(2, curp=valid_curp(5001))]))
    assert errors_of(imp) == [(3, "CURP", "The same CURP is already in row 2.")]


def test_unknown_company_and_company_of_another_cluster(world, home):
    members_only = cohort(home=home, cluster=world.a, visibility="members")
    unknown = valid_rfc(9999)
    imp = upload(
        world,
        csv_bytes([person(1, rfc=unknown), person(2, world.company_b)]),
        group=members_only,
    )
    assert imp.status == Status.INVALID
    problems = errors_of(imp)
    assert problems[0][:2] == (2, "RFC empresa") and unknown in problems[0][2]
    assert problems[1][:2] == (3, "RFC empresa") and "not a member" in problems[1][2]
    # A cohort open to the whole network takes people of any member company.
    assert upload(world, csv_bytes([person(2, world.company_b)])).status == Status.READY


def test_invalid_curp_email_type_and_missing_name(world):
    rows = [
        person(1, curp="ABC123"),
        person(2, email="no-es-correo"),
        person(3, type="astronauta"),
        person(4, given=""),
    ]
    imp = upload(world, csv_bytes(rows))
    assert imp.status == Status.INVALID
    problems = {(row, column): message for row, column, message in errors_of(imp)}
    assert "18 characters" in problems[(2, "CURP")]
    assert "not a valid email" in problems[(3, "Correo")]
    assert "astronauta" in problems[(4, "Tipo")]
    assert problems[(5, "Nombre(s)")] == "This cell is required."
    assert imp.error_count == 4


def test_formulas_are_row_errors_never_evaluated(world):
    rows = [person(1, occupation="=1+1"), person(2)]
    imp = upload(world, xlsx_bytes(rows), name="lista.xlsx")
    assert imp.status == Status.INVALID
    assert errors_of(imp) == [(2, "Ocupación", "Formulas are not allowed; type the value itself.")]
    # In a CSV the same cell is only text, refused because it would be a formula once exported.
    imp = upload(
        world, csv_bytes([person(1, given='=HYPERLINK("http://x")'), person(2, maternal="-")])
    )
    assert errors_of(imp) == [
        (2, "Nombre(s)", "Starts with “=”, like a spreadsheet formula; remove the sign.")
    ]
    assert imp.preview[1]["fields"]["maternal_surname"] == ""  # a lone dash means empty


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("lista.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "image"),
        ("lista.csv", bytes(range(256)) * 20, "binary"),
        ("lista.csv", xlsx_bytes([person(1)]), ".xlsx"),
        ("lista.xlsx", csv_bytes([person(1)]), "not a valid Excel"),
        ("lista.xlsx", b"PK\x03\x04" + b"garbage" * 50, "not a valid Excel"),
        ("lista.pdf", b"%PDF-1.4", None),
    ],
)
def test_binary_or_misnamed_files_are_refused(world, name, data, words):
    before = counts()
    if words is None:
        with pytest.raises(ValidationError):
            upload(world, data, name=name)
    else:
        imp = upload(world, data, name=name)
        assert imp.status == Status.INVALID
        assert words in imp.error_message, imp.error_message
        assert imp.preview == []
    assert counts() == before


def test_too_many_rows_refused_fast(world):
    line = "persona{}@example.com,Ana,Ruiz,,,,Ingeniera,ingeniera,\n"
    data = (
        "\ufeff" + ",".join(HEAD) + "\n" + "".join(line.format(n) for n in range(50_001))
    ).encode()
    assert len(data) < imports.MAX_FILE_BYTES
    before = counts()
    started = time.monotonic()
    imp = upload(world, data)
    assert time.monotonic() - started < 5
    assert imp.status == Status.INVALID
    assert "more than 20,000 rows" in imp.error_message
    assert counts() == before


def test_workbook_too_big_unpacked_is_refused(world, monkeypatch):
    monkeypatch.setattr(imports.files, "MAX_XLSX_UNPACKED", 1000)
    imp = upload(world, xlsx_bytes([person(1)]), name="lista.xlsx")
    assert imp.status == Status.INVALID and "too large once unpacked" in imp.error_message


def test_too_big_file_is_refused_before_storing(world):
    with translation.override("en"), pytest.raises(ValidationError, match="limit"):
        upload(world, b"x" * (imports.MAX_FILE_BYTES + 1))
    assert not RosterImport.objects.exists()


# --- people who exist ----------------------------------------------------------------


def test_existing_people_are_matched_and_only_blanks_filled(
    world, django_capture_on_commit_callbacks
):
    by_email = TraineeProfileFactory(
        user=UserFactory(email="Ya.Existe@Example.com"),
        given_names="Lucía",
        maternal_surname="",
        curp=None,
        cluster=world.a,
        company=world.company_a,
    )
    by_curp = TraineeProfileFactory(cluster=world.a, company=world.company_a)
    rows = [
        person(1, email="ya.existe@example.com", given="Otro Nombre", maternal="Sosa"),
        person(2, email="otra@example.com", curp=by_curp.curp, given="Otro", gender=""),
    ]
    imp = upload(world, csv_bytes(rows))
    assert imp.status == Status.READY, errors_of(imp)
    assert [r["action"] for r in imp.preview] == [Action.UPDATE, Action.ENROLL]
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        imp = roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    assert imp.status == Status.APPLIED
    by_email.refresh_from_db()
    by_curp.refresh_from_db()
    assert by_email.given_names == "Lucía"  # never overwritten
    assert (by_email.maternal_surname, by_email.curp) == ("Sosa", valid_curp(5001))  # blanks filled
    assert by_curp.given_names == "Ana" and by_curp.user.email != "otra@example.com"
    assert counts()[:2] == before[:2]  # no new accounts or profiles
    assert Enrollment.objects.filter(cohort=world.cohort_a).count() == 2


def test_email_and_curp_of_different_people_is_an_error(world):
    one = TraineeProfileFactory(user=UserFactory(email="uno@example.com"), cluster=world.a)
    two = TraineeProfileFactory(cluster=world.a)
    imp = upload(world, csv_bytes([person(1, email="uno@example.com", curp=two.curp)]))
    assert imp.status == Status.INVALID
    assert errors_of(imp)[0][1] == "CURP"
    assert one.curp != two.curp


def test_someone_already_on_the_roster_is_skipped(world):
    existing = enrolled(world.cohort_a).trainee
    rows = [person(1, email=existing.user.email, curp=existing.curp, gender="")]
    imp = upload(world, csv_bytes(rows))
    assert imp.status == Status.READY
    assert imp.preview[0]["action"] == Action.SKIP and imp.skipped_count == 1


# --- seats ----------------------------------------------------------------------------


def test_when_full_waitlist_and_refuse(world, home, django_capture_on_commit_callbacks):
    small = cohort(home=home, cluster=world.a, capacity=2)
    data = csv_bytes([person(1), person(2), person(3)])
    before = counts()
    refused = upload(world, data, when_full="refuse", group=small)
    assert refused.status == Status.INVALID
    assert "2 free seats" in refused.error_message and "3 people" in refused.error_message
    with pytest.raises(ValidationError):
        roster_import_confirm(actor=world.admin_a, import_id=refused.pk)
    assert counts() == before

    waiting = upload(world, data, when_full="waitlist", group=small)
    assert waiting.status == Status.READY
    assert [r["placement"] for r in waiting.preview] == ["enrolled", "enrolled", "waitlisted"]
    with django_capture_on_commit_callbacks(execute=True):
        waiting = roster_import_confirm(actor=world.admin_a, import_id=waiting.pk)
    assert (waiting.enrolled_count, waiting.waitlisted_count) == (2, 1)
    small.refresh_from_db()
    assert (small.enrolled_count, small.waitlist_count) == (2, 1)


# --- all or nothing, twice is once ---------------------------------------------------------


def test_applying_the_same_file_twice_changes_nothing(world, django_capture_on_commit_callbacks):
    data = csv_bytes([person(1, world.company_a), person(2), person(3)])
    with django_capture_on_commit_callbacks(execute=True):
        first = roster_import_confirm(actor=world.admin_a, import_id=upload(world, data).pk)
    assert first.status == Status.APPLIED
    before = (*counts(), OutgoingEmail.objects.count())
    second = upload(world, data)
    assert second.status == Status.READY
    assert {r["action"] for r in second.preview} == {Action.SKIP}
    with django_capture_on_commit_callbacks(execute=True):
        second = roster_import_confirm(actor=world.admin_a, import_id=second.pk)
    assert second.status == Status.APPLIED and second.skipped_count == 3
    assert (*counts(), OutgoingEmail.objects.count()) == before


def test_one_bad_row_means_nothing_is_written(world, django_capture_on_commit_callbacks):
    before = counts()
    imp = upload(world, csv_bytes([person(1), person(2, email="roto@"), person(3)]))
    assert imp.status == Status.INVALID
    with pytest.raises(ValidationError):
        roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    with django_capture_on_commit_callbacks(execute=True):
        roster_import_apply(import_id=imp.pk)
    assert counts() == before


def test_apply_checks_again_and_writes_nothing_if_the_database_changed(
    world, django_capture_on_commit_callbacks
):
    imp = upload(world, csv_bytes([person(1), person(2)]))
    assert imp.status == Status.READY
    # Meanwhile someone else registers with the CURP of row 3 under another email.
    TraineeProfileFactory(user=UserFactory(email="persona2@example.com"), curp=valid_curp(7777))
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        imp = roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    assert imp.status == Status.INVALID
    assert errors_of(imp) == [
        (3, "CURP", "The person with this email has another CURP registered; check it.")
    ]
    assert counts() == before


# --- invitations ------------------------------------------------------------------------


def test_invitations_go_to_new_people_only(
    client, world, django_capture_on_commit_callbacks, mailoutbox
):
    existing = TraineeProfileFactory(cluster=world.a, company=world.company_a)
    rows = [person(1), person(2, email=existing.user.email, curp=existing.curp)]
    imp = upload(world, csv_bytes(rows))
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        imp = roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    imp.refresh_from_db()
    assert imp.status == Status.APPLIED and imp.emails_sent_at
    invitations = [m for m in mailoutbox if "/password/reset/key/" in m.body]
    assert [m.to for m in invitations] == [["persona1@example.com"]]
    # Both people get the usual enrollment email.
    assert sorted(r for m in mailoutbox if m not in invitations for r in m.to) == sorted(
        ["persona1@example.com", existing.user.email]
    )
    # The link is allauth's: it opens the set-a-password form.
    link = next(w for w in invitations[0].body.split() if "/password/reset/key/" in w)
    response = client.get(link.replace("http://testserver", ""), follow=True)
    assert response.status_code == 200
    assert b"password1" in response.content
    # Sending again sends nothing.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_roster_import_emails.delay(imp.pk).get() == 0
    assert mailoutbox == []


# --- tasks ---------------------------------------------------------------------------------


def test_tasks_are_idempotent_and_give_up(world, django_capture_on_commit_callbacks):
    imp = upload(world, csv_bytes([person(1)]))
    assert imp.status == Status.READY
    assert validate_roster_import.delay(imp.pk).get() == Status.READY  # nothing to do
    with django_capture_on_commit_callbacks(execute=True):
        assert apply_roster_import.delay(imp.pk).get() == Status.APPLIED
    before = counts()
    with django_capture_on_commit_callbacks(execute=True):
        assert apply_roster_import.delay(imp.pk).get() == Status.APPLIED
        roster_import_confirm(actor=world.admin_a, import_id=imp.pk)  # a double click
    assert counts() == before

    stuck = upload(world, csv_bytes([person(2)]))
    RosterImport.objects.filter(pk=stuck.pk).update(status=Status.APPLYING, attempts=3)
    assert apply_roster_import.delay(stuck.pk).get() == Status.FAILED
    stuck.refresh_from_db()
    assert "3 times" in stuck.error_message
    assert counts() == before


def test_big_files_are_checked_as_a_job(client, world, django_capture_on_commit_callbacks):
    rows = [person(n) for n in range(1, imports.INLINE_ROWS + 2)]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        imp = upload(world, csv_bytes(rows))
    assert imp.status == Status.UPLOADED and imp.total_rows == imports.INLINE_ROWS + 1
    english_admin(client, world.admin_a)
    progress_url = reverse("training_roster_import_progress", kwargs={"import_id": imp.pk})
    page = client.get(reverse("training_roster_import_detail", kwargs={"import_id": imp.pk}))
    assert b"<progress" in page.content and b'http-equiv="refresh"' in page.content
    assert client.get(progress_url).json()["running"] is True
    for callback in callbacks:
        callback()  # the job runs (eagerly here)
    imp.refresh_from_db()
    assert imp.status == Status.READY and imp.processed_rows == imports.INLINE_ROWS + 1
    data = client.get(progress_url).json()
    assert (data["running"], data["processed"], data["percent"]) == (False, imp.total_rows, 100)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        imp = roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    assert imp.status == Status.APPLYING  # a job: the page shows its progress meanwhile
    data = client.get(progress_url).json()
    assert (data["running"], data["processed"], data["status"]) == (True, 0, "applying")
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
    imp.refresh_from_db()
    assert imp.status == Status.APPLIED
    assert (imp.enrolled_count, imp.waitlisted_count) == (5, imports.INLINE_ROWS + 1 - 5)


# --- pages and access ------------------------------------------------------------------------


def test_admin_uploads_previews_and_confirms(client, world, django_capture_on_commit_callbacks):
    english_admin(client, world.admin_a)
    url = reverse("training_roster_import", kwargs={"cohort_id": world.cohort_a.pk})
    page = client.get(url)
    assert page.status_code == 200
    assert (
        reverse("training_roster_import_template", kwargs={"fmt": "xlsx"}).encode() in page.content
    )
    file = SimpleUploadedFile("lista.csv", csv_bytes([person(1), person(2, email="malo")]))
    response = client.post(url, {"file": file, "when_full": "waitlist"})
    imp = RosterImport.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{imp.pk}/")
    page = client.get(response["Location"])
    assert b"not a valid email" in page.content and b"Confirm import" not in page.content

    file = SimpleUploadedFile("lista.csv", csv_bytes([person(1), person(2)]))
    response = client.post(url, {"file": file, "when_full": "refuse"})
    imp = RosterImport.objects.first()
    page = client.get(response["Location"])
    assert imp.status == Status.READY and b"Confirm import" in page.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("training_roster_import_confirm", kwargs={"import_id": imp.pk})
        )
    assert response.status_code == 302
    imp.refresh_from_db()
    assert imp.status == Status.APPLIED and imp.enrolled_count == 2
    page = client.get(response["Location"])
    assert b"Confirm import" not in page.content

    bad = client.post(
        url, {"file": SimpleUploadedFile("lista.doc", b"hola"), "when_full": "waitlist"}
    )
    assert bad.status_code == 200 and b".csv or .xlsx" in bad.content


def assert_refused(response):
    """404 (a 404 under /admin/ comes back as a redirect to the /es/-prefixed path) or 403."""
    if response.status_code == 302:
        location = response["Location"]
        assert location.startswith(f"/es{response.request['PATH_INFO']}"), location
        response = response.client.get(location)
    assert response.status_code in (403, 404), response.status_code


def test_another_clusters_imports_are_unreachable(
    client, world, django_capture_on_commit_callbacks
):
    theirs = upload(world, csv_bytes([person(1)]), group=world.cohort_b, actor=world.admin_b)
    assert theirs.status == Status.READY
    client.force_login(world.admin_a)
    cohort_url = reverse("training_roster_import", kwargs={"cohort_id": world.cohort_b.pk})
    assert_refused(client.get(cohort_url))
    assert_refused(
        client.post(
            cohort_url,
            {"file": SimpleUploadedFile("x.csv", csv_bytes([person(2)])), "when_full": "waitlist"},
        )
    )
    for name in ("training_roster_import_detail", "training_roster_import_progress"):
        assert_refused(client.get(reverse(name, kwargs={"import_id": theirs.pk})))
    with django_capture_on_commit_callbacks(execute=True):
        assert_refused(
            client.post(reverse("training_roster_import_confirm", kwargs={"import_id": theirs.pk}))
        )
    theirs.refresh_from_db()
    assert theirs.status == Status.READY
    assert RosterImport.objects.count() == 1
    # A trainee without any role does not reach the admin at all.
    client.force_login(UserFactory())
    response = client.get(reverse("training_roster_import_detail", kwargs={"import_id": theirs.pk}))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_validate_service_does_nothing_twice(world):
    imp = upload(world, csv_bytes([person(1)]))
    preview = imp.preview
    again = roster_import_validate(import_id=imp.pk)
    assert again.status == Status.READY and again.preview == preview and again.attempts == 1


def test_withdrawn_person_comes_back_on_their_own_row(world, django_capture_on_commit_callbacks):
    enrollment = enrolled(world.cohort_a)
    profile = enrollment.trainee
    enrollment_set_status(
        actor=world.admin_a, enrollment_id=enrollment.pk, status=Enrollment.Status.WITHDRAWN
    )
    rows = [person(1, email=profile.user.email, curp=profile.curp, gender=""), person(2)]
    imp = upload(world, csv_bytes(rows))
    assert [r["action"] for r in imp.preview] == [Action.ENROLL, Action.CREATE]
    with django_capture_on_commit_callbacks(execute=True):
        imp = roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    assert imp.status == Status.APPLIED
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ENROLLED
    assert Enrollment.objects.filter(trainee=profile).count() == 1
    world.cohort_a.refresh_from_db()
    assert (world.cohort_a.enrolled_count, world.cohort_a.waitlist_count) == (2, 0)
    history = EnrollmentChange.objects.filter(enrollment__cohort=world.cohort_a)
    assert history.filter(to_status=Enrollment.Status.ENROLLED).count() == 3
    assert history.filter(note="Roster import: lista.csv").count() == 1


def test_someone_in_another_cohort_of_the_course_is_an_error(world, home):
    sibling = cohort(world.cohort_a.course, cluster=world.a)
    taken = enrolled(sibling).trainee
    imp = upload(world, csv_bytes([person(1, email=taken.user.email, curp=taken.curp)]))
    assert imp.status == Status.INVALID
    assert errors_of(imp)[0][2] == "Already signed up for another cohort of this course."


def test_emails_go_out_in_batches_once(
    world, monkeypatch, django_capture_on_commit_callbacks, mailoutbox
):
    monkeypatch.setattr(imports.emails, "EMAIL_BATCH", 2)
    imp = upload(world, csv_bytes([person(n) for n in range(1, 6)]))
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        imp = roster_import_confirm(actor=world.admin_a, import_id=imp.pk)
    imp.refresh_from_db()
    assert imp.emails_cursor == 5 and imp.emails_sent_at is not None
    recipients = sorted(r for m in mailoutbox for r in m.to)
    assert recipients == sorted(f"persona{n}@example.com" for n in range(1, 6) for _ in (1, 2))
    with django_capture_on_commit_callbacks(execute=True):
        assert send_roster_import_emails.delay(imp.pk).get() == 0
    assert len(mailoutbox) == 10


def test_lost_jobs_are_handed_over_later(world, django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    from training.tasks import requeue_roster_imports

    rows = [person(n) for n in range(1, imports.INLINE_ROWS + 2)]
    with django_capture_on_commit_callbacks(execute=False):
        imp = upload(world, csv_bytes(rows))  # the broker was down: the check never ran
    assert imp.status == Status.UPLOADED
    assert requeue_roster_imports.delay().get() == 0  # too recent to call it lost
    RosterImport.objects.filter(pk=imp.pk).update(created_at=timezone.now() - timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_roster_imports.delay().get() == 1
    imp.refresh_from_db()
    assert imp.status == Status.READY

    with django_capture_on_commit_callbacks(execute=False):
        roster_import_confirm(actor=world.admin_a, import_id=imp.pk)  # the apply job is lost
    RosterImport.objects.filter(pk=imp.pk).update(claimed_at=timezone.now() - timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_roster_imports.delay().get() == 1
    imp.refresh_from_db()
    assert imp.status == Status.APPLIED
    assert Enrollment.objects.filter(cohort=world.cohort_a).count() == len(rows)
