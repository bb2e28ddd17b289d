"""Taking attendance in the admin, the room's check-in screen, and a cohort's progress matrix.

Instructors use these on a phone in the classroom, so every page works with one
thumb and without JavaScript: each person's row is its own small form (a tap
posts it, a plain submit works too), and the JSON answers are for the script
that saves as they tap (static/training/attendance.js).

Access, as everywhere in the admin (training/admin_views.py): the session or
cohort is looked up among ``sessions_visible_to`` / ``cohorts_visible_to`` the
person (404 outside them), then ``can_manage_sessions`` decides (403). Every
write is a call to training.attendance or training.services; a refusal is a
message (or a JSON error) and nothing is written.
"""

import segno
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.formats import time_format
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import matrix, permissions
from .admin_views import can_finish, error_text, load_cohort, roster_url, status_url
from .attendance import EARLY, attendance_mark_all_present, attendance_record
from .checkin import checkin_path, seconds_left
from .models import Attendance, Cohort, Session

Mark = Attendance.Status
# How often the check-in screen asks for the count even when the code has not changed.
CHECKIN_POLL_SECONDS = 5
COUNTDOWN = gettext_lazy("New code in %(seconds)s s")


def load_session(request, session_id: int) -> Session:
    """The session from the person's scope (404 outside it); 403 unless they manage it."""
    session = get_object_or_404(
        permissions.sessions_visible_to(request.user).select_related(
            "cohort", "cohort__course", "cohort__cluster"
        ),
        pk=session_id,
    )
    if not permissions.can_manage_sessions(request.user, session.cohort):
        raise PermissionDenied
    return session


def attendance_url(session: Session) -> str:
    return reverse("training_session_attendance", kwargs={"session_id": session.pk})


def progress_url(cohort: Cohort) -> str:
    return reverse("training_cohort_progress", kwargs={"cohort_id": cohort.pk})


def sessions_list_url(cohort: Cohort) -> str:
    """The cohort's sessions page (training/session_admin_views.py)."""
    return reverse("training_sessions", kwargs={"cohort_id": cohort.pk})


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


# --- Attendance of one session ---------------------------------------------------


class SessionAttendanceView(WagtailAdminTemplateMixin, TemplateView):
    """The roster of a session with one-tap marks; corrections later are the same page."""

    template_name = "training/admin/attendance/session.html"
    header_icon = "tasks"

    def dispatch(self, request, session_id: int):
        self.session = load_session(request, session_id)
        return super().dispatch(request, session_id=session_id)

    def get_page_title(self):
        return _("Attendance")

    def get_page_subtitle(self):
        return self.session.cohort.course.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.session
        rows = matrix.session_sheet(session)
        counts = matrix.sheet_counts(rows)
        context.update(
            session=session,
            cohort=session.cohort,
            tz=session.tzinfo,
            rows=rows,
            counts=counts,
            count_items=matrix.count_items(counts),
            marks=Mark.choices,
            cancelled=session.is_cancelled,
            not_started=timezone.now() < session.starts_at - EARLY,
            mark_url=reverse("training_session_attendance_mark", kwargs={"session_id": session.pk}),
            all_present_url=reverse(
                "training_session_attendance_all_present", kwargs={"session_id": session.pk}
            ),
            checkin_url=reverse(
                "training_session_checkin_screen", kwargs={"session_id": session.pk}
            ),
            progress_url=progress_url(session.cohort),
            sessions_url=sessions_list_url(session.cohort),
            current_url=self.request.get_full_path(),
        )
        return context


class SessionAttendanceMarkView(View):
    """POST one person's mark. JSON for the script, a redirect with a message without it."""

    http_method_names = ["post"]

    def post(self, request, session_id: int):
        as_json = wants_json(request)
        try:
            session = load_session(request, session_id)
        except PermissionDenied:
            if as_json:
                return JsonResponse(
                    {"error": _("You cannot take attendance for this session.")}, status=403
                )
            raise
        try:
            enrollment_id = _integer(request.POST.get("enrollment"), _("Choose a person."))
            minutes = _minutes(request.POST.get("minutes"))
            row = attendance_record(
                actor=request.user,
                session_id=session.pk,
                enrollment_id=enrollment_id,
                status=request.POST.get("status", ""),
                minutes=minutes,
            )
        except ValidationError as error:
            if as_json:
                return JsonResponse({"error": error_text(error)}, status=400)
            messages.error(request, error_text(error))
            return redirect(attendance_url(session))
        except PermissionDenied:
            if as_json:
                return JsonResponse(
                    {"error": _("You cannot take attendance for this session.")}, status=403
                )
            raise
        name = row.enrollment.trainee.full_name
        saved = _("%(name)s: %(mark)s, saved at %(time)s.") % {
            "name": name,
            "mark": matrix.mark_label(row.status, row.minutes),
            "time": time_format(timezone.localtime(row.recorded_at, session.tzinfo), "H:i"),
        }
        if as_json:
            counts = matrix.sheet_counts(matrix.session_sheet(session, history=False))
            return JsonResponse(
                {
                    "ok": True,
                    "status": row.status,
                    "minutes": row.minutes,
                    "recorded_by": row.recorded_by.get_full_name() if row.recorded_by else "",
                    "recorded_at": row.recorded_at.isoformat(),
                    "message": saved,
                    "counts": counts,
                }
            )
        messages.success(request, saved)
        return redirect(f"{attendance_url(session)}#person-{row.enrollment_id}")


def _integer(value, message: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError(message) from None


def _minutes(value) -> int | None:
    """Empty means the whole session; anything else must be a whole number of minutes."""
    value = (value or "").strip()
    if not value:
        return None
    number = _integer(value, _("Minutes attended must be a whole number."))
    if number < 0:
        raise ValidationError(_("Minutes attended must be a whole number."))
    return number


class SessionAttendanceAllPresentView(View):
    """Mark everyone not yet marked as present (marks already taken stay as they are)."""

    http_method_names = ["post"]

    def post(self, request, session_id: int):
        session = load_session(request, session_id)
        try:
            count = attendance_mark_all_present(actor=request.user, session_id=session.pk)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            if count:
                messages.success(
                    request,
                    ngettext(
                        "%(count)s person marked present; marks already taken were kept.",
                        "%(count)s people marked present; marks already taken were kept.",
                        count,
                    )
                    % {"count": count},
                )
            else:
                messages.info(request, _("Everyone was already marked."))
        return redirect(attendance_url(session))


# --- The room's check-in screen ------------------------------------------------------


def checkin_state(request, session: Session) -> dict:
    """What the screen shows now: the code (as SVG), its link, the count, the countdown."""
    now = timezone.now()
    counts = matrix.sheet_counts(matrix.session_sheet(session, history=False))
    state = {
        "open": session.starts_at - EARLY <= now <= session.ends_at,
        "seconds_left": seconds_left(),
        "checked_in": counts[Mark.PRESENT] + counts[Mark.LATE],
        "total": counts["total"],
        "url": "",
        "svg": "",
        "message": "",
    }
    if now < session.starts_at - EARLY:
        local = timezone.localtime(session.starts_at - EARLY, session.tzinfo)
        state["message"] = _("Check-in opens at %(time)s.") % {"time": time_format(local, "H:i")}
    elif now > session.ends_at:
        state["message"] = _("This session has ended; check-in is closed.")
    else:
        # The trainees' link in the site's language (Spanish first), whatever the admin's is.
        with translation.override(settings.LANGUAGE_CODE):
            url = request.build_absolute_uri(checkin_path(session.pk))
        state["url"] = url
        state["svg"] = segno.make(url, error="m").svg_inline(
            scale=1,
            border=2,
            omitsize=True,
            svgclass="checkin-qr",
            lineclass=None,
            title=_("Check-in code"),
        )
    return state


class CheckinScreenView(TemplateView):
    """Full screen, for the room's projector: the rotating code and how many checked in."""

    template_name = "training/admin/attendance/checkin_screen.html"

    def dispatch(self, request, session_id: int):
        self.session = load_session(request, session_id)
        if self.session.is_cancelled:
            messages.error(request, _("This session was cancelled; there is no check-in."))
            return redirect(attendance_url(self.session))
        return super().dispatch(request, session_id=session_id)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        state = checkin_state(self.request, self.session)
        context.update(
            session=self.session,
            cohort=self.session.cohort,
            tz=self.session.tzinfo,
            state=state,
            qr_svg=mark_safe(state["svg"]),  # segno draws it from our own URL
            code_url=reverse(
                "training_session_checkin_code", kwargs={"session_id": self.session.pk}
            ),
            attendance_url=attendance_url(self.session),
            poll_seconds=CHECKIN_POLL_SECONDS,
            countdown_template=COUNTDOWN,
            countdown_text=str(COUNTDOWN) % {"seconds": state["seconds_left"]},
        )
        return context


class CheckinCodeView(View):
    """JSON for the screen's script: the current code and count."""

    http_method_names = ["get"]

    def get(self, request, session_id: int):
        session = load_session(request, session_id)
        if session.is_cancelled:
            return JsonResponse(
                {"error": _("This session was cancelled; there is no check-in.")}, status=410
            )
        response = JsonResponse(checkin_state(request, session))
        response["Cache-Control"] = "no-store"
        return response


# --- A cohort's progress matrix ----------------------------------------------------------


def load_managed_cohort(request, cohort_id: int) -> Cohort:
    cohort = load_cohort(request, cohort_id, manage=False)
    if not permissions.can_manage_sessions(request.user, cohort):
        raise PermissionDenied
    return cohort


class CohortProgressView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "training/admin/attendance/progress.html"
    header_icon = "table"

    def dispatch(self, request, cohort_id: int):
        self.cohort = load_managed_cohort(request, cohort_id)
        return super().dispatch(request, cohort_id=cohort_id)

    def get_page_title(self):
        return _("Attendance and progress")

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cohort = self.cohort
        grid = matrix.cohort_matrix(cohort)

        def export(fmt):
            return reverse(
                "training_cohort_progress_export", kwargs={"cohort_id": cohort.pk, "fmt": fmt}
            )

        current = self.request.get_full_path()
        finish = can_finish(cohort)
        context.update(
            cohort=cohort,
            tz=cohort.cluster_tz,
            matrix=grid,
            sessions=[
                {"session": s, "url": attendance_url(s), "local": grid.local(s)}
                for s in grid.sessions
            ],
            symbols=matrix.symbol_legend(),
            export_csv_url=export("csv"),
            export_xlsx_url=export("xlsx"),
            roster_url=roster_url(cohort),
            sessions_url=sessions_list_url(cohort),
            finish_url=(
                f"{status_url(cohort, Cohort.Status.FINISHED)}?{urlencode({'next': current})}"
                if finish
                else None
            ),
            finished=cohort.status == Cohort.Status.FINISHED,
        )
        return context


class CohortProgressExportView(View):
    http_method_names = ["get"]

    def get(self, request, cohort_id: int, fmt: str):
        if fmt not in matrix.FORMATS:
            raise Http404
        cohort = load_managed_cohort(request, cohort_id)
        return matrix.export_response(matrix.cohort_matrix(cohort), fmt)


def admin_urls():
    """Registered under /admin/ by training/wagtail_hooks.py."""
    return [
        path(
            "cohorts/sessions/<int:session_id>/attendance/",
            SessionAttendanceView.as_view(),
            name="training_session_attendance",
        ),
        path(
            "cohorts/sessions/<int:session_id>/attendance/mark/",
            SessionAttendanceMarkView.as_view(),
            name="training_session_attendance_mark",
        ),
        path(
            "cohorts/sessions/<int:session_id>/attendance/all-present/",
            SessionAttendanceAllPresentView.as_view(),
            name="training_session_attendance_all_present",
        ),
        path(
            "cohorts/sessions/<int:session_id>/checkin/",
            CheckinScreenView.as_view(),
            name="training_session_checkin_screen",
        ),
        path(
            "cohorts/sessions/<int:session_id>/checkin/code/",
            CheckinCodeView.as_view(),
            name="training_session_checkin_code",
        ),
        path(
            "cohorts/<int:cohort_id>/progress/",
            CohortProgressView.as_view(),
            name="training_cohort_progress",
        ),
        path(
            "cohorts/<int:cohort_id>/progress/export/<str:fmt>/",
            CohortProgressExportView.as_view(),
            name="training_cohort_progress_export",
        ),
    ]
