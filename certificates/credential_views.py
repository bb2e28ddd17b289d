"""Open Badges 3.0 endpoints: what verifiers fetch, and the page that checks a credential.

Public, without language prefix or cookies (credential_urls.public_urlpatterns): the
JWKS the credentials' `kid` points at, the issuer Profile, the revocation status lists
and the Achievements. Under the language prefix: the page where anyone pastes or
uploads a credential and reads whether its signature and status hold.
"""

from pathlib import PurePath

from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from core.ratelimit import allow, client_key

from . import credentials, keys, status_list
from .credential_check import MAX_BYTES, check_credential
from .models import Certificate, Kind

CHECK_LIMIT = 30  # checks per client and minute
UPLOAD_SUFFIXES = {".jwt", ".jws", ".txt", ".json"}
STATUS_LIST_MEDIA_TYPE = "application/vc+jwt"  # VC-JOSE-COSE: a VC 2.0 credential as a JWT
KEYS_MAX_AGE = 3600


def _public(response: HttpResponse, *, max_age: int) -> HttpResponse:
    """Cacheable by anyone (CDNs, verifiers) and readable from other origins."""
    patch_cache_control(response, public=True, max_age=max_age)
    response["Access-Control-Allow-Origin"] = "*"
    return response


# --- Public documents --------------------------------------------------------------------


@require_GET
def issuer_jwks(request):
    """The issuer's public keys; a credential's `kid` is this URL plus a key thumbprint."""
    return _public(JsonResponse(keys.public_jwks()), max_age=KEYS_MAX_AGE)


@require_GET
def issuer_profile(request):
    """The OB 3.0 Profile every credential names as its issuer (its id is this URL)."""
    document = {"@context": list(credentials.CONTEXTS), **credentials.issuer_profile()}
    return _public(
        JsonResponse(document, json_dumps_params={"ensure_ascii": False}), max_age=KEYS_MAX_AGE
    )


@require_GET
def status_list_view(request, number: int):
    """A revocation list as a signed BitstringStatusListCredential (no query when cached)."""
    try:
        token = status_list.status_list_credential(number)
    except LookupError:
        raise Http404 from None
    response = HttpResponse(token, content_type=STATUS_LIST_MEDIA_TYPE)
    return _public(response, max_age=status_list.TTL_SECONDS)


@require_GET
def achievement(request, code: str, kind: str):
    """The Achievement a course's certificates of one kind award (from the latest one)."""
    if kind not in Kind.values:
        raise Http404
    certificate = (
        Certificate.objects.filter(
            course_code=code,
            kind=kind,
            status__in=(Certificate.Status.VALID, Certificate.Status.REVOKED),
        )
        .order_by("-issued_at", "-pk")
        .first()
    )
    if certificate is None:
        raise Http404
    language = "en" if request.GET.get("lang") == "en" else "es"
    document = {
        "@context": list(credentials.CONTEXTS),
        **credentials.build_achievement(certificate, language),
        "creator": credentials.issuer_profile(),
    }
    return _public(
        JsonResponse(document, json_dumps_params={"ensure_ascii": False}), max_age=KEYS_MAX_AGE
    )


def credential_response(certificate: Certificate) -> HttpResponse:
    """The certificate's signed credential as a `<code>.jwt` download.

    Content-Type text/plain, as OB 3.0 ("Web Resource") says a VC-JWT SHOULD be served.
    """
    response = HttpResponse(certificate.credential, content_type=credentials.CREDENTIAL_MEDIA_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{certificate.code}.jwt"'
    return response


# --- The check page --------------------------------------------------------------------


class CredentialForm(forms.Form):
    credential = forms.CharField(
        label=_("Paste the credential"),
        required=False,
        max_length=MAX_BYTES,
        strip=True,
        widget=forms.Textarea(
            attrs={"rows": 8, "spellcheck": "false", "autocomplete": "off", "class": "mono"}
        ),
        help_text=_("The content of the .jwt file: one long line that starts with “ey”."),
    )
    file = forms.FileField(
        label=_("Or choose its file"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(sorted(UPLOAD_SUFFIXES))}),
        help_text=_("A .jwt, .txt or .json file of at most 64 KB."),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return upload
        if PurePath(upload.name or "").suffix.lower() not in UPLOAD_SUFFIXES:
            raise ValidationError(_("Choose a .jwt, .txt or .json file."))
        if upload.size > MAX_BYTES:
            raise ValidationError(_("The file is larger than 64 KB; a credential is much smaller."))
        return upload

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("credential"), cleaned.get("file")
        if self.errors:
            return cleaned
        if text and upload:
            raise ValidationError(_("Paste the credential or choose its file, not both."))
        if upload:
            cleaned["data"] = upload.read(MAX_BYTES + 1)
        elif text:
            cleaned["data"] = text
        else:
            raise ValidationError(_("Paste a credential or choose its file."))
        return cleaned


@require_http_methods(["GET", "HEAD", "POST"])
@csrf_protect
@never_cache
def verify_credential(request):
    """GET: the form. POST: the verdict on the pasted or uploaded credential."""
    result = None
    form = CredentialForm()
    if request.method == "POST":
        if not allow(f"verify-credential:{client_key(request)}", limit=CHECK_LIMIT, window=60):
            return render(
                request,
                "certificates/verify_credential.html",
                {"form": form, "limited": True},
                status=429,
            )
        form = CredentialForm(request.POST, request.FILES)
        if form.is_valid():
            result = check_credential(form.cleaned_data["data"])
            form = CredentialForm()
    return render(
        request,
        "certificates/verify_credential.html",
        {"form": form, "result": result},
        status=400 if form.errors else 200,
    )
