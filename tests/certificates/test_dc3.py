"""The DC-3: its data, what is missing, the PDF in the official layout, and who gets it."""

import io
import re
from datetime import date
from decimal import Decimal

import pypdf
import pytest
from django.urls import reverse
from django.utils import timezone, translation

from certificates.dc3 import Dc3Unavailable, dc3_for, dc3_queryset
from certificates.dc3_pdf import render_dc3_pdf, rfc_in_boxes
from certificates.models import Certificate, Kind
from clusters.models import ClusterRole, Company, TraineeProfile
from clusters.services import role_grant
from tests.certificates.factories import certificate, completed_enrollment
from tests.clusters.factories import (
    ClusterFactory,
    CompanyFactory,
    TraineeProfileFactory,
    UserFactory,
)
from tests.courses.factories import course_page
from tests.training.factories import instructor_of

pytestmark = pytest.mark.django_db


def ready(home, **profile_fields) -> Certificate:
    """A valid certificate of completion whose DC-3 data is all there."""
    cluster = ClusterFactory(
        name="Clúster Automotriz de Querétaro", stps_agent_registration="CAQ-120711-KX3-0013"
    )
    company = CompanyFactory(
        legal_name="Autopartes Ñandú S.A. de C.V.",
        clusters=[cluster],
        legal_representative="Lic. Laura Gómez",
    )
    values = {
        "given_names": "María José",
        "paternal_surname": "Núñez",
        "maternal_surname": "Ibáñez",
        "occupation_code": "04.6",
        "job_title": "Ingeniera de procesos",
        "cluster": cluster,
        "company": company,
    }
    values.update(profile_fields)
    profile = TraineeProfileFactory(**values)
    course = course_page(
        home, title="Seguridad en líneas de ensamble", dc3_thematic_area="6000", hours=Decimal(16)
    )
    enrollment = completed_enrollment(
        home,
        course=course,
        cluster=cluster,
        profile=profile,
        starts_on=date(2025, 3, 2),
        ends_on=date(2025, 3, 4),
    )
    return certificate(enrollment=enrollment)


def pdf_text(content: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def dc3_url(cert, language="es") -> str:
    with translation.override(language):
        return reverse("certificate_dc3", kwargs={"code": cert.code})


def profile_url(language="es") -> str:
    with translation.override(language):
        return reverse("profile")


# --- The data ------------------------------------------------------------------------


def test_the_dc3_gathers_every_field_of_the_form(home):
    cert = ready(home)
    teacher = instructor_of(cert.enrollment.cohort)
    TraineeProfileFactory(
        user=teacher, given_names="Roberto", paternal_surname="Sánchez", maternal_surname=""
    )
    dc3 = dc3_for(dc3_queryset().get(pk=cert.pk))
    assert dc3.missing == []
    assert dc3.worker_name == "Núñez Ibáñez María José"  # paterno, materno y nombre(s)
    assert (dc3.curp, dc3.occupation_code, dc3.occupation_label, dc3.job_title) == (
        cert.trainee.curp,
        "04.6",
        "04.6 Procesos industriales",
        "Ingeniera de procesos",
    )
    assert (dc3.company_name, dc3.rfc) == ("Autopartes Ñandú S.A. de C.V.", cert.company.rfc)
    assert (dc3.course_name, dc3.hours_text) == ("Seguridad en líneas de ensamble", "16")
    assert (dc3.starts_on, dc3.ends_on) == (date(2025, 3, 2), date(2025, 3, 4))
    assert (dc3.thematic_area, dc3.thematic_area_label) == ("6000", "6000 Seguridad")
    assert (dc3.agent_name, dc3.agent_registration) == (
        "Clúster Automotriz de Querétaro",
        "CAQ-120711-KX3-0013",
    )
    assert dc3.instructor_name == "Roberto Sánchez"
    assert dc3.employer_representative == "Lic. Laura Gómez"
    # Field 14 is only for companies with more than 50 workers.
    assert dc3.workers_representative == ""


def test_the_workers_representative_signs_only_for_more_than_50_workers(home):
    cert = ready(home)
    Company.objects.filter(pk=cert.company_id).update(
        workers_representative="Juan López", more_than_50_workers=False
    )
    assert dc3_for(dc3_queryset().get(pk=cert.pk)).workers_representative == ""
    Company.objects.filter(pk=cert.company_id).update(more_than_50_workers=True)
    assert dc3_for(dc3_queryset().get(pk=cert.pk)).workers_representative == "Juan López"


def test_each_missing_field_is_named(home):
    cert = ready(home, occupation_code="")
    TraineeProfile.objects.filter(pk=cert.trainee_id).update(curp=None)
    Company.objects.filter(pk=cert.company_id).update(rfc="")
    with translation.override("en"):
        dc3 = dc3_for(dc3_queryset().get(pk=cert.pk))
    assert dc3.missing == [
        "CURP of the trainee",
        "Occupation (Catálogo Nacional de Ocupaciones) of the trainee",
        "RFC of the company",
    ]
    assert not dc3.complete


def test_a_trainee_without_a_company_is_told_so(home):
    cert = ready(home)
    Certificate.objects.filter(pk=cert.pk).update(company=None)
    with translation.override("en"):
        dc3 = dc3_for(dc3_queryset().get(pk=cert.pk))
    assert dc3.missing == ["the trainee has no company on this enrollment"]


def test_participation_and_revoked_certificates_have_no_dc3(home):
    cert = ready(home)
    Certificate.objects.filter(pk=cert.pk).update(kind=Kind.PARTICIPATION)
    with translation.override("en"), pytest.raises(Dc3Unavailable) as refused:
        dc3_for(dc3_queryset().get(pk=cert.pk))
    assert "participation does not qualify" in str(refused.value)

    Certificate.objects.filter(pk=cert.pk).update(
        kind=Kind.COMPLETION, status=Certificate.Status.REVOKED, revoked_at=timezone.now()
    )
    with pytest.raises(Dc3Unavailable):
        dc3_for(dc3_queryset().get(pk=cert.pk))
    Certificate.objects.filter(pk=cert.pk).update(status=Certificate.Status.PENDING)
    with pytest.raises(Dc3Unavailable):
        dc3_for(dc3_queryset().get(pk=cert.pk))


# --- The PDF --------------------------------------------------------------------------


def test_the_pdf_carries_the_data_in_the_official_layout(home):
    cert = ready(home)
    dc3 = dc3_for(dc3_queryset().get(pk=cert.pk))
    content = render_dc3_pdf(dc3)
    reader = pypdf.PdfReader(io.BytesIO(content))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)  # letter portrait
    text = pdf_text(content)
    for expected in (
        "Núñez Ibáñez María José",
        cert.trainee.curp,
        cert.company.rfc,
        "Seguridad en líneas de ensamble",
        "Duración en horas 16",
        "6000 Seguridad",
        "04.6 Procesos industriales",
        "Autopartes Ñandú S.A. de C.V.",
        "Clúster Automotriz de Querétaro",
        "CAQ-120711-KX3-0013",
        "Lic. Laura Gómez",
        # The verbatim headings and labels.
        "DATOS DEL TRABAJADOR",
        "DATOS DE LA EMPRESA",
        "DATOS DEL PROGRAMA DE CAPACITACIÓN, ADIESTRAMIENTO Y PRODUCTIVIDAD",
        "Clave Única de Registro de Población",
        "Registro Federal de Contribuyentes con homoclave (SHCP)",
        "Nombre del agente capacitador o STPS 3/",
        "bajo protesta de decir verdad",
        "Patrón o representante legal 4/",
        "Representante de los trabajadores 5/",
        # The reverso.
        "CATÁLOGO NACIONAL DE OCUPACIONES",
        "11.3 Difusión cultural",
        "9000 Participación social",
    ):
        assert expected in text, expected
    # The period as Año/Mes/Día boxes: from 2025-03-02 to 2025-03-04.
    assert re.search(r"De Año 2025 Mes 03 Día 02 a Año 2025 Mes 03 Día 04", text), text
    # Nothing but text and rules: no images (so no logo), and the fonts are embedded.
    page = reader.pages[0]
    assert not page.images
    fonts = page["/Resources"]["/Font"]
    for font in (f.get_object() for f in fonts.values()):
        assert "BitstreamVera" in font["/BaseFont"]  # ReportLab embeds TTF subsets
        assert "/FontFile2" in font["/FontDescriptor"]


def test_a_company_rfc_of_12_characters_leaves_the_first_box_blank():
    assert rfc_in_boxes("ANA900101AB1") == " ANA900101AB1"
    assert rfc_in_boxes("GOML800101AB1") == "GOML800101AB1"


def test_markup_in_names_prints_literally(home):
    cert = ready(home, given_names="<script>alert(1)</script> <b>Ana</b>")
    text = pdf_text(render_dc3_pdf(dc3_for(dc3_queryset().get(pk=cert.pk))))
    assert "<script>alert(1)</script> <b>Ana</b>" in text


# --- The page -------------------------------------------------------------------------


def test_the_holder_downloads_their_dc3(client, home):
    cert = ready(home)
    client.force_login(cert.trainee.user)
    response = client.get(dc3_url(cert))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="DC-3-{cert.code}.pdf"'
    assert cert.trainee.curp in pdf_text(response.content)


def test_the_holder_is_told_what_is_missing_and_where_to_fill_it(client, home):
    cert = ready(home, occupation_code="")
    TraineeProfile.objects.filter(pk=cert.trainee_id).update(curp=None)
    client.force_login(cert.trainee.user)
    response = client.get(dc3_url(cert, "en"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    listed = response.text.split('class="missing-fields">')[1].split("</ul>")[0]
    items = re.findall(r"<li>(.*?)</li>", listed)
    assert items == [
        "CURP of the trainee",
        "Occupation (Catálogo Nacional de Ocupaciones) of the trainee",
    ]
    assert f'href="{profile_url("en")}?next=' in response.text


def test_company_data_missing_gives_the_holder_no_profile_link(client, home):
    cert = ready(home)
    Company.objects.filter(pk=cert.company_id).update(rfc="")
    client.force_login(cert.trainee.user)
    response = client.get(dc3_url(cert))
    assert response.status_code == 200
    assert "RFC" in response.text
    assert f'href="{profile_url()}?next=' not in response.text


def test_a_participation_certificate_is_refused_with_the_reason(client, home):
    cert = ready(home)
    Certificate.objects.filter(pk=cert.pk).update(kind=Kind.PARTICIPATION)
    client.force_login(cert.trainee.user)
    response = client.get(dc3_url(cert, "en"))
    assert response.status_code == 404
    assert "participation does not qualify" in response.text


def test_others_get_not_found_and_staff_of_the_cluster_get_the_dc3(client, home):
    cert = ready(home)
    another_trainee = TraineeProfileFactory(cluster=cert.cluster).user
    other_cluster_admin = UserFactory()
    role_grant(
        actor=None,
        user=other_cluster_admin,
        cluster=ClusterFactory(),
        role=ClusterRole.Role.CLUSTER_ADMIN,
    )
    other_coordinator = UserFactory()
    other_company = CompanyFactory(clusters=[cert.cluster])
    role_grant(
        actor=None,
        user=other_coordinator,
        cluster=cert.cluster,
        role=ClusterRole.Role.COMPANY_COORDINATOR,
        company=other_company,
    )
    for user in (another_trainee, other_cluster_admin, other_coordinator):
        client.force_login(user)
        assert client.get(dc3_url(cert)).status_code == 404
    # An unknown or malformed code looks the same.
    assert client.get(dc3_url(cert).replace(cert.code, "A" * 26)).status_code == 404
    assert client.get(dc3_url(cert).replace(cert.code, "nope")).status_code == 404

    own_admin = UserFactory()
    role_grant(
        actor=None, user=own_admin, cluster=cert.cluster, role=ClusterRole.Role.CLUSTER_ADMIN
    )
    coordinator = UserFactory()
    role_grant(
        actor=None,
        user=coordinator,
        cluster=cert.cluster,
        role=ClusterRole.Role.COMPANY_COORDINATOR,
        company=cert.company,
    )
    for user in (own_admin, coordinator):
        client.force_login(user)
        response = client.get(dc3_url(cert))
        assert response["Content-Type"] == "application/pdf", user

    client.logout()
    response = client.get(dc3_url(cert))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_dc3_page_queries_stay_few(client, home, django_assert_max_num_queries):
    cert = ready(home)
    instructor_of(cert.enrollment.cohort)
    client.force_login(cert.trainee.user)
    client.get(dc3_url(cert))  # warm the session and caches
    # session + user + certificate + holder check + instructor
    with django_assert_max_num_queries(6):
        assert client.get(dc3_url(cert))["Content-Type"] == "application/pdf"
