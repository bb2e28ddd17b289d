"""Every admin URL of certificates, tried by people who must not reach cluster A's rows.

For each URL: an admin of cluster B gets a 404 (or a listing without A's rows); an
instructor of A's cohort may read A's certificates but not act on them (403); a
trainee (the holder herself) and an anonymous visitor are turned away from the admin.
Nothing changes for any of them; then A's admin uses the same URL successfully, which
shows the refusals are not due to a wrong address.
"""

from dataclasses import dataclass, field

import pytest
from django.urls import reverse

from certificates import bundles
from certificates.models import (
    Certificate,
    CertificateBundle,
    CertificateEvent,
    CertificateTemplate,
    Signatory,
)
from tests.certificates.test_admin import build_world

pytestmark = pytest.mark.django_db

HOME = "/admin/"
TEMPLATES = "wagtailsnippets_certificates_certificatetemplate"
CHOOSER = "wagtailsnippetchoosers_certificates_certificatetemplate"
A_HOLDER = "María José Núñez Peña"
A_TEMPLATE = "Plantilla Alfa"


@dataclass
class Spec:
    """One admin URL: how to call it, and what an outsider and an instructor of A get."""

    url: object  # world -> str
    method: str = "get"
    data: dict = field(default_factory=dict)
    outsider: str = "not_found"  # cluster B's admin: "not_found" or "hidden" (200, no A rows)
    instructor: str = "forbidden"  # "ok", "forbidden" (403), "hidden" or "refused" (no access)
    owner: tuple = (200,)  # A's admin: accepted status codes


def cert_url(name):
    return lambda w: reverse(f"certificates:{name}", args=[w["cert_a"].pk])


def cohort_url(name):
    return lambda w: reverse(f"certificates:{name}", kwargs={"cohort_id": w["cohort_a"].pk})


def bundle_url(name):
    return lambda w: reverse(f"certificates:{name}", kwargs={"bundle_id": w["bundle_a"].pk})


def template_url(name):
    return lambda w: reverse(f"{TEMPLATES}:{name}", args=[w["template_a"].pk])


SPECS = {
    "certificates-index": Spec(
        lambda w: reverse("certificates:index"), outsider="hidden", instructor="ok"
    ),
    "certificates-results": Spec(
        lambda w: reverse("certificates:index_results"), outsider="hidden", instructor="ok"
    ),
    "certificates-index-by-cohort": Spec(
        lambda w: reverse("certificates:index") + f"?cohort={w['cohort_a'].pk}",
        outsider="hidden",
        instructor="ok",
    ),
    "certificates-search-by-code": Spec(
        lambda w: reverse("certificates:index") + f"?q={w['cert_a'].code}",
        outsider="hidden",
        instructor="ok",
    ),
    "certificate-detail": Spec(cert_url("inspect"), instructor="ok"),
    "certificate-pdf": Spec(cert_url("pdf"), instructor="ok"),
    "certificate-revoke": Spec(
        cert_url("revoke"), "post", {"revoke-reason": "Prueba"}, owner=(302,)
    ),
    "certificate-reissue": Spec(
        cert_url("reissue"), "post", {"reissue-reason": "Prueba"}, owner=(302,)
    ),
    "certificate-retry": Spec(cert_url("retry"), "post", {"retry-reason": ""}, owner=(302,)),
    "cohort-page": Spec(cohort_url("cohort")),
    "cohort-issue": Spec(cohort_url("cohort_issue"), "post", owner=(302,)),
    "cohort-issue-one": Spec(
        lambda w: reverse(
            "certificates:enrollment_issue",
            kwargs={"cohort_id": w["cohort_a"].pk, "enrollment_id": w["cert_a"].enrollment_id},
        ),
        "post",
        {"issue-reason": "Prueba"},
        owner=(302,),
    ),
    "cohort-progress": Spec(cohort_url("cohort_progress")),
    "cohort-zip-request": Spec(cohort_url("bundle_request"), "post", owner=(302,)),
    "zip-page": Spec(bundle_url("bundle")),
    "zip-progress": Spec(bundle_url("bundle_progress")),
    "zip-download": Spec(bundle_url("bundle_download")),
    "templates-list": Spec(
        lambda w: reverse(f"{TEMPLATES}:list"), outsider="hidden", instructor="refused"
    ),
    "templates-results": Spec(
        lambda w: reverse(f"{TEMPLATES}:list_results"), outsider="hidden", instructor="refused"
    ),
    "template-edit": Spec(template_url("edit"), instructor="refused"),
    "template-edit-post": Spec(
        template_url("edit"), "post", {"name": "Secuestrada"}, instructor="refused"
    ),
    "template-delete": Spec(template_url("delete"), instructor="refused"),
    "template-delete-post": Spec(
        template_url("delete"), "post", instructor="refused", owner=(302,)
    ),
    "template-history": Spec(template_url("history"), instructor="refused"),
    "template-usage": Spec(template_url("usage"), instructor="refused"),
    "template-chooser": Spec(
        lambda w: reverse(f"{CHOOSER}:choose"), outsider="hidden", instructor="hidden"
    ),
    "template-chosen": Spec(
        lambda w: reverse(f"{CHOOSER}:chosen", args=[w["template_a"].pk]), instructor="refused"
    ),
    "template-bulk-delete": Spec(
        lambda w: f"/admin/bulk/certificates/certificatetemplate/delete/?id={w['template_a'].pk}",
        instructor="refused",
    ),
    "template-bulk-delete-post": Spec(
        lambda w: f"/admin/bulk/certificates/certificatetemplate/delete/?id={w['template_a'].pk}",
        "post",
        instructor="refused",
        owner=(302,),
    ),
}


@pytest.fixture
def world(home, django_capture_on_commit_callbacks):
    built = build_world(home, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        bundle = bundles.bundle_request(actor=None, cohort_id=built["cohort_a"].pk)
    bundle.refresh_from_db()
    assert bundle.status == "done"
    built["bundle_a"] = bundle
    return built


def snapshot():
    return {
        "certificates": list(
            Certificate.objects.order_by("pk").values("pk", "status", "revision", "revoked_at")
        ),
        "events": CertificateEvent.objects.count(),
        "templates": list(CertificateTemplate.objects.order_by("pk").values()),
        "signatories": Signatory.objects.count(),
        "bundles": list(CertificateBundle.objects.order_by("pk").values("pk", "status")),
    }


def call(client, spec: Spec, world):
    url = spec.url(world)
    if spec.method == "post":
        return client.post(url, spec.data)
    return client.get(url)


def text(response) -> str:
    """The page's text; chooser responses carry their HTML in JSON."""
    if response.get("Content-Type", "").startswith("application/json"):
        data = response.json()
        return data.get("html", "") if isinstance(data, dict) else str(data)
    if getattr(response, "streaming", False):
        return ""
    return response.content.decode(errors="replace")


def assert_not_found(response):
    """A 404 under /admin/ comes back from LocaleMiddleware as a redirect to /es/…, then 404."""
    if response.status_code == 302:
        location = response["Location"]
        assert location.startswith(f"/es{response.request['PATH_INFO']}"), location
        response = response.client.get(location)
    assert response.status_code == 404, response.status_code


def assert_forbidden(response):
    """PermissionDenied in the admin: 403, or Wagtail's bounce to the dashboard."""
    if response.status_code == 302:
        assert response["Location"] == HOME, response["Location"]
    else:
        assert response.status_code == 403, response.status_code


def assert_turned_away(response):
    """No access: sent to the login page or the dashboard, or not found, or refused outright."""
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/es/"):
            assert_not_found(response)
        else:
            assert location == HOME or "/login/" in location, location
    else:
        assert response.status_code in (403, 404), response.status_code


def assert_hidden(response):
    assert response.status_code == 200, response.status_code
    content = text(response)
    assert A_HOLDER not in content
    assert A_TEMPLATE not in content


def login(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.mark.parametrize("name", list(SPECS))
def test_every_admin_url_keeps_cluster_a_to_its_own_people(client, world, name):
    spec = SPECS[name]
    before = snapshot()
    a_cohort_page = reverse("certificates:cohort", kwargs={"cohort_id": world["cohort_a"].pk})

    # An admin of cluster B: not found, or a listing without A's rows.
    login(client, world["admin_b"])
    response = call(client, spec, world)
    if spec.outsider == "hidden":
        assert_hidden(response)
        assert a_cohort_page not in text(response)
    else:
        assert_not_found(response)
    assert snapshot() == before, "cluster B's admin changed something"

    # An instructor of A's cohort reads its certificates, but acts on nothing.
    login(client, world["instructor_a"])
    response = call(client, spec, world)
    if spec.instructor == "ok":
        assert response.status_code == 200, response.status_code
        if spec.method == "get" and "pdf" not in name:
            assert A_HOLDER in text(response)
    elif spec.instructor == "forbidden":
        assert_forbidden(response)
    elif spec.instructor == "hidden":
        assert_hidden(response)
    else:
        assert_turned_away(response)
    assert snapshot() == before, "the instructor changed something"

    # The trainee (A's holder) and an anonymous visitor never enter the admin.
    login(client, world["trainee_a"])
    assert_turned_away(call(client, spec, world))
    client.logout()
    assert_turned_away(call(client, spec, world))
    assert snapshot() == before, "someone outside the admin changed something"

    # A's admin uses the very same URL.
    login(client, world["admin_a"])
    response = call(client, spec, world)
    assert response.status_code in spec.owner, (response.status_code, response.get("Location"))
    if spec.owner == (302,):
        assert response["Location"] != HOME and "/login/" not in response["Location"]
