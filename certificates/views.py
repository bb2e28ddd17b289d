"""Public verification by code, and the holder's certificates and downloads."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core import page_cache
from core.ratelimit import allow, client_key

from . import permissions, selectors, services
from .credential_views import credential_response
from .models import Certificate

VERIFY_LIMIT = 60  # look-ups per client and minute: plenty for people, slow for guessing
VERIFY_CACHE_SECONDS = 60  # an expiry at midnight shows within a minute


def _too_many(request) -> bool:
    return not allow(f"verify:{client_key(request)}", limit=VERIFY_LIMIT, window=60)


def _language() -> str:
    return "en" if (get_language() or "es").startswith("en") else "es"


@require_GET
def verify_lookup(request):
    """Type a code (or paste a credential on the next page) to check a certificate."""
    raw = request.GET.get("code", "")
    if raw:
        code = selectors.normalize_code(raw)
        return redirect("certificate_verify", code=code or raw.strip()[:64] or "-")
    return render(request, "certificates/verify_lookup.html", {})


@require_GET
@page_cache.cache_for_anonymous(timeout=VERIFY_CACHE_SECONDS)
def verify(request, code: str):
    """The facts a certificate attests and its status; unknown and malformed look the same.

    Anonymous answers for valid codes are kept for a minute and purged when the
    certificate changes (revoked, reissued), so a scanned QR costs one cache read.
    """
    if _too_many(request):
        return render(request, "certificates/verify_limited.html", status=429)
    normalized = selectors.normalize_code(code)
    if normalized:
        page_cache.depends_on(request, selectors.cache_name(normalized))
    certificate = selectors.certificate_for_code(code)
    if certificate is None:
        return render(request, "certificates/verify_unknown.html", {"code": code[:64]}, status=404)
    language = _language()
    return render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "facts": selectors.public_facts(certificate, language),
            "json_url": reverse("certificate_verify_json", kwargs={"code": certificate.code}),
        },
    )


@require_GET
def verify_json(request, code: str):
    """The same facts for machines; the same answer for malformed and unknown codes."""
    if _too_many(request):
        return JsonResponse({"error": "rate_limited"}, status=429)
    certificate = selectors.certificate_for_code(code)
    if certificate is None:
        return JsonResponse({"error": "not_found"}, status=404)
    language = "en" if request.GET.get("lang") == "en" else "es"
    response = JsonResponse(selectors.public_facts(certificate, language))
    response["Access-Control-Allow-Origin"] = "*"
    return response


@login_required
@never_cache
def my_certificates(request):
    certificates = list(selectors.certificates_of_user(request.user))
    language = _language()
    for certificate in certificates:
        # The address the QR code, the email and LinkedIn carry: no language, public host.
        certificate.public_url = services.verify_url(certificate)
        certificate.linkedin_url = _linkedin_url(certificate, language)
    return render(request, "certificates/my_certificates.html", {"certificates": certificates})


def _linkedin_url(certificate: Certificate, language: str) -> str:
    """LinkedIn's "add to profile" link, filled in (name, issuer, date, link, ID)."""
    if certificate.state != "valid" or certificate.issued_on is None:
        return ""
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.course_title(language),
        "organizationName": certificate.cluster_name,
        "issueYear": certificate.issued_on.year,
        "issueMonth": certificate.issued_on.month,
        "certUrl": services.verify_url(certificate),
        "certId": certificate.display_code,
    }
    if certificate.valid_until:
        params["expirationYear"] = certificate.valid_until.year
        params["expirationMonth"] = certificate.valid_until.month
    return "https://www.linkedin.com/profile/add?" + urlencode(params)


def _downloadable(request, code: str) -> Certificate:
    """The holder's, or one the person may read; 404 otherwise (existence is not revealed)."""
    certificate = selectors.certificate_for_code(code)
    if certificate is None or not permissions.can_download_certificate(request.user, certificate):
        raise Http404
    return certificate


@login_required
def certificate_pdf(request, code: str):
    certificate = _downloadable(request, code)
    content = services.pdf_bytes(certificate)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate.code}.pdf"'
    return response


@login_required
def certificate_credential(request, code: str):
    certificate = _downloadable(request, code)
    if not certificate.credential:
        raise Http404
    return credential_response(certificate)
