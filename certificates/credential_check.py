"""Check a credential someone pasted or uploaded: is it ours, intact, current?

The order follows OB 3.0 §8.2 "Verify a Credential": read the JOSE header, find the
key its kid names among the portal's published keys (never one the token brings
along, unless it is one of ours), verify the RS256 signature, then compare the JWT
claims with the credential and apply validFrom/validUntil. Status comes from the
database, not from an HTTP fetch of our own status list: the credential's status
entry names the list and index, which give the certificate's primary key
(status_list.py), and the row also says whether a newer revision replaced this one.

Nothing a forged or altered token claims is shown as a fact: facts are only filled
in once the signature holds.
"""

import base64
import binascii
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from joserfc import jws
from joserfc.errors import BadSignatureError, JoseError
from joserfc.jwk import RSAKey

from . import credentials, keys, status_list
from .models import Certificate

MAX_BYTES = 64 * 1024
CLOCK_SKEW = timedelta(minutes=2)

VALID, REVOKED, EXPIRED, INVALID = "valid", "revoked", "expired", "invalid"

_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")  # "none" has no signature
_LIST_URL = re.compile(r"^(?P<base>.+)/credentials/status/(?P<number>[0-9]{1,9})$")


@dataclass
class CredentialCheck:
    """What the verification page shows: the verdict, every problem found, the facts."""

    ok: bool = False
    verdict: str = INVALID
    problems: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    certificate: Certificate | None = None


class _Refused(Exception):
    """The check stops here; the message says why (translated)."""


def _invalid(message: str) -> CredentialCheck:
    return CredentialCheck(ok=False, verdict=INVALID, problems=[message])


def _b64json(part: str):
    try:
        return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _date(value: datetime | date) -> str:
    if isinstance(value, datetime):
        value = timezone.localtime(value).date()
    return formats.date_format(value, "DATE_FORMAT")


# --- Reading the input -----------------------------------------------------------------


def _as_text(data: str | bytes) -> str:
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise _Refused(_too_large())
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise _Refused(_("The file is not text; a credential is a text file (.jwt).")) from exc
    if len(data) > MAX_BYTES or len(data.encode("utf-8")) > MAX_BYTES:
        raise _Refused(_too_large())
    return data


def _too_large() -> str:
    return _(
        "This is larger than 64 KB; our credentials are a few kilobytes. It is not one of ours."
    )


def _token_from(text: str) -> str:
    """The compact JWS in the input: as pasted, or inside a JSON string or document."""
    text = text.strip().lstrip("\ufeff")
    if not text:
        raise _Refused(_("Paste a credential or choose its file."))
    if text[0] in '{["':
        try:
            document = json.loads(text)
        except ValueError as exc:
            raise _Refused(
                _("This is not a credential: it looks like JSON, but it cannot be read.")
            ) from exc
        if isinstance(document, str):
            text = document
        elif isinstance(document, dict) and "proof" in document:
            raise _Refused(
                _(
                    "This credential carries an embedded proof. The portal signs its credentials "
                    "as VC-JWT and only checks those: paste the .jwt file instead."
                )
            )
        elif isinstance(document, dict) and "VerifiableCredential" in _types(document):
            raise _Refused(
                _(
                    "This is the content of a credential without its signature, so nothing "
                    "shows who wrote it. Paste the signed credential (the .jwt file) instead."
                )
            )
        else:
            raise _Refused(_("This JSON is not a credential."))
    token = re.sub(r"\s+", "", text)
    if not _JWS.match(token):
        raise _Refused(
            _(
                "This is not a signed credential. A credential (VC-JWT) is one long line of "
                "letters, digits, “-” and “_” in three parts separated by dots."
            )
        )
    return token


def _types(document: dict) -> list:
    value = document.get("type", [])
    return [value] if isinstance(value, str) else value if isinstance(value, list) else []


# --- Signature -------------------------------------------------------------------------


def _verification_key(header: dict) -> RSAKey:
    alg = header.get("alg")
    if alg != credentials.ALGORITHM:
        if not alg or str(alg).lower() == "none":
            raise _Refused(
                _(
                    "The credential is not signed (its algorithm is “none”), so anyone could "
                    "have written it. It is not valid."
                )
            )
        if str(alg).upper().startswith("HS"):
            raise _Refused(
                _(
                    "The credential claims a shared-secret signature (%(alg)s), which no issuer "
                    "uses for credentials meant for the public. It is forged."
                )
                % {"alg": str(alg)[:20]}
            )
        raise _Refused(
            _(
                "The credential is signed with %(alg)s; the portal signs its credentials with "
                "RS256. It was not issued by the portal."
            )
            % {"alg": str(alg)[:20]}
        )
    ours = keys.verification_keys()
    kid = header.get("kid")
    if isinstance(kid, str) and kid in ours:
        return ours[kid]
    jwk = header.get("jwk")
    if isinstance(jwk, dict) and "d" not in jwk:
        try:
            thumbprint = RSAKey.import_key(jwk).thumbprint()
        except (ValueError, TypeError, JoseError):
            thumbprint = None
        for key in ours.values():
            if thumbprint and key.thumbprint() == thumbprint:
                return key
    raise _Refused(
        _(
            "The credential was not signed with one of the portal's keys (see the published "
            "keys), so it was issued by someone else or forged."
        )
    )


def _verified_payload(token: str) -> dict:
    header = _b64json(token.split(".", 1)[0])
    if not isinstance(header, dict):
        raise _Refused(_("The credential is damaged: its header cannot be read."))
    key = _verification_key(header)
    try:
        signed = jws.deserialize_compact(
            token, key, algorithms=[credentials.ALGORITHM], registry=credentials.REGISTRY
        )
    except BadSignatureError as exc:
        raise _Refused(
            _(
                "The signature does not match the content: the credential was changed after "
                "it was signed, or it was signed with another key."
            )
        ) from exc
    except (JoseError, ValueError) as exc:
        raise _Refused(_("The credential is damaged and cannot be read.")) from exc
    try:
        payload = json.loads(signed.payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Refused(_("The signed content is not a credential.")) from exc
    if not isinstance(payload, dict):
        raise _Refused(_("The signed content is not a credential."))
    return payload


# --- Content ---------------------------------------------------------------------------


def _credential_of(payload: dict) -> dict:
    # OB 3.0 puts the credential in the payload; VC 1.1-era tokens wrap it in `vc`.
    credential = payload["vc"] if isinstance(payload.get("vc"), dict) else payload
    types = _types(credential)
    if "BitstringStatusListCredential" in types:
        raise _Refused(
            _("This is one of the portal's revocation lists, not the credential of a certificate.")
        )
    if "VerifiableCredential" not in types or not (
        "OpenBadgeCredential" in types or "AchievementCredential" in types
    ):
        raise _Refused(_("The signed content is not an Open Badges credential."))
    if not isinstance(credential.get("credentialSubject"), dict):
        raise _Refused(_("The signed content is not an Open Badges credential."))
    return credential


def _parse_time(value) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _from_numeric(value) -> datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _check_claims(payload: dict, credential: dict) -> None:
    """OB 3.0 §8.2: iss, sub, nbf and jti must be present and match; exp sets validUntil."""
    issuer = credential.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    valid_from = _parse_time(credential.get("validFrom") or credential.get("issuanceDate"))
    valid_until = _parse_time(credential.get("validUntil") or credential.get("expirationDate"))
    nbf, exp = _from_numeric(payload.get("nbf")), _from_numeric(payload.get("exp"))
    mismatched = (
        not issuer_id
        or payload.get("iss") != issuer_id
        or payload.get("jti") != credential.get("id")
        or payload.get("sub") != credential["credentialSubject"].get("id")
        or nbf is None
        or valid_from is None
        or nbf != valid_from
        or ("exp" in payload and (exp is None or (valid_until and exp != valid_until)))
        or (valid_until is not None and "exp" not in payload)
    )
    if mismatched:
        raise _Refused(
            _("The credential is inconsistent: its signed claims do not match its content.")
        )


def _facts(credential: dict) -> dict:
    """What the credential attests, for display (only ever called on a verified one)."""
    subject = credential["credentialSubject"]
    achievement = subject.get("achievement") if isinstance(subject.get("achievement"), dict) else {}
    identifiers = [i for i in subject.get("identifier") or [] if isinstance(i, dict)]
    holder = next(
        (
            i.get("identityHash")
            for i in identifiers
            if i.get("identityType") == "name" and i.get("hashed") is False
        ),
        "",
    )
    issuer = credential.get("issuer")
    source = subject.get("source") if isinstance(subject.get("source"), dict) else {}
    facts = {
        "holder": holder,
        "course": achievement.get("name", ""),
        "course_code": achievement.get("humanCode", ""),
        "achievement_type": achievement.get("achievementType", ""),
        "issuer": issuer.get("name", "") if isinstance(issuer, dict) else "",
        "cluster": source.get("name", ""),
        "issued_at": _parse_time(credential.get("validFrom")),
        "valid_until": _parse_time(credential.get("validUntil")),
        "starts_on": _day(subject.get("activityStartDate")),
        "ends_on": _day(subject.get("activityEndDate")),
        "credential_id": credential.get("id", ""),
    }
    return facts


def _day(value) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def _status_entry(credential: dict) -> dict | None:
    entries = credential.get("credentialStatus")
    entries = entries if isinstance(entries, list) else [entries]
    for entry in entries:
        if (
            isinstance(entry, dict)
            and entry.get("type") == "BitstringStatusListEntry"
            and entry.get("statusPurpose") == status_list.PURPOSE
        ):
            return entry
    return None


def _certificate_for(credential: dict) -> tuple[Certificate | None, int | None]:
    """The certificate behind a credential we signed, and which revision it is."""
    entry = _status_entry(credential)
    if entry is None:
        return None, None
    match = _LIST_URL.match(str(entry.get("statusListCredential", "")))
    index = str(entry.get("statusListIndex", ""))
    if not match or match["base"] != keys.public_base_url() or not index.isdigit():
        return None, None
    if int(index) >= status_list.SIZE:
        return None, None
    pk = status_list.pk_at(int(match["number"]), int(index))
    certificate = Certificate.objects.filter(pk=pk).first()
    if certificate is None:
        return None, None
    for revision in range(certificate.revision, 0, -1):
        if credentials.credential_id(certificate.code, revision) == credential.get("id"):
            return certificate, revision
    return None, None


# --- The check -------------------------------------------------------------------------


def check_credential(text: str | bytes) -> CredentialCheck:
    """Check a pasted or uploaded credential; never raises for bad input."""
    try:
        token = _token_from(_as_text(text))
        payload = _verified_payload(token)
        credential = _credential_of(payload)
        _check_claims(payload, credential)
    except _Refused as refused:
        return _invalid(str(refused))

    result = CredentialCheck(ok=False, verdict=VALID, facts=_facts(credential))
    now = timezone.now()
    problems = result.problems
    superseded = revoked = expired = False

    issued_at = result.facts["issued_at"]
    if issued_at and issued_at > now + CLOCK_SKEW:
        problems.append(
            _("The credential is not valid yet: it starts on %(date)s.")
            % {"date": _date(issued_at)}
        )
        superseded = True  # treated as not valid

    certificate, revision = _certificate_for(credential)
    if certificate is None:
        problems.append(
            _(
                "The portal signed this credential, but its certificate no longer exists here; "
                "it cannot be relied on."
            )
        )
        superseded = True
    else:
        result.certificate = certificate
        result.facts.update(
            code=certificate.display_code,
            verify_url=credentials.verify_url(certificate.code),
            revision=revision,
        )
        if revision == certificate.revision:
            result.facts["hours"] = credentials.format_hours(certificate.hours)
        if certificate.status == Certificate.Status.REVOKED:
            revoked = True
            message = _("The certificate was revoked on %(date)s.") % {
                "date": _date(certificate.revoked_at or now)
            }
            if certificate.revoked_reason:
                message += " " + _("Reason: %(reason)s") % {"reason": certificate.revoked_reason}
            problems.append(message)
        elif revision < certificate.revision:
            superseded = True
            if certificate.issued_at:
                problems.append(
                    _(
                        "This is version %(old)s of the credential. The certificate was issued "
                        "again (version %(new)s) on %(date)s: ask the holder for the current "
                        "credential, or check the certificate's page."
                    )
                    % {
                        "old": revision,
                        "new": certificate.revision,
                        "date": _date(certificate.issued_at),
                    }
                )
            else:
                problems.append(
                    _(
                        "This is version %(old)s of the credential; the certificate is being "
                        "issued again. Check the certificate's page."
                    )
                    % {"old": revision}
                )
        elif certificate.status != Certificate.Status.VALID:
            superseded = True
            problems.append(_("The certificate is not valid at the moment."))

    valid_until = result.facts["valid_until"]
    if valid_until and valid_until <= now:
        expired = True
        problems.append(_("The credential expired on %(date)s.") % {"date": _date(valid_until)})

    if revoked:
        result.verdict = REVOKED
    elif superseded:
        result.verdict = INVALID
    elif expired:
        result.verdict = EXPIRED
    result.ok = result.verdict == VALID
    return result
