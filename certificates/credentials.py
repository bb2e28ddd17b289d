"""Each certificate as an Open Badges 3.0 OpenBadgeCredential, signed as a VC-JWT.

Follows OB 3.0 (1EdTech, VC Data Model 2.0 alignment):

- @context is the VC 2.0 context followed by the OB 3.0.3 context, type
  ["VerifiableCredential", "OpenBadgeCredential"]; validFrom/validUntil (VC 2.0),
  not the VC 1.1 issuanceDate/expirationDate, and awardedDate keeps the date the
  certificate was first given.
- The JWT payload *is* the credential (OB 3.0 §8.2 "JWT Payload Format"), with the
  claims iss = issuer.id, jti = id, sub = credentialSubject.id, nbf = validFrom and
  exp = validUntil, plus iat. The VC 1.1 `vc` wrapper claim is not used.
- JOSE header {"alg": "RS256", "typ": "JWT", "kid": ...}: RS256 is the algorithm every
  OB verifier must support; the kid dereferences to our JWKS (keys.py).
- The holder is identified without a DID: AchievementSubject.identifier carries a
  salted SHA-256 IdentityHash of their email (`sha256$<hex>`, so an employer given the
  address can check it) and their name in plain text (identityType "name"; a hashed
  name could not be displayed). `sub` is required by §8.2 and must equal
  credentialSubject.id, so the subject gets a pseudonymous urn:uuid per certificate.
- The id is a urn:uuid derived from the verification URL and the revision: a reissue
  (corrected name, new dates) is a new credential, and `credential_check` can tell an
  older revision from the current one.

Everything is derived from the certificate's snapshot, so signing again gives the same
credential apart from `iat`.
"""

import hashlib
import json
import uuid
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from urllib.parse import quote

from django.conf import settings
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from joserfc import jws

from . import keys, status_list
from .models import Certificate, Kind

CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
CREDENTIAL_SCHEMA = {
    "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json",
    "type": "1EdTechJsonSchemaValidator2019",
}
ALGORITHM = "RS256"
# OB 3.0 §"Web Resource": a VC-JWT served over HTTP SHOULD be text/plain; files end in .jwt.
CREDENTIAL_MEDIA_TYPE = "text/plain; charset=utf-8"

# What we accept when reading a VC-JWT: RS256 only; room for a `jwk` header (OB 3.0
# allows one; joserfc's default 512-byte header limit does not fit an RSA key) and
# for status lists, whose payload grows with revocations (16 KB bitstring at worst).
REGISTRY = jws.JWSRegistry(algorithms=[ALGORITHM])
REGISTRY.max_header_length = 4096
REGISTRY.max_payload_length = 64 * 1024

# Fixed namespace for the urn:uuid identifiers (uuid5 of our URLs); never change it.
_NAMESPACE = uuid.UUID("6f1f7a52-3a0e-4d55-9a8e-0c6b8a4c2d31")
ACHIEVEMENT_TYPES = {Kind.COMPLETION: "CertificateOfCompletion", Kind.PARTICIPATION: "Certificate"}


# --- Identifiers -----------------------------------------------------------------------


def issuer_id() -> str:
    """The issuer Profile's id, which is also the URL that serves it."""
    return f"{keys.public_base_url()}/credentials/issuer.json"


def verify_url(code: str) -> str:
    return f"{keys.public_base_url()}/verify/{code}/"


def credential_id(code: str, revision: int) -> str:
    """urn:uuid of one revision of a certificate's credential (stable, not guessable
    without the code)."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{verify_url(code)}#revision-{revision}')}"


def subject_id(code: str) -> str:
    """A pseudonymous id for the holder of this certificate, the same in every revision."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{verify_url(code)}#holder')}"


def achievement_id(course_code: str, kind: str) -> str:
    """Where the Achievement (a course's certificate of completion or participation) is
    published."""
    return (
        f"{keys.public_base_url()}/credentials/achievements/"
        f"{quote(course_code, safe='')}/{quote(kind, safe='')}.json"
    )


def _source_id(cluster_id: int) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{keys.public_base_url()}/clusters/{cluster_id}')}"


# --- Formatting ------------------------------------------------------------------------


def datetime_z(value: datetime) -> str:
    """A DateTimeZ in UTC to the second, as JWT NumericDates can represent it exactly."""
    return value.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def numeric_date(value: datetime) -> int:
    return int(value.astimezone(UTC).replace(microsecond=0).timestamp())


def valid_until_datetime(certificate: Certificate) -> datetime | None:
    """The last second of `valid_until` in the portal's time zone (the day is included,
    as Certificate.is_expired counts it)."""
    if certificate.valid_until is None:
        return None
    next_day = datetime.combine(
        certificate.valid_until + timedelta(days=1), time(0), tzinfo=timezone.get_default_timezone()
    )
    return next_day - timedelta(seconds=1)


def format_hours(hours: Decimal) -> str:
    """16.0 -> "16", 7.5 -> "7.5"."""
    value = Decimal(hours)
    return f"{value.normalize():f}" if value % 1 else str(int(value))


def _language(certificate: Certificate) -> str:
    return "en" if certificate.language == "en" else "es"


def _issued_at(certificate: Certificate) -> datetime:
    return (certificate.issued_at or timezone.now()).replace(microsecond=0)


# --- The documents ---------------------------------------------------------------------


def issuer_profile() -> dict:
    """The issuer Profile, embedded in every credential and published at issuer_id()."""
    return {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.CERTIFICATES_ISSUER_NAME,
        "url": keys.public_base_url(),
    }


def build_achievement(certificate: Certificate, language: str | None = None) -> dict:
    """The Achievement: this course's certificate of completion (or participation)."""
    language = language or _language(certificate)
    title = certificate.course_title(language)
    hours = format_hours(certificate.hours)
    with translation.override(language):
        if certificate.kind == Kind.PARTICIPATION:
            narrative = _(
                "Took part in the %(hours)s-hour course “%(course)s”, given by %(cluster)s."
            )
            description = _(
                "Certificate of participation in the %(hours)s-hour course “%(course)s”."
            )
        else:
            narrative = _(
                "Completed the %(hours)s-hour course “%(course)s”, given by %(cluster)s, "
                "meeting its attendance and assessment requirements."
            )
            description = _("Certificate of completion of the %(hours)s-hour course “%(course)s”.")
        values = {"hours": hours, "course": title, "cluster": certificate.cluster_name}
        return {
            "id": achievement_id(certificate.course_code, certificate.kind),
            "type": ["Achievement"],
            "achievementType": ACHIEVEMENT_TYPES.get(certificate.kind, "Certificate"),
            "name": title,
            "description": description % values,
            "criteria": {"narrative": narrative % values},
            "humanCode": certificate.course_code,
            "inLanguage": "en" if language == "en" else "es-MX",
        }


def email_identity(email: str, salt: str) -> dict:
    """An IdentityObject with the salted SHA-256 IdentityHash of an email address.

    The address is trimmed and lower-cased first (addresses are compared that way here).
    """
    digest = hashlib.sha256((email.strip().lower() + salt).encode("utf-8")).hexdigest()
    return {
        "type": "IdentityObject",
        "identityHash": f"sha256${digest}",
        "identityType": "emailAddress",
        "hashed": True,
        "salt": salt,
    }


def _salt(certificate: Certificate) -> str:
    """Per credential, unpredictable, and stable so signing again gives the same hash."""
    return salted_hmac(
        "certificates.credentials.salt", f"{certificate.code}:{certificate.revision}"
    ).hexdigest()[:32]


def _holder_email(certificate: Certificate) -> str:
    user = getattr(certificate.trainee, "user", None)
    return (getattr(user, "email", "") or "").strip()


def build_credential(certificate: Certificate) -> dict:
    """The unsigned OpenBadgeCredential for the certificate's current revision."""
    language = _language(certificate)
    issued_at = _issued_at(certificate)
    identifiers = []
    email = _holder_email(certificate)
    if email:
        identifiers.append(email_identity(email, _salt(certificate)))
    identifiers.append(
        {
            "type": "IdentityObject",
            "identityHash": certificate.holder_name,
            "identityType": "name",
            "hashed": False,
        }
    )
    with translation.override(language):
        kind_label = str(Kind(certificate.kind).label) if certificate.kind in Kind.values else ""
        name = f"{kind_label}: {certificate.course_title(language)}" if kind_label else ""
    credential = {
        "@context": list(CONTEXTS),
        "id": credential_id(certificate.code, certificate.revision),
        "type": list(CREDENTIAL_TYPES),
        "name": name or certificate.course_title(language),
        "issuer": issuer_profile(),
        "validFrom": datetime_z(issued_at),
    }
    until = valid_until_datetime(certificate)
    if until is not None:
        credential["validUntil"] = datetime_z(until)
    credential["awardedDate"] = datetime_z(issued_at)
    credential["credentialSubject"] = {
        "id": subject_id(certificate.code),
        "type": ["AchievementSubject"],
        "identifier": identifiers,
        "activityStartDate": f"{certificate.starts_on.isoformat()}T00:00:00",
        "activityEndDate": f"{certificate.ends_on.isoformat()}T23:59:59",
        "source": {
            "id": _source_id(certificate.cluster_id),
            "type": ["Profile"],
            "name": certificate.cluster_name,
        },
        "achievement": build_achievement(certificate, language),
    }
    credential["credentialStatus"] = status_list.status_entry(certificate)
    credential["credentialSchema"] = [dict(CREDENTIAL_SCHEMA)]
    return credential


# --- Signing ---------------------------------------------------------------------------


def jwt_claims(credential: dict, *, issued_at: datetime | None = None) -> dict:
    """The JWT payload: the credential itself plus the registered claims OB 3.0 maps."""
    claims = {
        "iss": credential["issuer"]["id"]
        if isinstance(credential["issuer"], dict)
        else credential["issuer"],
        "jti": credential["id"],
        "sub": credential["credentialSubject"]["id"],
        "nbf": numeric_date(datetime.fromisoformat(credential["validFrom"])),
        "iat": numeric_date(issued_at or timezone.now()),
    }
    if credential.get("validUntil"):
        claims["exp"] = numeric_date(datetime.fromisoformat(credential["validUntil"]))
    return {**claims, **credential}


def sign_payload(payload: dict) -> str:
    """A compact JWS over `payload` (UTF-8 JSON) with the current issuer key."""
    header = {"alg": ALGORITHM, "typ": "JWT", "kid": keys.signing_kid()}
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return jws.serialize_compact(header, body, keys.signing_key(), algorithms=[ALGORITHM])


def sign_credential(certificate: Certificate) -> str:
    """The certificate's OpenBadgeCredential as a VC-JWT (what Certificate.credential holds)."""
    return sign_payload(jwt_claims(build_credential(certificate)))
