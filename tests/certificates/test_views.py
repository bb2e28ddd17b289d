"""Public verification by code, the holder's page and downloads (issue 6)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from certificates.models import Certificate
from tests.certificates.factories import certificate
from tests.clusters.factories import TraineeProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _spanish():
    with translation.override("es"):
        yield


def verify_url(code):
    return reverse("certificate_verify", kwargs={"code": code})


def test_the_verification_page_shows_the_attested_facts_of_a_valid_certificate(client, home):
    issued = certificate(home, holder_name="María José Núñez Peña")
    page = client.get(verify_url(issued.code))
    assert page.status_code == 200
    html = page.content.decode()
    assert "María José Núñez Peña" in html
    assert issued.course_code in html
    assert issued.cluster_name in html
    assert "Mtra. Sofía Ibáñez" in html
    assert "verify-status--valid" in html


def test_the_code_works_in_any_case_and_with_the_printed_dashes(client, home):
    issued = certificate(home)
    assert client.get(verify_url(issued.display_code.lower())).status_code == 200


def test_the_unprefixed_qr_address_leads_to_the_page(client, home):
    issued = certificate(home)
    response = client.get(f"/verify/{issued.code}/", follow=True)
    assert response.status_code == 200
    assert issued.holder_name in response.content.decode()


def test_expired_and_revoked_certificates_say_so_and_since_when(client, home):
    expired = certificate(home, valid_until=timezone.localdate() - timedelta(days=3))
    revoked = certificate(
        home,
        status=Certificate.Status.REVOKED,
        revoked_at=timezone.now(),
        revoked_reason="Datos falsos en el registro",
    )
    assert "verify-status--expired" in client.get(verify_url(expired.code)).content.decode()
    html = client.get(verify_url(revoked.code)).content.decode()
    assert "verify-status--revoked" in html
    assert "Datos falsos en el registro" in html
    data = client.get(f"/verify/{revoked.code}.json").json()
    assert data["status"] == "revoked"
    assert data["revoked"]["reason"] == "Datos falsos en el registro"
    assert client.get(f"/verify/{expired.code}.json").json()["expired_since"] == (
        expired.valid_until.isoformat()
    )


@pytest.mark.parametrize(
    "code",
    ["AAAAAAAAAAAAAAAAAAAAAAAAAA", "short", "ÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑÑ", "1" * 26, "x" * 64],
)
def test_unknown_and_malformed_codes_get_the_same_answer(client, home, code):
    certificate(home)
    page = client.get(verify_url(code))
    assert page.status_code == 404
    assert "verify-status--unknown" in page.content.decode()
    assert client.get(f"/verify/{code}.json").json() == {"error": "not_found"}


def test_a_certificate_still_being_issued_is_not_shown(client, home):
    pending = certificate(home, status=Certificate.Status.PENDING)
    assert client.get(verify_url(pending.code)).status_code == 404


def test_probing_is_rate_limited(client, home, monkeypatch):
    from types import SimpleNamespace

    import core.ratelimit

    # Every look-up falls in one counting window, however long the test takes.
    monkeypatch.setattr(core.ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_000.0))
    issued = certificate(home)
    for _ in range(60):
        client.get(verify_url("AAAAAAAAAAAAAAAAAAAAAAAAAA"))
    assert client.get(verify_url(issued.code)).status_code == 429
    assert client.get(f"/verify/{issued.code}.json").status_code == 429


def test_json_form_carries_the_facts(client, home):
    issued = certificate(home)
    data = client.get(f"/verify/{issued.code}.json").json()
    assert data["status"] == "valid"
    assert data["holder"] == issued.holder_name
    assert data["course"]["code"] == issued.course_code
    assert data["period"] == {
        "from": issued.starts_on.isoformat(),
        "to": issued.ends_on.isoformat(),
    }


@pytest.mark.parametrize("size", [1, 8])
def test_verification_needs_two_queries_whatever_the_table_holds(
    client, home, size, django_assert_num_queries
):
    made = [certificate(home) for _ in range(size)]
    client.get(verify_url("A" * 26))  # the menus are cached after one visit of any page
    # The certificate, and Wagtail's site of the request; then the cached page.
    with django_assert_num_queries(2):
        assert client.get(verify_url(made[-1].code)).status_code == 200
    with django_assert_num_queries(0):
        assert client.get(verify_url(made[-1].code))["X-Page-Cache"] == "hit"
    with django_assert_num_queries(1):
        assert client.get(f"/verify/{made[-1].code}.json").status_code == 200


def test_a_holder_name_with_markup_is_escaped(client, home):
    issued = certificate(home, holder_name="<script>alert(1)</script> Pérez")
    html = client.get(verify_url(issued.code)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Pérez" in html


def test_my_certificates_lists_mine_with_downloads_share_link_and_linkedin(client, home):
    mine = certificate(home)
    other = certificate(home)
    client.force_login(mine.trainee.user)
    html = client.get(reverse("my_certificates")).content.decode()
    assert mine.display_code in html
    assert other.display_code not in html
    assert reverse("certificate_pdf", kwargs={"code": mine.code}) in html
    assert "linkedin.com/profile/add" in html
    assert f"/verify/{mine.code}/" in html


def test_the_holder_downloads_the_pdf_and_another_trainee_cannot(client, home):
    mine = certificate(home)
    client.force_login(mine.trainee.user)
    response = client.get(reverse("certificate_pdf", kwargs={"code": mine.code}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    stranger = TraineeProfileFactory(cluster=mine.cluster)
    client.force_login(stranger.user)
    assert client.get(reverse("certificate_pdf", kwargs={"code": mine.code})).status_code == 404
    assert (
        client.get(reverse("certificate_credential", kwargs={"code": mine.code})).status_code == 404
    )


def test_anonymous_visitors_are_sent_to_log_in_for_downloads(client, home):
    mine = certificate(home)
    response = client.get(reverse("certificate_pdf", kwargs={"code": mine.code}))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_another_clusters_admin_cannot_download(client, home):
    from clusters.models import ClusterRole
    from clusters.services import role_grant
    from tests.clusters.factories import ClusterFactory

    mine = certificate(home)
    admin = UserFactory()
    role_grant(
        actor=None, user=admin, cluster=ClusterFactory(), role=ClusterRole.Role.CLUSTER_ADMIN
    )
    client.force_login(admin)
    assert client.get(reverse("certificate_pdf", kwargs={"code": mine.code})).status_code == 404
    own_admin = UserFactory()
    role_grant(
        actor=None, user=own_admin, cluster=mine.cluster, role=ClusterRole.Role.CLUSTER_ADMIN
    )
    client.force_login(own_admin)
    assert client.get(reverse("certificate_pdf", kwargs={"code": mine.code})).status_code == 200


def test_revoking_shows_at_once_on_a_cached_page(client, home, django_capture_on_commit_callbacks):
    from certificates.services import certificate_revoke

    issued = certificate(home)
    assert "verify-status--valid" in client.get(verify_url(issued.code)).content.decode()
    assert client.get(verify_url(issued.code))["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(actor=None, certificate_id=issued.pk, reason="Error de captura")
    html = client.get(verify_url(issued.code)).content.decode()
    assert "verify-status--revoked" in html
    assert "Error de captura" in html


def test_signed_in_people_are_never_served_a_shared_copy(client, home):
    issued = certificate(home)
    client.get(verify_url(issued.code))
    client.force_login(issued.trainee.user)
    response = client.get(verify_url(issued.code))
    assert "X-Page-Cache" not in response
    assert reverse("my_certificates") in response.content.decode()
