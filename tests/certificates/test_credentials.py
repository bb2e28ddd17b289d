"""Open Badges 3.0 credentials: checked with PyJWT (an independent JOSE library) against
the JWKS the portal publishes, and revocation through the published status list."""

import base64
import gzip
import hashlib
import json
from datetime import timedelta

import jwt
import pytest
from django.utils import timezone

from certificates import credentials, keys, status_list
from certificates.credential_views import credential_response
from certificates.models import Certificate
from tests.certificates.factories import certificate as make_certificate

pytestmark = pytest.mark.django_db
BASE = "http://testserver"


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@pytest.fixture
def issued(home):
    valid_until = timezone.localdate() + timedelta(days=730)
    cert = make_certificate(home, valid_until=valid_until, holder_name="María José Ñúñez Peña")
    cert.credential = credentials.sign_credential(cert)
    cert.save(update_fields=["credential"])
    return cert


@pytest.fixture
def published_keys(client):
    response = client.get("/.well-known/jwks.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    document = response.json()
    assert all("d" not in key for key in document["keys"])  # never the private half
    return jwt.PyJWKSet.from_dict(document)


def _key_for(token: str, jwks: jwt.PyJWKSet) -> jwt.PyJWK:
    kid = jwt.get_unverified_header(token)["kid"]
    return next(key for key in jwks.keys if key.key_id == kid)


def _decode(token: str, jwks: jwt.PyJWKSet) -> dict:
    return jwt.decode(
        token,
        key=_key_for(token, jwks),
        algorithms=["RS256"],
        options={"require": ["iss", "jti", "sub", "nbf"]},
    )


def test_credential_verifies_with_an_independent_library_against_the_published_keys(
    client, issued, published_keys
):
    header = jwt.get_unverified_header(issued.credential)
    assert header["alg"] == "RS256"
    assert header["typ"] == "JWT"
    assert header["kid"].startswith(f"{BASE}/.well-known/jwks.json#")
    assert header["kid"] in {key.key_id for key in published_keys.keys}

    claims = _decode(issued.credential, published_keys)

    # OB 3.0 §8.2: the payload is the credential, and the registered claims mirror it.
    assert "vc" not in claims
    assert claims["@context"][:2] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert set(claims["type"]) == {"VerifiableCredential", "OpenBadgeCredential"}
    assert claims["iss"] == claims["issuer"]["id"] == f"{BASE}/credentials/issuer.json"
    assert claims["jti"] == claims["id"] == credentials.credential_id(issued.code, 1)
    assert claims["id"].startswith("urn:uuid:")
    assert claims["sub"] == claims["credentialSubject"]["id"]
    assert claims["nbf"] == int(issued.issued_at.replace(microsecond=0).timestamp())
    assert claims["validFrom"] == credentials.datetime_z(issued.issued_at)
    assert claims["exp"] > claims["nbf"]
    assert claims["issuer"]["type"] == ["Profile"]
    assert claims["issuer"]["name"] == "Red de Clústeres Automotrices de México"

    subject = claims["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["name"] == issued.course_title_es
    assert achievement["humanCode"] == issued.course_code
    assert achievement["achievementType"] == "CertificateOfCompletion"
    assert credentials.format_hours(issued.hours) in achievement["criteria"]["narrative"]
    assert subject["source"]["name"] == issued.cluster_name

    by_type = {i["identityType"]: i for i in subject["identifier"]}
    assert by_type["name"] == {
        "type": "IdentityObject",
        "identityHash": "María José Ñúñez Peña",
        "identityType": "name",
        "hashed": False,
    }
    email = by_type["emailAddress"]
    assert email["hashed"] is True
    expected = hashlib.sha256((issued.trainee.user.email.lower() + email["salt"]).encode())
    assert email["identityHash"] == f"sha256${expected.hexdigest()}"
    assert issued.trainee.user.email not in issued.credential  # only its hash travels

    status = claims["credentialStatus"]
    number, index = status_list.position(issued)
    assert status == {
        "id": f"{BASE}/credentials/status/{number}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": str(index),
        "statusListCredential": f"{BASE}/credentials/status/{number}",
    }

    # The issuer the credential names is published at its id.
    profile = client.get("/credentials/issuer.json").json()
    assert {k: v for k, v in profile.items() if k != "@context"} == claims["issuer"]


def test_valid_until_is_the_last_second_of_the_day_and_becomes_exp(issued, published_keys):
    claims = _decode(issued.credential, published_keys)
    until = timezone.localtime(
        timezone.datetime.fromtimestamp(claims["exp"], tz=timezone.get_default_timezone())
    )
    assert until.date() == issued.valid_until
    assert (until.hour, until.minute, until.second) == (23, 59, 59)
    assert claims["validUntil"] == credentials.datetime_z(until)


def test_no_validity_means_no_exp(home, published_keys):
    cert = make_certificate(home)
    claims = _decode(credentials.sign_credential(cert), published_keys)
    assert "exp" not in claims and "validUntil" not in claims


def test_one_changed_byte_in_the_signature_or_the_payload_fails(issued, published_keys):
    header, payload, signature = issued.credential.split(".")

    broken = bytearray(_b64decode(signature))
    broken[len(broken) // 2] ^= 0x01
    with pytest.raises(jwt.InvalidSignatureError):
        _decode(f"{header}.{payload}.{_b64encode(bytes(broken))}", published_keys)

    content = _b64decode(payload)
    altered = content.replace("Peña".encode(), "Paña".encode())
    assert len(altered) == len(content) and altered != content  # one byte differs
    with pytest.raises(jwt.InvalidSignatureError):
        _decode(f"{header}.{_b64encode(altered)}.{signature}", published_keys)


def test_the_credential_is_the_same_when_signed_again_except_iat(issued, published_keys):
    first = _decode(issued.credential, published_keys)
    second = _decode(credentials.sign_credential(issued), published_keys)
    first.pop("iat"), second.pop("iat")
    assert first == second


def test_a_reissue_is_a_new_credential(issued, published_keys):
    issued.revision = 2
    issued.issued_at = timezone.now()
    claims = _decode(credentials.sign_credential(issued), published_keys)
    assert claims["jti"] == credentials.credential_id(issued.code, 2)
    assert claims["jti"] != credentials.credential_id(issued.code, 1)
    assert claims["sub"] == credentials.subject_id(issued.code)  # the same holder


def test_participation_certificates_award_a_certificate_achievement(home, published_keys):
    cert = make_certificate(home, kind="participation")
    claims = _decode(credentials.sign_credential(cert), published_keys)
    achievement = claims["credentialSubject"]["achievement"]
    assert achievement["achievementType"] == "Certificate"
    assert achievement["id"].endswith(f"/{cert.course_code}/participation.json")


def test_english_certificates_speak_english(home, published_keys):
    cert = make_certificate(home, language="en", course_title_en="Lean manufacturing")
    claims = _decode(credentials.sign_credential(cert), published_keys)
    assert claims["credentialSubject"]["achievement"]["name"] == "Lean manufacturing"
    assert claims["credentialSubject"]["achievement"]["inLanguage"] == "en"
    assert claims["name"] == "Certificate of completion: Lean manufacturing"


def test_achievements_are_published_where_their_id_points(client, issued):
    achievement = credentials.build_achievement(issued)
    path = achievement["id"].removeprefix(BASE)
    response = client.get(path)
    assert response.status_code == 200
    document = response.json()
    assert document["id"] == achievement["id"]
    assert document["name"] == issued.course_title_es
    assert client.get(path.replace(issued.course_code, "NOPE-1")).status_code == 404


def test_the_download_is_a_jwt_file(issued):
    response = credential_response(issued)
    assert response.content.decode() == issued.credential
    assert response["Content-Disposition"] == f'attachment; filename="{issued.code}.jwt"'
    assert response["Content-Type"].startswith("text/plain")


# --- Status lists --------------------------------------------------------------------------


def _published_list(client, number: int, jwks) -> tuple[dict, bytes]:
    response = client.get(f"/credentials/status/{number}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    assert "max-age=300" in response["Cache-Control"]
    token = response.content.decode()
    assert jwt.get_unverified_header(token)["alg"] == "RS256"
    claims = _decode(token, jwks)
    encoded = claims["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")  # multibase base64url
    bits = gzip.decompress(_b64decode(encoded[1:]))
    return claims, bits


def _bit(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def test_revoking_sets_the_bit_in_the_published_status_list(client, issued, published_keys):
    number, index = status_list.position(issued)
    claims, bits = _published_list(client, number, published_keys)
    assert set(claims["type"]) == {"VerifiableCredential", "BitstringStatusListCredential"}
    assert claims["id"] == f"{BASE}/credentials/status/{number}"
    assert claims["credentialSubject"]["type"] == "BitstringStatusList"
    assert claims["credentialSubject"]["statusPurpose"] == "revocation"
    assert len(bits) * 8 == 131_072
    assert not _bit(bits, index)

    Certificate.objects.filter(pk=issued.pk).update(
        status=Certificate.Status.REVOKED, revoked_at=timezone.now(), revoked_reason="Error"
    )
    issued.refresh_from_db()
    status_list.invalidate_for(issued)

    _, bits = _published_list(client, number, published_keys)
    assert _bit(bits, index)
    assert sum(bin(byte).count("1") for byte in bits) == 1  # only this one


def test_status_list_query_budget(client, issued, django_assert_num_queries, published_keys):
    number = status_list.position(issued)[0]
    with django_assert_num_queries(1):  # the revoked certificates of the list
        client.get(f"/credentials/status/{number}")
    with django_assert_num_queries(0):  # then from the cache, until something changes
        client.get(f"/credentials/status/{number}")
    status_list.invalidate(number)
    with django_assert_num_queries(1):
        client.get(f"/credentials/status/{number}")


def test_lists_no_certificate_can_be_in_are_not_found(client, issued):
    # (The locale middleware first tries the path under /es/, where nothing answers either.)
    assert client.get("/credentials/status/99", follow=True).status_code == 404


def test_later_lists_hold_later_certificates(home):
    cert = make_certificate(home)
    Certificate.objects.filter(pk=cert.pk).update(id=status_list.SIZE + 7)
    assert status_list.position(status_list.SIZE + 7) == (1, 7)
    assert status_list.list_exists(1) and not status_list.list_exists(2)


def test_bit_order_and_the_checking_helper(issued):
    encoded = status_list.encode([0, 9])
    bits = status_list.decode(encoded)
    assert bits[0] == 0b1000_0000 and bits[1] == 0b0100_0000  # index 0 is the left-most bit
    assert status_list.is_revoked(encoded, 0) and status_list.is_revoked(encoded, 9)
    assert not status_list.is_revoked(encoded, 1)

    number, index = status_list.position(issued)
    assert not status_list.is_revoked(status_list.status_list_credential(number), index)
    Certificate.objects.filter(pk=issued.pk).update(
        status=Certificate.Status.REVOKED, revoked_at=timezone.now()
    )
    status_list.invalidate(number)
    assert status_list.is_revoked(status_list.status_list_credential(number), index)


def test_the_checking_helper_refuses_what_is_not_a_list(issued):
    with pytest.raises(ValueError):
        status_list.is_revoked("not a list", 3)
    short = "u" + _b64encode(gzip.compress(bytes(10)))
    with pytest.raises(ValueError, match="shorter"):
        status_list.is_revoked(short, 3)
    with pytest.raises(ValueError):  # a credential is not a status list
        status_list.is_revoked(issued.credential, 3)
    forged = issued.credential.rsplit(".", 1)[0] + ".AAAA"
    with pytest.raises(ValueError):
        status_list.is_revoked(forged, 3)


def test_the_signing_key_is_the_one_published(published_keys):
    assert keys.signing_kid() in {key.key_id for key in published_keys.keys}
    # Tokens of the status lists and credentials share the header shape.
    token = credentials.sign_payload({"hello": "mundo"})
    assert json.loads(_b64decode(token.split(".")[0])) == {
        "alg": "RS256",
        "typ": "JWT",
        "kid": keys.signing_kid(),
    }
