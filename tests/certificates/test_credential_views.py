"""The page where anyone pastes or uploads a credential and reads whether it holds."""

import base64
import hashlib
import hmac
import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import formats, timezone, translation
from joserfc import jws
from joserfc.jwk import RSAKey

from certificates import credentials, keys
from certificates.models import Certificate
from tests.certificates.factories import certificate as make_certificate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def url():
    return reverse("verify_credential")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def issue(home, **fields) -> Certificate:
    cert = make_certificate(home, **fields)
    cert.credential = credentials.sign_credential(cert)
    cert.save(update_fields=["credential"])
    return cert


def check(client, url, text: str):
    response = client.post(url, {"credential": text})
    assert response.status_code == 200
    return response, response.context["result"]


def test_the_form_is_labelled_and_protected(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<label class="field__label" for="id_credential">' in html
    assert '<label class="field__label" for="id_file">' in html
    assert 'enctype="multipart/form-data"' in html
    assert "csrfmiddlewaretoken" in html

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(url, {"credential": "x.y.z"}).status_code == 403


def test_a_valid_credential(client, url, home):
    cert = issue(
        home, holder_name="Óscar Ibáñez", valid_until=timezone.localdate() + timedelta(days=90)
    )
    response, result = check(client, url, cert.credential)
    assert result.ok and result.verdict == "valid" and result.problems == []
    assert result.certificate == cert
    html = response.content.decode()
    assert "Valid credential" in html
    assert "Óscar Ibáñez" in html
    assert cert.course_title_es in html
    assert cert.display_code in html
    assert credentials.verify_url(cert.code) in html


def test_a_credential_pasted_with_line_breaks_or_as_a_json_string(client, url, home):
    cert = issue(home)
    wrapped = "\n".join(cert.credential[i : i + 76] for i in range(0, len(cert.credential), 76))
    assert check(client, url, f"  {wrapped}\n")[1].verdict == "valid"
    assert check(client, url, json.dumps(cert.credential))[1].verdict == "valid"


@pytest.mark.parametrize(
    "garbage, says",
    [
        ("hello, is this my certificate?", "This is not a signed credential"),
        ("eyJhbGciOi.not-json.AAAA", "its header cannot be read"),
        ('{"name": "Not a credential"}', "This JSON is not a credential"),
        ("{broken json", "it cannot be read"),
        (
            json.dumps({"type": ["VerifiableCredential", "OpenBadgeCredential"], "name": "x"}),
            "without its signature",
        ),
    ],
)
def test_garbage_is_refused_with_a_reason(client, url, garbage, says):
    response, result = check(client, url, garbage)
    assert not result.ok and result.verdict == "invalid"
    assert says in result.problems[0]
    assert says in response.content.decode().replace("&#x27;", "'")
    assert result.facts == {}


def test_too_long_is_refused(client, url):
    response = client.post(url, {"credential": "a" * (64 * 1024 + 1)})
    assert response.status_code == 400
    assert response.context["result"] is None


def _resign(token: str, key, *, header=None, claims=None, alg="RS256") -> str:
    head = json.loads(base64.urlsafe_b64decode(token.split(".")[0] + "=="))
    payload = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "==="))
    head.update(header or {})
    payload.update(claims or {})
    body = json.dumps(payload, ensure_ascii=False).encode()
    return jws.serialize_compact(head, body, key, algorithms=[alg])


def test_a_credential_signed_by_another_key(client, url, home):
    cert = issue(home)
    stranger = RSAKey.generate_key(2048)
    # Claiming our kid: the signature does not verify with our key.
    forged = _resign(cert.credential, stranger, claims={"name": "Forged"})
    result = check(client, url, forged)[1]
    assert result.verdict == "invalid"
    assert "signature does not match" in result.problems[0]
    assert result.facts == {}  # nothing a forgery says is shown

    # With its own kid, or its own key in the header: not one of ours.
    for header in (
        {"kid": "https://evil.example/jwks.json#1"},
        {"kid": "https://evil.example/jwks.json#1", "jwk": stranger.as_dict(private=False)},
    ):
        result = check(client, url, _resign(cert.credential, stranger, header=header))[1]
        assert result.verdict == "invalid"
        assert "not signed with one of the portal's keys" in result.problems[0]


def test_our_own_key_in_the_header_is_accepted(client, url, home):
    cert = issue(home)
    public = keys.signing_key().as_dict(private=False)
    token = _resign(cert.credential, keys.signing_key(), header={"kid": "other", "jwk": public})
    assert check(client, url, token)[1].verdict == "valid"


def test_alg_none_and_hs256_forgeries(client, url, home):
    cert = issue(home)
    header, payload, _signature = cert.credential.split(".")
    head = json.loads(base64.urlsafe_b64decode(header + "=="))

    unsigned = _b64(json.dumps({**head, "alg": "none"}).encode()) + f".{payload}."
    result = check(client, url, unsigned)[1]
    assert result.verdict == "invalid" and "not signed" in result.problems[0]

    # The classic confusion: an HMAC keyed with our *public* key.
    hs_header = _b64(json.dumps({**head, "alg": "HS256"}).encode())
    secret = keys.signing_key().as_pem(private=False)
    mac = hmac.new(secret, f"{hs_header}.{payload}".encode(), hashlib.sha256).digest()
    result = check(client, url, f"{hs_header}.{payload}.{_b64(mac)}")[1]
    assert result.verdict == "invalid" and "shared-secret" in result.problems[0]

    es = _b64(json.dumps({**head, "alg": "ES256"}).encode()) + f".{payload}.AAAA"
    assert "signs its credentials with RS256" in check(client, url, es)[1].problems[0]


def test_a_changed_credential(client, url, home):
    cert = issue(home, holder_name="Ana Pérez")
    header, payload, signature = cert.credential.split(".")
    content = base64.urlsafe_b64decode(payload + "===").replace(b"Ana P", b"Eva P")
    result = check(client, url, f"{header}.{_b64(content)}.{signature}")[1]
    assert result.verdict == "invalid"
    assert "changed after it was signed" in result.problems[0]


def test_an_expired_credential(client, url, home):
    three_years_ago = timezone.now() - timedelta(days=3 * 365)
    cert = issue(
        home,
        issued_at=three_years_ago,
        issued_on=timezone.localdate(three_years_ago),
        valid_until=timezone.localdate() - timedelta(days=10),
    )
    response, result = check(client, url, cert.credential)
    assert not result.ok and result.verdict == "expired"
    expired_on = formats.date_format(cert.valid_until, "DATE_FORMAT")
    assert result.problems == [f"The credential expired on {expired_on}."]
    assert "Expired credential" in response.content.decode()
    assert result.facts["holder"] == cert.holder_name  # genuine, so its facts are shown


def test_a_revoked_credential(client, url, home):
    cert = issue(home)
    Certificate.objects.filter(pk=cert.pk).update(
        status=Certificate.Status.REVOKED,
        revoked_at=timezone.now(),
        revoked_reason="Attendance records were falsified",
    )
    response, result = check(client, url, cert.credential)
    assert not result.ok and result.verdict == "revoked"
    assert "revoked on" in result.problems[0]
    assert "Attendance records were falsified" in response.content.decode()
    assert "Revoked credential" in response.content.decode()


def test_an_older_revision(client, url, home):
    cert = issue(home)
    old = cert.credential
    cert.revision, cert.holder_name = 2, "Nombre Corregido"
    cert.credential = credentials.sign_credential(cert)
    cert.save()

    result = check(client, url, old)[1]
    assert result.verdict == "invalid"
    assert "This is version 1 of the credential" in result.problems[0]
    assert "version 2" in result.problems[0]
    assert result.facts["revision"] == 1 and "hours" not in result.facts

    current = check(client, url, cert.credential)[1]
    assert current.verdict == "valid" and current.facts["holder"] == "Nombre Corregido"


def test_a_credential_whose_certificate_is_gone(client, url, home):
    cert = issue(home)
    Certificate.objects.filter(pk=cert.pk).update(code="A" * 26)
    result = check(client, url, cert.credential)[1]
    assert result.verdict == "invalid" and "no longer exists" in result.problems[0]


def test_our_status_list_is_not_a_certificate(client, url, home):
    cert = issue(home)
    token = client.get("/credentials/status/0").content.decode()
    assert cert.pk < 131_072
    result = check(client, url, token)[1]
    assert result.verdict == "invalid" and "revocation lists" in result.problems[0]


def test_uploading_the_file(client, url, home):
    cert = issue(home)
    upload = SimpleUploadedFile(f"{cert.code}.jwt", cert.credential.encode(), "application/jwt")
    response = client.post(url, {"file": upload})
    assert response.status_code == 200
    assert response.context["result"].verdict == "valid"
    assert cert.holder_name in response.content.decode()

    text = SimpleUploadedFile("credential.txt", b"\xef\xbb\xbf" + cert.credential.encode() + b"\n")
    assert client.post(url, {"file": text}).context["result"].verdict == "valid"


@pytest.mark.parametrize(
    "name, content, says",
    [
        ("photo.png", b"\x89PNG....", "Choose a .jwt, .txt or .json file."),
        ("huge.jwt", b"a" * (64 * 1024 + 1), "larger than 64 KB"),
    ],
)
def test_uploads_that_are_refused(client, url, name, content, says):
    response = client.post(url, {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert response.context["result"] is None
    assert says in response.content.decode()


def test_binary_upload(client, url):
    upload = SimpleUploadedFile("x.jwt", b"\xff\xfe\x00garbage")
    result = client.post(url, {"file": upload}).context["result"]
    assert result.verdict == "invalid" and "not text" in result.problems[0]


def test_nothing_or_both(client, url, home):
    response = client.post(url, {})
    assert response.status_code == 400
    assert "Paste a credential or choose its file." in response.content.decode()
    cert = issue(home)
    upload = SimpleUploadedFile("c.jwt", cert.credential.encode())
    response = client.post(url, {"credential": cert.credential, "file": upload})
    assert response.status_code == 400
    assert "not both" in response.content.decode()


def test_checks_are_rate_limited(client, url):
    for _ in range(30):
        assert client.post(url, {"credential": "nope"}).status_code == 200
    response = client.post(url, {"credential": "nope"})
    assert response.status_code == 429
    assert "Too many checks from your connection" in response.content.decode()
    assert client.get(url).status_code == 200  # reading the page is not counted


def test_holder_names_are_escaped(client, url, home):
    cert = issue(home, holder_name="<script>alert('x')</script> Pérez")
    response, result = check(client, url, cert.credential)
    assert result.verdict == "valid"
    html = response.content.decode()
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Pérez" in html


def test_spanish_page(client, home):
    cert = issue(home)
    with translation.override("es"):
        url = reverse("verify_credential")
    assert url.startswith("/es/")
    response = client.post(url, {"credential": cert.credential})
    assert response.context["result"].verdict == "valid"


def test_checking_a_credential_costs_two_queries(client, url, home, django_assert_num_queries):
    cert = issue(home)
    client.get(url)  # warm the caches the page's layout uses
    # The certificate behind the credential, and the Wagtail site the layout looks up.
    with django_assert_num_queries(2):
        response = client.post(url, {"credential": cert.credential})
    assert response.context["result"].verdict == "valid"


def _claims(token: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "==="))


def test_signed_by_us_but_not_a_credential(client, url):
    result = check(client, url, credentials.sign_payload({"hello": "mundo"}))[1]
    assert result.verdict == "invalid"
    assert "not an Open Badges credential" in result.problems[0]


def test_claims_that_contradict_the_credential(client, url, home):
    cert = issue(home)
    claims = _claims(cert.credential)
    result = check(client, url, credentials.sign_payload({**claims, "jti": "urn:uuid:other"}))[1]
    assert result.verdict == "invalid" and "inconsistent" in result.problems[0]
    without_exp = {k: v for k, v in claims.items() if k != "exp"}
    cert.valid_until = timezone.localdate() + timedelta(days=30)
    with_until = credentials.build_credential(cert)
    result = check(client, url, credentials.sign_payload({**without_exp, **with_until}))[1]
    assert result.verdict == "invalid" and "inconsistent" in result.problems[0]


def test_the_older_vc_claim_layout_is_read(client, url, home):
    cert = issue(home)
    claims = _claims(cert.credential)
    registered = {k: claims[k] for k in ("iss", "jti", "sub", "nbf", "iat")}
    credential = {k: v for k, v in claims.items() if k not in registered}
    token = credentials.sign_payload({**registered, "vc": credential})
    assert check(client, url, token)[1].verdict == "valid"
