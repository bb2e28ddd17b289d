"""The Wagtail admin of certificates (issue 6): templates, the listing, a certificate's
actions, a cohort's bulk issue and its ZIP of PDFs.

Decompression bombs and non-images are refused by Wagtail's image upload, which the
template's logo, background and signature choosers use: see
tests/courses/test_image_uploads.py::test_decompression_bomb_is_refused. Here we
check that chosen images show on the template's form.
"""

import io
import zipfile
from datetime import timedelta

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image as PILImage
from wagtail.images import get_image_model

from certificates import bundles, services
from certificates.models import (
    Certificate,
    CertificateBundle,
    CertificateEvent,
    CertificateTemplate,
    Kind,
)
from certificates.tasks import build_certificate_bundle
from clusters.models import ClusterRole, User
from clusters.services import role_grant
from tests.certificates.factories import certificate, completed_enrollment, template
from tests.clusters.factories import ClusterFactory, UserFactory
from tests.training.factories import enrolled, trainee
from training.models import Enrollment

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(client):
    """The admin in English (its Spanish is checked by the translation catalogue)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


Status = Certificate.Status
Action = CertificateEvent.Action
Role = ClusterRole.Role
BACKEND = "django.contrib.auth.backends.ModelBackend"
TEMPLATES = "wagtailsnippets_certificates_certificatetemplate"


# --- Helpers -----------------------------------------------------------------------


def grant(capture, user, cluster, role=Role.CLUSTER_ADMIN) -> User:
    """A role through the service; cms mirrors it into Wagtail groups on commit."""
    with capture(execute=True):
        role_grant(actor=None, user=user, cluster=cluster, role=role)
    return User.objects.get(pk=user.pk)


def network_admin() -> User:
    from cms.roles import network_admin_group_sync

    user = UserFactory()
    user.groups.add(network_admin_group_sync())
    return User.objects.get(pk=user.pk)


def login(client, user):
    client.force_login(user, backend=BACKEND)
    return client


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def build_world(home, capture) -> dict:
    """Two clusters, each with a cohort that ended last week, a completed enrollment and its
    valid certificate; admins of A and B, an instructor of A's cohort, the holder of A's."""
    a, b = ClusterFactory(short_name="ALFA"), ClusterFactory(short_name="BRAVO")
    enrollment_a = completed_enrollment(home, cluster=a)
    enrollment_b = completed_enrollment(home, cluster=b)
    cohort_a, cohort_b = enrollment_a.cohort, enrollment_b.cohort
    admin_a = grant(capture, UserFactory(), a)
    admin_b = grant(capture, UserFactory(), b)
    instructor_a = grant(capture, UserFactory(), a, Role.INSTRUCTOR)
    cohort_a.instructors.add(instructor_a)
    return {
        "a": a,
        "b": b,
        "cohort_a": cohort_a,
        "cohort_b": cohort_b,
        "enrollment_a": enrollment_a,
        "enrollment_b": enrollment_b,
        "cert_a": certificate(enrollment=enrollment_a, holder_name="María José Núñez Peña"),
        "cert_b": certificate(enrollment=enrollment_b, holder_name="Pedro Bravo Sánchez"),
        "template_a": template(a, name="Plantilla Alfa"),
        "template_b": template(b, name="Plantilla Bravo"),
        "admin_a": admin_a,
        "admin_b": admin_b,
        "instructor_a": instructor_a,
        "trainee_a": enrollment_a.trainee.user,
        "network_admin": network_admin(),
    }


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    return build_world(home, django_capture_on_commit_callbacks)


@pytest.fixture
def capture(django_capture_on_commit_callbacks):
    """Run what the request queued on commit (tasks run eagerly in tests)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def template_post(cluster, **changes) -> dict:
    data = {
        "cluster": cluster.pk if cluster else "",
        "kind": Kind.COMPLETION,
        "name": "Constancia Alfa 2025",
        "is_default": "on",
        "layout": CertificateTemplate.Layout.MODERN,
        "page_size": CertificateTemplate.PageSize.A4,
        "logo": "",
        "background": "",
        "title_es": "Constancia de acreditación",
        "title_en": "Certificate of completion",
        "wording_es": "por haber acreditado el curso",
        "wording_en": "for successfully completing the course",
        "footer_es": "",
        "footer_en": "",
        "signatories-TOTAL_FORMS": "1",
        "signatories-INITIAL_FORMS": "0",
        "signatories-MIN_NUM_FORMS": "1",
        "signatories-MAX_NUM_FORMS": "3",
        "signatories-0-id": "",
        "signatories-0-ORDER": "1",
        "signatories-0-name": "Ing. Raúl Ibáñez",
        "signatories-0-position_es": "Director general",
        "signatories-0-position_en": "Managing director",
        "signatories-0-signature": "",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def edit_post(existing: CertificateTemplate, **changes) -> dict:
    """The edit form's data of an existing template (with its one signatory)."""
    signatory = existing.signatories.get()
    data = template_post(
        existing.cluster,
        kind=existing.kind,
        name=existing.name,
        is_default="on" if existing.is_default else None,
        layout=existing.layout,
        page_size=existing.page_size,
        title_es=existing.title_es,
        title_en=existing.title_en,
        wording_es=existing.wording_es,
        wording_en=existing.wording_en,
        **{
            "signatories-INITIAL_FORMS": "1",
            "signatories-0-id": str(signatory.pk),
            "signatories-0-name": signatory.name,
            "signatories-0-position_es": signatory.position_es,
            "signatories-0-position_en": signatory.position_en,
        },
    )
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def image(title="Logo Alfa"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (400, 200), "#0055aa").save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=SimpleUploadedFile("logo.png", buffer.getvalue(), "image/png")
    )


# --- Templates ---------------------------------------------------------------------


def test_a_cluster_admin_creates_a_template_for_their_cluster_only(client, world):
    login(client, world["admin_a"])
    form = client.get(reverse(f"{TEMPLATES}:add")).context["form"]
    assert list(form.fields["cluster"].queryset) == [world["a"]]
    assert form.fields["cluster"].required

    CertificateTemplate.objects.filter(cluster=world["a"]).delete()
    response = client.post(reverse(f"{TEMPLATES}:add"), template_post(world["a"]))
    assert response.status_code == 302, response.context and response.context["form"].errors
    made = CertificateTemplate.objects.get(name="Constancia Alfa 2025")
    assert (made.cluster, made.kind, made.is_default, made.layout) == (
        world["a"],
        Kind.COMPLETION,
        True,
        "modern",
    )
    assert [s.name for s in made.signatories.all()] == ["Ing. Raúl Ibáñez"]


def test_a_cluster_admin_cannot_make_a_template_for_another_cluster_or_the_network(client, world):
    login(client, world["admin_a"])
    before = CertificateTemplate.objects.count()
    for cluster in (world["b"], None):
        response = client.post(reverse(f"{TEMPLATES}:add"), template_post(cluster, is_default=None))
        assert response.status_code == 200
        assert response.context["form"].errors["cluster"]
    assert CertificateTemplate.objects.count() == before


def test_a_network_admin_may_leave_the_cluster_empty_for_a_network_template(client, world):
    login(client, world["network_admin"])
    response = client.post(reverse(f"{TEMPLATES}:add"), template_post(None))
    assert response.status_code == 302
    assert CertificateTemplate.objects.get(name="Constancia Alfa 2025").cluster is None


def test_a_second_default_of_the_same_cluster_and_kind_is_a_form_error(client, world):
    login(client, world["admin_a"])
    response = client.post(reverse(f"{TEMPLATES}:add"), template_post(world["a"]))
    assert response.status_code == 200
    errors = response.context["form"].errors["is_default"]
    assert world["template_a"].name in errors[0]
    assert CertificateTemplate.objects.filter(cluster=world["a"]).count() == 1

    # Not the default: saved; another kind: its own default.
    assert (
        client.post(
            reverse(f"{TEMPLATES}:add"), template_post(world["a"], is_default=None)
        ).status_code
        == 302
    )
    participation = template_post(world["a"], kind=Kind.PARTICIPATION, name="Participación")
    assert client.post(reverse(f"{TEMPLATES}:add"), participation).status_code == 302

    # Editing the non-default one into a default clashes too.
    spare = CertificateTemplate.objects.get(name="Constancia Alfa 2025")
    response = client.post(
        reverse(f"{TEMPLATES}:edit", args=[spare.pk]), edit_post(spare, is_default="on")
    )
    assert response.status_code == 200
    assert response.context["form"].errors["is_default"]
    spare.refresh_from_db()
    assert not spare.is_default


def test_a_race_on_the_default_constraint_becomes_a_form_error_not_a_500(
    client, world, monkeypatch
):
    """clean() cannot see a default saved after it ran: the database's partial unique
    constraint refuses the row (PostgreSQL; SQLite cannot declare it, so the refusal is
    simulated) and the form shows it."""
    from certificates import admin_forms

    def refused(self, *args, **kwargs):
        raise IntegrityError("certificate_template_one_default")

    login(client, world["admin_a"])
    monkeypatch.setattr(
        admin_forms.CertificateTemplateAdminForm, "clean", lambda self: self.cleaned_data
    )
    monkeypatch.setattr(
        CertificateTemplate, "validate_constraints", lambda self, exclude=None: None
    )
    monkeypatch.setattr(CertificateTemplate, "save", refused)
    response = client.post(reverse(f"{TEMPLATES}:add"), template_post(world["a"]))
    assert response.status_code == 200
    assert response.context["form"].errors["is_default"]
    assert CertificateTemplate.objects.filter(cluster=world["a"]).count() == 1


def test_a_cluster_admin_edits_their_template_and_sees_the_chosen_images(client, world):
    logo = image("Logo Alfa")
    existing = world["template_a"]
    login(client, world["admin_a"])
    response = client.post(
        reverse(f"{TEMPLATES}:edit", args=[existing.pk]),
        edit_post(existing, logo=str(logo.pk), wording_es="por acreditar el curso completo"),
    )
    assert response.status_code == 302, response.context and response.context["form"].errors
    existing.refresh_from_db()
    assert existing.logo == logo
    assert existing.wording_es == "por acreditar el curso completo"

    page = client.get(reverse(f"{TEMPLATES}:edit", args=[existing.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Logo Alfa" in html
    assert "/images/" in html  # the chooser's preview rendition


def test_the_templates_listing_shows_only_the_admins_clusters(client, world):
    template(None, name="Plantilla de la red")
    login(client, world["admin_a"])
    html = client.get(reverse(f"{TEMPLATES}:list")).content.decode()
    assert world["template_a"].name in html
    assert "Plantilla de la red" not in html
    assert world["b"].short_name not in html


# --- The certificates listing --------------------------------------------------------


def test_the_listing_filters_by_status_cluster_kind_and_search(client, world):
    failed = certificate(
        enrollment=completed_enrollment(None, course=world["cohort_a"].course, cluster=world["a"]),
        status=Status.FAILED,
        holder_name="Lucía Fallida Ortiz",
        last_error="RuntimeError: the renderer ran out of fonts",
    )
    login(client, world["network_admin"])
    index = reverse("certificates:index")

    html = client.get(index).content.decode()
    assert "María José Núñez Peña" in html and "Pedro Bravo Sánchez" in html

    html = client.get(index, {"status": "failed"}).content.decode()
    assert "Lucía Fallida Ortiz" in html
    assert "the renderer ran out of fonts" in html
    assert "María José Núñez Peña" not in html

    html = client.get(index, {"cluster": world["b"].pk}).content.decode()
    assert "Pedro Bravo Sánchez" in html and "María José Núñez Peña" not in html

    html = client.get(index, {"kind": "participation"}).content.decode()
    assert "Pedro Bravo Sánchez" not in html and "María José Núñez Peña" not in html

    html = client.get(index, {"q": "núñez"}).content.decode()
    assert "María José Núñez Peña" in html and "Pedro Bravo Sánchez" not in html

    code = world["cert_b"].display_code.lower()  # as printed, typed in lower case
    html = client.get(index, {"q": code}).content.decode()
    assert "Pedro Bravo Sánchez" in html and "María José Núñez Peña" not in html
    assert failed.pk


def test_the_listing_filtered_by_a_cohort_offers_its_certificates_page(client, world):
    login(client, world["admin_a"])
    response = client.get(reverse("certificates:index"), {"cohort": world["cohort_a"].pk})
    html = response.content.decode()
    assert "María José Núñez Peña" in html
    assert reverse("certificates:cohort", kwargs={"cohort_id": world["cohort_a"].pk}) in html


def test_a_cluster_admin_lists_only_their_clusters_certificates(client, world):
    login(client, world["admin_a"])
    html = client.get(reverse("certificates:index")).content.decode()
    assert "María José Núñez Peña" in html
    assert "Pedro Bravo Sánchez" not in html


# --- A certificate's page and actions -------------------------------------------------


def test_the_detail_page_shows_the_facts_history_and_the_pdf(client, world, monkeypatch):
    monkeypatch.setattr(services, "render_pdf", lambda certificate: b"%PDF-1.4 test")
    cert = world["cert_a"]
    CertificateEvent.objects.create(certificate=cert, action=Action.ISSUED)
    login(client, world["admin_a"])
    page = client.get(reverse("certificates:inspect", args=[cert.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    for text in ("María José Núñez Peña", cert.display_code, cert.course_code, "Issued"):
        assert text in html
    assert 'action="{}"'.format(reverse("certificates:revoke", args=[cert.pk])) in html

    pdf = client.get(reverse("certificates:pdf", args=[cert.pk]))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content == b"%PDF-1.4 test"


def test_revoking_needs_a_reason_then_revokes_and_logs_it(client, world, capture):
    cert = world["cert_a"]
    login(client, world["admin_a"])
    url = reverse("certificates:revoke", args=[cert.pk])

    response = client.post(url, {"revoke-reason": "  "}, follow=True)
    assert any("Say why" in m for m in messages_of(response))
    cert.refresh_from_db()
    assert cert.status == Status.VALID

    with capture():
        response = client.post(url, {"revoke-reason": "Datos falsos en el registro"}, follow=True)
    cert.refresh_from_db()
    assert cert.status == Status.REVOKED
    assert cert.revoked_reason == "Datos falsos en el registro"
    assert cert.revoked_by == world["admin_a"]
    event = cert.events.get(action=Action.REVOKED)
    assert (event.actor, event.reason) == (world["admin_a"], "Datos falsos en el registro")
    assert any("revoked" in m for m in messages_of(response))


def test_revoking_is_post_only(client, world):
    login(client, world["admin_a"])
    response = client.get(reverse("certificates:revoke", args=[world["cert_a"].pk]))
    assert response.status_code == 405


def test_reissuing_takes_a_new_snapshot_and_issues_it_again(client, world, capture):
    cert = world["cert_a"]
    profile = cert.trainee
    profile.given_names = "María Josefa"
    profile.save()
    login(client, world["admin_a"])
    with capture():
        response = client.post(
            reverse("certificates:reissue", args=[cert.pk]),
            {"reissue-reason": "Nombre corregido"},
            follow=True,
        )
    assert response.status_code == 200
    cert.refresh_from_db()
    assert cert.revision == 2
    assert cert.holder_name.startswith("María Josefa")
    assert cert.status == Status.VALID
    assert cert.events.filter(action=Action.REISSUED, reason="Nombre corregido").exists()


def test_a_refusal_of_the_service_is_shown_as_an_error_message(client, world):
    cert = world["cert_a"]
    Certificate.objects.filter(pk=cert.pk).update(status=Status.PENDING)
    login(client, world["admin_a"])
    response = client.post(
        reverse("certificates:reissue", args=[cert.pk]),
        {"reissue-reason": "Nueva plantilla"},
        follow=True,
    )
    assert any("being issued right now" in m for m in messages_of(response))
    cert.refresh_from_db()
    assert cert.revision == 1


def test_retrying_a_failed_certificate_issues_it(client, world, capture):
    cert = world["cert_a"]
    Certificate.objects.filter(pk=cert.pk).update(
        status=Status.FAILED, attempts=3, last_error="OSError: disk full"
    )
    login(client, world["admin_a"])
    page = client.get(reverse("certificates:inspect", args=[cert.pk])).content.decode()
    assert "OSError: disk full" in page
    assert reverse("certificates:retry", args=[cert.pk]) in page

    with capture():
        client.post(reverse("certificates:retry", args=[cert.pk]), {"retry-reason": ""})
    cert.refresh_from_db()
    assert cert.status == Status.VALID
    assert cert.last_error == ""
    event = cert.events.get(action=Action.RETRIED)
    assert event.actor == world["admin_a"]


# --- A cohort: issue them all, progress, ZIP ------------------------------------------


def cohort_with_outcomes(world):
    """Cohort A with one more completed trainee and one who did not complete."""
    cohort = world["cohort_a"]
    done = enrolled(cohort, trainee(cohort, given_names="Ángel"))
    failed = enrolled(cohort, trainee(cohort, given_names="Íñigo"))
    Enrollment.objects.filter(pk=done.pk).update(status=Enrollment.Status.COMPLETED)
    Enrollment.objects.filter(pk=failed.pk).update(status=Enrollment.Status.NOT_COMPLETED)
    return cohort


def test_issuing_for_a_cohort_issues_every_earned_certificate(client, world, capture):
    cohort = cohort_with_outcomes(world)
    login(client, world["admin_a"])
    page = client.get(reverse("certificates:cohort", kwargs={"cohort_id": cohort.pk}))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'role="status"' in html and 'aria-live="polite"' in html
    assert "1 not requested yet" in html

    with capture():
        response = client.post(
            reverse("certificates:cohort_issue", kwargs={"cohort_id": cohort.pk}), follow=True
        )
    [message] = messages_of(response)
    assert "1 certificates queued now, 1 already requested" in message
    assert "1 people earn none" in message
    assert Certificate.objects.filter(enrollment__cohort=cohort, status=Status.VALID).count() == 2

    progress = client.get(
        reverse("certificates:cohort_progress", kwargs={"cohort_id": cohort.pk})
    ).json()
    assert progress["counts"]["valid"] == 2
    assert (progress["pending"], progress["missing"], progress["earning"]) == (0, 0, 2)


def zip_names(bundle) -> dict[str, bytes]:
    with default_storage.open(bundle.file, "rb") as handle:
        content = handle.read()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_zip_holds_one_pdf_per_valid_certificate(client, world, capture):
    cohort = cohort_with_outcomes(world)
    with capture():
        services.certificates_request_for_cohort(actor=None, cohort_id=cohort.pk)
    revoked = certificate(
        enrollment=completed_enrollment(None, course=cohort.course, cluster=world["a"]),
        status=Status.REVOKED,
        revoked_at=timezone.now(),
    )
    Enrollment.objects.filter(pk=revoked.enrollment_id).update(cohort=cohort)
    valid = list(Certificate.objects.filter(enrollment__cohort=cohort, status=Status.VALID))
    assert len(valid) == 2

    login(client, world["admin_a"])
    with capture():
        response = client.post(
            reverse("certificates:bundle_request", kwargs={"cohort_id": cohort.pk})
        )
    bundle = CertificateBundle.objects.get()
    assert response["Location"] == reverse("certificates:bundle", kwargs={"bundle_id": bundle.pk})
    assert (bundle.status, bundle.total, bundle.done, bundle.attempts) == ("done", 2, 2, 1)
    assert bundle.file == f"certificate-bundles/{bundle.pk}.zip"
    assert bundle.requested_by == world["admin_a"]

    files = zip_names(bundle)
    assert sorted(files) == sorted(f"{bundles.entry_name(c)}" for c in valid)
    assert all(content.startswith(b"%PDF") for content in files.values())
    assert not any(revoked.code in name for name in files)

    page = client.get(response["Location"]).content.decode()
    assert "<progress" in page and 'aria-labelledby="bundle-progress-label"' in page
    download_url = reverse("certificates:bundle_download", kwargs={"bundle_id": bundle.pk})
    assert download_url in page
    download = client.get(download_url)
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert "attachment" in download["Content-Disposition"]
    assert zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content))).namelist()


def test_asking_twice_while_a_zip_is_being_built_returns_the_same_one(client, world, capture):
    cohort = world["cohort_a"]
    running = CertificateBundle.objects.create(
        cohort=cohort, status=CertificateBundle.Status.RUNNING, total=1, attempts=1
    )
    login(client, world["admin_a"])
    with capture() as queued:
        response = client.post(
            reverse("certificates:bundle_request", kwargs={"cohort_id": cohort.pk}), follow=True
        )
    assert CertificateBundle.objects.count() == 1
    assert response.redirect_chain[-1][0] == reverse(
        "certificates:bundle", kwargs={"bundle_id": running.pk}
    )
    assert any("already being built" in m for m in messages_of(response))
    assert queued == []  # a fresh running build is not queued twice
    progress = client.get(
        reverse("certificates:bundle_progress", kwargs={"bundle_id": running.pk})
    ).json()
    assert (progress["active"], progress["done"], progress["total"]) == (True, 0, 1)
    assert progress["download_url"] is None


def test_a_done_bundle_is_not_rebuilt(world, capture):
    with capture():
        bundle = bundles.bundle_request(actor=None, cohort_id=world["cohort_a"].pk)
    bundle.refresh_from_db()
    assert bundle.status == "done"
    built_at = bundle.finished_at
    assert build_certificate_bundle.delay(bundle.pk).get() == "done"
    bundle.refresh_from_db()
    assert (bundle.attempts, bundle.finished_at) == (1, built_at)


def test_a_failing_build_counts_its_attempts_and_stops_after_three(world, monkeypatch):
    def broken(certificate):
        raise OSError("storage unavailable")

    monkeypatch.setattr(services, "pdf_bytes", broken)
    bundle = CertificateBundle.objects.create(cohort=world["cohort_a"], total=1)
    for attempt in (1, 2):
        with pytest.raises(OSError):
            bundles.bundle_build(bundle_id=bundle.pk)
        bundle.refresh_from_db()
        assert (bundle.status, bundle.attempts) == ("queued", attempt)
        assert "storage unavailable" in bundle.error
    bundles.bundle_build(bundle_id=bundle.pk)
    bundle.refresh_from_db()
    assert (bundle.status, bundle.attempts) == ("failed", 3)
    assert bundles.bundle_build(bundle_id=bundle.pk).attempts == 3  # nothing more


def test_in_process_a_failed_build_is_shown_as_failed(client, world, monkeypatch, capture):
    def broken(certificate):
        raise OSError("storage unavailable")

    monkeypatch.setattr(services, "pdf_bytes", broken)
    login(client, world["admin_a"])
    with capture():
        client.post(
            reverse("certificates:bundle_request", kwargs={"cohort_id": world["cohort_a"].pk})
        )
    bundle = CertificateBundle.objects.get()
    assert bundle.status == "failed"
    page = client.get(reverse("certificates:bundle", kwargs={"bundle_id": bundle.pk}))
    assert "storage unavailable" in page.content.decode()
    # A new request starts a new bundle.
    monkeypatch.undo()
    with capture():
        client.post(
            reverse("certificates:bundle_request", kwargs={"cohort_id": world["cohort_a"].pk})
        )
    assert CertificateBundle.objects.filter(status="done").count() == 1


def test_a_stale_running_bundle_is_queued_again_when_asked(world, capture):
    stale = CertificateBundle.objects.create(
        cohort=world["cohort_a"], status=CertificateBundle.Status.RUNNING, total=1, attempts=1
    )
    CertificateBundle.objects.filter(pk=stale.pk).update(
        updated_at=timezone.now() - timedelta(minutes=10)
    )
    with capture():
        again = bundles.bundle_request(actor=None, cohort_id=world["cohort_a"].pk)
    assert again.pk == stale.pk
    stale.refresh_from_db()
    assert (stale.status, stale.attempts) == ("done", 2)


def test_no_zip_without_valid_certificates(client, world):
    Certificate.objects.filter(pk=world["cert_a"].pk).update(
        status=Status.REVOKED, revoked_at=timezone.now()
    )
    login(client, world["admin_a"])
    response = client.post(
        reverse("certificates:bundle_request", kwargs={"cohort_id": world["cohort_a"].pk}),
        follow=True,
    )
    assert any("no valid certificates" in m for m in messages_of(response))
    assert not CertificateBundle.objects.exists()


def test_the_certificates_menu_shows_to_those_who_read_certificates(client, world):
    index, templates = reverse("certificates:index"), reverse(f"{TEMPLATES}:list")
    login(client, world["admin_a"])
    html = client.get("/admin/").content.decode()
    assert index in html and templates in html
    login(client, world["instructor_a"])
    html = client.get("/admin/").content.decode()
    assert index in html and templates not in html


def test_a_cluster_admin_issues_one_certificate_by_hand_with_a_reason(
    client, home, django_capture_on_commit_callbacks
):
    enrollment = completed_enrollment(home)
    Enrollment.objects.filter(pk=enrollment.pk).update(status=Enrollment.Status.NOT_COMPLETED)
    admin = grant(django_capture_on_commit_callbacks, UserFactory(), enrollment.cluster)
    login(client, admin)
    cohort_page = reverse("certificates:cohort", kwargs={"cohort_id": enrollment.cohort_id})
    assert enrollment.trainee.full_name in client.get(cohort_page).content.decode()
    issue = reverse(
        "certificates:enrollment_issue",
        kwargs={"cohort_id": enrollment.cohort_id, "enrollment_id": enrollment.pk},
    )
    # Not completed: a clear refusal, nothing issued.
    response = client.post(issue, {"issue-reason": "Lo pidió la empresa"}, follow=True)
    assert any("has not been completed" in m for m in messages_of(response))
    assert not Certificate.objects.exists()
    # Completed: issued, and the reason is in its history.
    Enrollment.objects.filter(pk=enrollment.pk).update(status=Enrollment.Status.COMPLETED)
    assert client.post(issue, {"issue-reason": ""}).status_code == 302
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(issue, {"issue-reason": "El evento no llegó"})
    certificate = Certificate.objects.get()
    assert certificate.status == Certificate.Status.VALID
    assert CertificateEvent.objects.filter(
        certificate=certificate, action="requested", actor=admin, reason="El evento no llegó"
    ).exists()
    # Another cluster's admin cannot.
    other = UserFactory()
    role_grant(
        actor=None, user=other, cluster=ClusterFactory(), role=ClusterRole.Role.CLUSTER_ADMIN
    )
    client.force_login(other)
    assert client.post(issue, {"issue-reason": "x"}).status_code in (302, 403, 404)
    assert CertificateEvent.objects.filter(reason="x").count() == 0
