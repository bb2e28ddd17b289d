"""Reads of certificates, tuned for the pages that serve them."""

import re

from django.db.models import QuerySet

from .credentials import format_hours
from .models import CODE_ALPHABET, CODE_LENGTH, Certificate

_CODE = re.compile(f"^[{CODE_ALPHABET}]{{{CODE_LENGTH}}}$")
SHOWN = (Certificate.Status.VALID, Certificate.Status.REVOKED)


def normalize_code(raw: str) -> str | None:
    """A code as people type it (any case, dashes or spaces between groups), or None."""
    code = re.sub(r"[\s-]", "", (raw or "")[:64]).upper()
    return code if _CODE.match(code) else None


def cache_name(code: str) -> str:
    """What cached verification pages of this code depend on (core.page_cache.bump)."""
    return f"certificate:{code}"


def certificate_for_code(raw: str) -> Certificate | None:
    """The issued certificate with this code: one query, none for a malformed code.

    Pending and failed ones answer like unknown codes: nothing was issued yet.
    """
    code = normalize_code(raw)
    if code is None:
        return None
    return Certificate.objects.filter(code=code, status__in=SHOWN).first()


def certificates_of_user(user) -> QuerySet[Certificate]:
    return (
        Certificate.objects.filter(trainee__user=user)
        .exclude(status=Certificate.Status.FAILED)
        .order_by("-issued_on", "-pk")
    )


def public_facts(certificate: Certificate, language: str) -> dict:
    """What the verification page and its JSON form attest."""
    state = certificate.state
    return {
        "code": certificate.code,
        "status": state,
        "kind": certificate.kind,
        "holder": certificate.holder_name,
        "course": {
            "code": certificate.course_code,
            "title": certificate.course_title(language),
            "title_es": certificate.course_title_es,
            "title_en": certificate.course_title_en,
        },
        "hours": format_hours(certificate.hours),
        "period": {
            "from": certificate.starts_on.isoformat(),
            "to": certificate.ends_on.isoformat(),
        },
        "issued_by": certificate.cluster_name,
        "issued_on": certificate.issued_on.isoformat() if certificate.issued_on else None,
        "valid_until": certificate.valid_until.isoformat() if certificate.valid_until else None,
        "expired_since": (certificate.valid_until.isoformat() if state == "expired" else None),
        "revoked": (
            {
                "at": certificate.revoked_at.isoformat(),
                "reason": certificate.revoked_reason,
            }
            if state == "revoked"
            else None
        ),
        "signatories": [
            {
                "name": s.get("name", ""),
                "position": s.get("position_en" if language == "en" else "position_es", ""),
            }
            for s in certificate.signatories
        ],
        "revision": certificate.revision,
    }
