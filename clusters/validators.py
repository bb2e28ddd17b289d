"""Validators of Mexican identifiers: CURP (people) and RFC (companies).

Format and check digit, with messages a person can act on. Sources: RENAPO's
CURP structure and SAT's RFC homoclave rules (see ../shared/DC3.md).
"""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The 32 states' codes, plus NE for people born abroad.
STATES = {
    *("AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC"),
    *("MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ"),
    *("YN", "ZS", "NE"),
}

CURP_RE = re.compile(
    r"^[A-ZÑ][AEIOUX][A-ZÑ]{2}"  # surname and name initials
    r"(?P<date>\d{6})"  # birth date YYMMDD
    r"[HMX]"  # sex
    r"(?P<state>[A-Z]{2})"  # state of birth
    r"[B-DF-HJ-NP-TV-ZÑ]{3}"  # internal consonants
    r"[0-9A-Z]"  # homonym differentiator
    r"\d$"  # check digit
)
CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"

RFC_RE = re.compile(r"^(?P<letters>[A-ZÑ&]{3,4})(?P<date>\d{6})(?P<homoclave>[A-Z0-9]{2}[0-9A])$")
RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
# Generic RFCs of SAT: members of the public and foreign residents.
GENERIC_RFCS = {"XAXX010101000", "XEXX010101000"}


def normalize_identifier(value: str) -> str:
    return (value or "").strip().upper().replace(" ", "").replace("-", "")


def _valid_yymmdd(digits: str) -> bool:
    yy, mm, dd = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    for century in (1900, 2000):
        try:
            date(century + yy, mm, dd)
            return True
        except ValueError:
            continue
    return False


def curp_check_digit(first17: str) -> str:
    total = sum(CURP_ALPHABET.index(ch) * (18 - i) for i, ch in enumerate(first17))
    return str((10 - total % 10) % 10)


def validate_curp(value: str) -> None:
    curp = normalize_identifier(value)
    if len(curp) != 18:
        raise ValidationError(
            _("A CURP has 18 characters; this one has %(count)s."),
            code="curp_length",
            params={"count": len(curp)},
        )
    match = CURP_RE.match(curp)
    if not match:
        raise ValidationError(
            _("This is not a valid CURP format (e.g. GODE561231HDFRRN00)."), code="curp_format"
        )
    if not _valid_yymmdd(match["date"]):
        raise ValidationError(
            _("The birth date inside this CURP does not exist."), code="curp_date"
        )
    if match["state"] not in STATES:
        raise ValidationError(
            _("The state code inside this CURP does not exist."), code="curp_state"
        )
    if curp[17] != curp_check_digit(curp[:17]):
        raise ValidationError(
            _("The last digit of this CURP does not match; please check it for typos."),
            code="curp_check_digit",
        )


def rfc_check_digit(without_digit: str) -> str:
    """SAT's homoclave verifier over the first 11 (moral) or 12 (física) characters."""
    padded = without_digit.rjust(12, " ")
    total = sum(RFC_ALPHABET.index(ch) * (13 - i) for i, ch in enumerate(padded))
    remainder = total % 11
    if remainder == 0:
        return "0"
    digit = 11 - remainder
    return "A" if digit == 10 else str(digit)


def validate_rfc(value: str) -> None:
    rfc = normalize_identifier(value)
    if rfc in GENERIC_RFCS:
        return
    if len(rfc) not in (12, 13):
        raise ValidationError(
            _("An RFC has 12 characters for a company or 13 for a person; this one has %(count)s."),
            code="rfc_length",
            params={"count": len(rfc)},
        )
    match = RFC_RE.match(rfc)
    if not match or len(match["letters"]) != len(rfc) - 9:
        raise ValidationError(
            _("This is not a valid RFC format (e.g. SAT970701NN3)."), code="rfc_format"
        )
    if not _valid_yymmdd(match["date"]):
        raise ValidationError(_("The date inside this RFC does not exist."), code="rfc_date")
    if rfc[-1] != rfc_check_digit(rfc[:-1]):
        raise ValidationError(
            _("The last character of this RFC does not match; please check it for typos."),
            code="rfc_check_digit",
        )
