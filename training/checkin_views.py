"""Self check-in from the room's QR code, on the trainee's phone.

The code's URL (`training_checkin`) checks the signature and remembers the scan
in the browser's session (training/checkin.py), then sends the person to the
confirm page, through the log-in if needed: the code on the screen changes
every 30 seconds, the remembered scan lasts ten minutes. Confirming is a POST
of the signed-in person for themselves: there is no parameter naming anyone
else. Both steps are rate-limited per person (or address, before log-in).
"""

from datetime import UTC, datetime

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.ratelimit import allow, client_key

from .attendance import self_check_in
from .checkin import forget_scan, read_checkin_token, remember_scan, remembered_scan
from .models import Attendance, Enrollment, Session

# Scans before log-in are counted per address, and a classroom shares one; allow more.
SCAN_LIMIT_USER, SCAN_LIMIT_ADDRESS = 10, 120
CONFIRM_LIMIT = 10


def _message(request, text: str, *, status: int = 400, title: str = ""):
    return render(
        request,
        "training/checkin/message.html",
        {"title": title or _("Check-in"), "text": text, "ok": status < 400},
        status=status,
    )


def _too_many(request):
    return _message(
        request,
        _("Too many check-in attempts. Wait a minute and scan the code again."),
        status=429,
    )


def _scan_again(request):
    return _message(
        request,
        _(
            "We could not find your scan, or it is more than ten minutes old. "
            "Scan the code on the screen again."
        ),
    )


def _local(moment, session: Session) -> str:
    return f"{timezone.localtime(moment, session.tzinfo):%H:%M}"


@require_http_methods(["GET", "HEAD"])
def checkin_scan(request, token: str):
    """The URL in the QR code: check it, remember the scan, go on to confirm."""
    key = client_key(request)
    limit = SCAN_LIMIT_USER if request.user.is_authenticated else SCAN_LIMIT_ADDRESS
    if not allow(f"checkin-scan:{key}", limit=limit, window=60):
        return _too_many(request)
    try:
        session_id = read_checkin_token(token)
    except ValidationError as exc:
        return _message(request, " ".join(exc.messages))
    remember_scan(request, session_id)
    confirm = reverse("training_checkin_confirm")
    if not request.user.is_authenticated:
        return redirect_to_login(confirm)
    return redirect(confirm)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def checkin_confirm(request):
    """GET: the session and a big "Check in" button. POST: check the person in."""
    if request.method == "POST" and not allow(
        f"checkin:{client_key(request)}", limit=CONFIRM_LIMIT, window=60
    ):
        return _too_many(request)
    scan = remembered_scan(request)
    if scan is None:
        return _scan_again(request)
    session_id, scanned_at = scan
    session = (
        Session.objects.select_related("cohort", "cohort__course", "cohort__cluster")
        .filter(pk=session_id)
        .first()
    )
    if session is None:
        forget_scan(request)
        return _message(request, _("This session does not exist."))
    if request.method == "POST":
        return _check_in(request, session, scanned_at)
    enrollment = Enrollment.objects.filter(
        cohort_id=session.cohort_id,
        trainee__user=request.user,
        status__in=Enrollment.TAKING_PART,
    ).first()
    if enrollment is None:
        return _message(request, _("You are not enrolled in the cohort of this session."))
    already = Attendance.objects.filter(
        session=session, enrollment=enrollment, status__in=Attendance.ATTENDED
    ).first()
    return render(
        request,
        "training/checkin/confirm.html",
        {
            "session": session,
            "course": session.cohort.course.localized,
            "tz": session.tzinfo,
            "already": already,
            "already_at": _local(already.recorded_at, session) if already else "",
        },
    )


def _check_in(request, session: Session, scanned_at: float):
    try:
        row, created = self_check_in(
            user=request.user,
            session_id=session.pk,
            scanned_at=datetime.fromtimestamp(scanned_at, tz=UTC),
        )
    except ValidationError as exc:
        return _message(request, " ".join(exc.messages))
    forget_scan(request)
    if not created:
        text = _("You had already checked in at %(time)s.") % {
            "time": _local(row.recorded_at, session)
        }
    elif row.status == Attendance.Status.LATE:
        text = _("You are checked in: late, at %(time)s.") % {
            "time": _local(datetime.fromtimestamp(scanned_at, tz=UTC), session)
        }
    else:
        text = _("You are checked in: present.")
    return render(
        request,
        "training/checkin/done.html",
        {
            "session": session,
            "course": session.cohort.course.localized,
            "tz": session.tzinfo,
            "row": row,
            "created": created,
            "text": text,
        },
    )
