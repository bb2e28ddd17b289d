"""A certificate, end to end in a real browser (issue 6).

A trainee of an online course passes its assessment, which completes her
enrollment; her certificate is issued at once (tasks run eagerly in tests). On
"My certificates" she finds it valid, downloads the PDF (her name, with its
accents, is in it) and has it by email too. Logged out, anyone who scans the QR
code printed on the PDF lands on the public verification page, which says the
certificate is valid. A cluster admin revokes it with a reason in the Wagtail
admin; the same page, and its JSON, now say revoked, and why.

The pages are the English ones (the browser asks for en-US); every URL comes
from reverse() in English or from the QR code itself, never typed.
"""

import io
import re
import time
from datetime import timedelta
from urllib.parse import urlsplit

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import Page, expect

from certificates.keys import public_base_url
from certificates.models import Certificate
from clusters.models import ClusterRole
from clusters.services import role_grant
from cms.roles import user_groups_sync
from core.models import OutgoingEmail
from tests.certificates.factories import template
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.courses.factories import translate
from tests.training.factories import cohort, enrolled, online_course, trainee
from training.models import Enrollment

pytestmark = [
    pytest.mark.browser,
    # serialized_rollback: a transactional test empties the database afterwards; this
    # restores the rows data migrations made (the home page, the default Site) first.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "Correct-Horse-9"  # UserFactory's password
TITLE_EN = "Six Sigma online: Define and Measure"
REASON = "The assessment was taken by someone else."


def url_of(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def english(page, **fields):
    translated = translate(page, **fields)
    translated.refresh_from_db()  # its URL path changed with the slug when it was published
    return translated


def log_in(page: Page, url: str, email: str) -> None:
    """Through allauth's login page, to `url` (a page, or /admin/ that redirects there)."""
    page.goto(url)
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()


def log_out(page: Page) -> None:
    page.locator("header.site-header").get_by_role("link", name="Log out").click()
    page.get_by_role("button", name="Sign Out").click()
    expect(page.locator("header.site-header").get_by_role("link", name="Log in")).to_be_visible()


def wait_for_email(to: str, subject: str, timeout: float = 5.0):
    """The message to `to` whose subject starts with `subject` (sent after commit)."""
    deadline = time.monotonic() + timeout
    while True:
        for message in mail.outbox:
            if to in message.to and message.subject.startswith(subject):
                return message
        if time.monotonic() > deadline:
            sent = [(m.to, m.subject) for m in mail.outbox]
            pytest.fail(f"no email “{subject}…” to {to}; outbox: {sent}")
        time.sleep(0.1)


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def qr_texts(pdf: bytes) -> list[str]:
    """What the QR codes on the first page say, read from the rendered page like a phone."""
    image = pdfium.PdfDocument(pdf)[0].render(scale=3).to_pil()
    return [barcode.text for barcode in zxingcpp.read_barcodes(image)]


def test_certificate_is_issued_verified_by_qr_and_revoked(
    page: Page, live_server, home, screenshot
):
    base = live_server.url
    cluster = ClusterFactory(slug="nuevo-leon", name="Clúster Automotriz de Nuevo León")
    template(cluster)
    course = online_course(
        home, lessons=1, title="Six Sigma en línea: Definir y Medir", code="SS-101"
    )
    course_en = english(course, title=TITLE_EN, slug="six-sigma-online")
    [lesson] = course.get_children().specific()
    english(
        lesson,
        title="Voice of the customer",
        slug="voice-of-the-customer",
        body=[("paragraph", "<p>Listen to the customer first.</p>")],
    )
    today = timezone.localdate()
    group = cohort(
        course,
        cluster=cluster,
        modality="online",
        online_url="https://meet.example.com/six-sigma",
        starts_on=today - timedelta(days=7),
        ends_on=today + timedelta(days=7),
    )
    profile = trainee(group, given_names="Diana", paternal_surname="Treviño")
    profile.user.language = "en"  # her certificate and its email are in English
    profile.user.save(update_fields=["language"])
    holder = profile.full_name  # "Diana Treviño Núñez"
    enrollment = enrolled(group, profile)
    admin = UserFactory(email="admin.nuevoleon@example.com")
    role_grant(actor=None, user=admin, cluster=cluster, role=ClusterRole.Role.CLUSTER_ADMIN)
    user_groups_sync(admin, cluster)  # the on-commit signal does it too; make sure
    main = page.locator("main")
    messages = page.locator(".messages")

    # 1. She logs in, completes the lesson and passes the assessment: the course is done.
    log_in(page, f"{base}{url_of('account_login')}?next={course_en.url}", profile.user.email)
    expect(page).to_have_url(f"{base}{course_en.url}")
    main.get_by_role("link", name="Voice of the customer").click()
    main.get_by_role("button", name="Mark this lesson as completed").click()
    expect(messages).to_contain_text("Lesson marked as completed.")
    main.locator("section.lesson-progress").get_by_role("link", name="Take the assessment").click()
    main.get_by_label("Definir").check()
    main.get_by_label("Análisis del sistema de medición").check()
    main.get_by_label("Capacidad del proceso").check()
    main.get_by_role("button", name="Submit attempt 1").click()
    expect(main.locator(".attempt-result")).to_contain_text("You passed the assessment.")
    screenshot("certificate-assessment-passed")
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED

    # 2. Her certificate was issued at once: "My certificates" shows it valid, with its code.
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.status == Certificate.Status.VALID
    page.locator("header.site-header").get_by_role("link", name="My certificates").click()
    expect(page).to_have_url(f"{base}{url_of('my_certificates')}")
    expect(main.get_by_role("heading", level=1)).to_have_text("My certificates")
    item = main.locator("li.certificate", has_text=TITLE_EN)
    expect(item.locator(".badge")).to_have_text("Valid")
    expect(item.locator(".certificate__code")).to_contain_text(certificate.display_code)
    screenshot("certificate-my-certificates-valid")

    # She downloads the PDF: a real PDF, with her name (accents and all) and the course.
    with page.expect_download() as download_info:
        item.get_by_role("link", name=re.compile(r"^Download PDF")).click()
    pdf = download_info.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    assert holder in text
    assert TITLE_EN in text

    # The same PDF came by email, with the link to check it.
    message = wait_for_email(profile.user.email, "Your certificate for")
    assert TITLE_EN in message.subject
    assert [(name, kind) for name, _content, kind in message.attachments] == [
        (f"{certificate.code}.pdf", "application/pdf")
    ]
    assert message.attachments[0][1] == pdf
    assert f"/verify/{certificate.code}/" in message.body
    assert OutgoingEmail.objects.filter(
        recipients__contains=profile.user.email, subject__startswith="Your certificate for"
    ).exists()

    # 3. Logged out, anyone scanning the QR code on the PDF sees it valid.
    log_out(page)
    [qr_url] = qr_texts(pdf)
    assert qr_url == f"{public_base_url()}/verify/{certificate.code}/"
    verify_url = base + urlsplit(qr_url).path  # the QR names the public host, not live_server
    page.goto(verify_url)
    status = main.get_by_role("status")
    expect(main.get_by_role("heading", level=1)).to_have_text("Certificate verification")
    expect(status).to_contain_text("Valid certificate")
    expect(main.locator(".verify-facts__holder")).to_have_text(holder)
    expect(main.locator(".verify-facts")).to_contain_text(f"{TITLE_EN} (SS-101)")
    expect(main.locator(".verify-facts")).to_contain_text(cluster.name)
    screenshot("certificate-verify-valid")

    # 4. A cluster admin revokes it in the Wagtail admin, with a reason.
    log_in(page, f"{base}/admin/", admin.email)
    expect(page).to_have_url(f"{base}/admin/")
    sidebar = page.locator("#wagtail-sidebar")
    sidebar.get_by_role("button", name="Certificates").click()
    sidebar.get_by_role("link", name="Certificates", exact=True).click()
    expect(page).to_have_url(f"{base}{reverse('certificates:index')}")
    page.get_by_role("link", name=holder).click()
    expect(page).to_have_url(f"{base}{reverse('certificates:inspect', args=[certificate.pk])}")
    screenshot("certificate-admin-detail")
    revoke = page.locator("form", has=page.get_by_role("button", name="Revoke", exact=True))
    revoke.get_by_label("Reason").fill(REASON)
    revoke.get_by_role("button", name="Revoke", exact=True).click()
    expect(page.locator(".messages")).to_contain_text(f"Certificate of {holder} revoked.")
    expect(page.get_by_text(REASON).first).to_be_visible()
    screenshot("certificate-admin-revoked")
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revoked_by_id == admin.pk

    # 5. Anonymous again: the QR's page says revoked, and why; so does its JSON.
    page.context.clear_cookies()
    page.goto(verify_url)
    expect(status).to_contain_text("Revoked on")
    expect(status).to_contain_text(f"Reason: {REASON}")
    expect(status).not_to_contain_text("Valid certificate")
    expect(main.locator(".verify-facts__holder")).to_have_text(holder)
    screenshot("certificate-verify-revoked")
    response = page.request.get(f"{base}{url_of('certificate_verify_json', code=certificate.code)}")
    assert response.ok
    assert response.json()["status"] == "revoked"
