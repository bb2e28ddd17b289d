"""Rotating QR codes for self check-in: signed, short-lived, no table behind them.

The room screen shows a code for (session id, 30-second window) signed with an
HMAC of the project's secret key, so a scan is checked with arithmetic, not a
look-up; a code from another session, an edited one, or one older than the
previous window is refused. A valid scan is remembered in the person's own
session for a few minutes, so logging in first does not make the code expire.
"""

import base64
import time

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

WINDOW = 30  # seconds a code is shown
ACCEPTED_WINDOWS = 2  # the code on screen, and the one just before it
PROOF_KEY = "training.checkin"
PROOF_TTL = 10 * 60  # seconds between a valid scan and confirming it (login included)


def _window(at: float | None = None) -> int:
    return int((time.time() if at is None else at) // WINDOW)


def _mac(session_id: int, window: int) -> str:
    digest = salted_hmac("training.checkin", f"{session_id}:{window}", algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest[:18]).decode()


def checkin_token(session_id: int, at: float | None = None) -> str:
    window = _window(at)
    return f"{session_id}-{window}-{_mac(session_id, window)}"


def seconds_left(at: float | None = None) -> int:
    now = time.time() if at is None else at
    return WINDOW - int(now % WINDOW)


def checkin_path(session_id: int, at: float | None = None) -> str:
    return reverse("training_checkin", args=[checkin_token(session_id, at)])


def _number(text: str) -> bool:
    return text.isascii() and text.isdecimal()


def read_checkin_token(token: str, at: float | None = None) -> int:
    """The session id a code was made for; ValidationError if it is forged or too old."""
    invalid = ValidationError(
        _("This check-in code is not valid. Scan the code on the screen again."), code="invalid"
    )
    parts = (token or "").split("-", 2)  # the MAC itself may contain "-"
    if len(parts) != 3 or not _number(parts[0]) or not _number(parts[1]):
        raise invalid
    session_id, window = int(parts[0]), int(parts[1])
    if not constant_time_compare(parts[2], _mac(session_id, window)):
        raise invalid
    now = _window(at)
    if window > now or now - window >= ACCEPTED_WINDOWS:
        raise ValidationError(
            _("This check-in code has expired. Scan the code on the screen again."),
            code="expired",
        )
    return session_id


def remember_scan(request, session_id: int) -> None:
    request.session[PROOF_KEY] = {"session": session_id, "at": timezone.now().timestamp()}


def remembered_scan(request) -> tuple[int, float] | None:
    """(session id, scan time) of a recent valid scan by this browser, if any."""
    proof = request.session.get(PROOF_KEY)
    if not proof or time.time() - proof.get("at", 0) > PROOF_TTL:
        return None
    return proof["session"], proof["at"]


def forget_scan(request) -> None:
    request.session.pop(PROOF_KEY, None)
