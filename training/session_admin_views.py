"""The Wagtail admin of a cohort's sessions: list, add one, add a weekly pattern, edit, cancel.

Times are typed and shown in the cohort's cluster time zone (its name is on every
page), whatever the admin's own zone. Access follows the roster's rule: the cohort is
loaded from ``permissions.cohorts_visible_to(user)`` (404 outside it) and then needs
``permissions.can_manage_sessions`` (403); a session is looked up among that cohort's
sessions only. Every write is a call to training.schedule; its refusals come back as
form errors or messages and write nothing.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import permissions, schedule
from .admin_views import roster_url
from .models import Cohort, Enrollment, Session
from .session_forms import SessionForm, WeeklySessionsForm, add_service_errors


def sessions_url(cohort) -> str:
    return reverse("training_sessions", kwargs={"cohort_id": cohort.pk})


def load_cohort(request, cohort_id: int) -> Cohort:
    """The cohort from the person's scope (404 outside it); 403 unless they manage its sessions."""
    cohort = get_object_or_404(
        permissions.cohorts_visible_to(request.user).select_related("course", "cluster"),
        pk=cohort_id,
    )
    if not permissions.can_manage_sessions(request.user, cohort):
        raise PermissionDenied
    return cohort


def with_local_times(session: Session, tz) -> Session:
    session.local_start = timezone.localtime(session.starts_at, tz)
    session.local_end = timezone.localtime(session.ends_at, tz)
    session.crosses_midnight = session.local_start.date() != session.local_end.date()
    return session


def zone_label(cohort: Cohort) -> str:
    cluster = cohort.cluster
    return f"{cluster.get_time_zone_display()} · {cluster.time_zone}"


class CohortSessionsMixin(WagtailAdminTemplateMixin):
    header_icon = "date"

    def dispatch(self, request, cohort_id: int, **kwargs):
        self.cohort = load_cohort(request, cohort_id)
        return super().dispatch(request, cohort_id=cohort_id, **kwargs)

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            cohort=self.cohort,
            zone=zone_label(self.cohort),
            sessions_url=sessions_url(self.cohort),
            roster_url=roster_url(self.cohort),
        )
        return context


class SessionListView(CohortSessionsMixin, TemplateView):
    template_name = "training/admin/sessions.html"

    def get_page_title(self):
        return _("Sessions")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tz = self.cohort.cluster_tz
        sessions = [
            with_local_times(session, tz)
            for session in Session.objects.filter(cohort=self.cohort).order_by("starts_at", "pk")
        ]
        for session in sessions:
            session.cohort = self.cohort
        scheduled = [s for s in sessions if not s.is_cancelled]
        context.update(
            sessions=sessions,
            scheduled_count=len(scheduled),
            total_hours=round(sum(s.minutes for s in scheduled) / 60, 1),
            can_schedule=self.cohort.status != Cohort.Status.CANCELLED,
        )
        return context


class SessionFormMixin(CohortSessionsMixin):
    template_name = "training/admin/session_form.html"

    def form_valid(self, form):
        try:
            result = self.save(form)
        except ValidationError as error:
            add_service_errors(form, error)
            return self.form_invalid(form)
        messages.success(self.request, self.success_message(result))
        return redirect(sessions_url(self.cohort))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form_action"] = self.request.path
        context["submit_label"] = self.submit_label
        return context


class SessionAddView(SessionFormMixin, FormView):
    form_class = SessionForm
    submit_label = gettext_lazy("Add the session")

    def get_page_title(self):
        return _("Add a session")

    def save(self, form):
        slot = form.slot(self.cohort.cluster_tz)
        return schedule.session_save(
            actor=self.request.user,
            cohort_id=self.cohort.pk,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            **form.place_values(),
        )

    def success_message(self, session):
        return _("Session added: %(session)s.") % {"session": session}


class SessionWeeklyView(SessionFormMixin, FormView):
    form_class = WeeklySessionsForm
    submit_label = gettext_lazy("Add the sessions")

    def get_page_title(self):
        return _("Add a weekly pattern")

    def get_initial(self):
        return {"first_date": self.cohort.starts_on, "last_date": self.cohort.ends_on}

    def save(self, form):
        data = form.cleaned_data
        return schedule.sessions_add_weekly(
            actor=self.request.user,
            cohort_id=self.cohort.pk,
            first_date=data["first_date"],
            last_date=data["last_date"],
            weekdays=set(data["weekdays"]),
            start_time=data["start_time"],
            end_time=data["end_time"],
            **form.place_values(),
        )

    def success_message(self, sessions):
        count = len(sessions)
        return ngettext("%(count)s session added.", "%(count)s sessions added.", count) % {
            "count": count
        }


class SessionEditView(SessionFormMixin, FormView):
    form_class = SessionForm
    submit_label = gettext_lazy("Save")

    def dispatch(self, request, cohort_id: int, session_id: int):
        self.session_id = session_id
        return super().dispatch(request, cohort_id=cohort_id, session_id=session_id)

    def get_session(self) -> Session:
        session = get_object_or_404(Session, pk=self.session_id, cohort=self.cohort)
        session.cohort = self.cohort
        return session

    def get(self, request, *args, **kwargs):
        if self.get_session().is_cancelled:
            messages.error(request, _("This session was cancelled; schedule a new one instead."))
            return redirect(sessions_url(self.cohort))
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.get_session()  # 404 for a session of another cohort, before anything else
        return super().post(request, *args, **kwargs)

    def get_initial(self):
        return SessionForm.initial_for(self.get_session())

    def get_page_title(self):
        return _("Edit session")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["notice"] = _(
            "Changing the time, place or link emails the enrolled trainees an updated "
            "calendar invitation."
        )
        return context

    def save(self, form):
        slot = form.slot(self.cohort.cluster_tz)
        return schedule.session_save(
            actor=self.request.user,
            cohort_id=self.cohort.pk,
            session_id=self.session_id,
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            **form.place_values(),
        )

    def success_message(self, session):
        return _("Session saved: %(session)s.") % {"session": session}


class SessionCancelView(CohortSessionsMixin, TemplateView):
    """GET: confirm (who will be told); POST: ``schedule.session_cancel``."""

    template_name = "training/admin/session_cancel_confirm.html"

    def dispatch(self, request, cohort_id: int, session_id: int):
        self.session_id = session_id
        return super().dispatch(request, cohort_id=cohort_id, session_id=session_id)

    def get_session(self) -> Session:
        session = get_object_or_404(Session, pk=self.session_id, cohort=self.cohort)
        session.cohort = self.cohort
        return with_local_times(session, self.cohort.cluster_tz)

    def get_page_title(self):
        return _("Cancel session")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            session=self.get_session(),
            enrolled_count=Enrollment.objects.filter(
                cohort=self.cohort, status__in=Enrollment.TAKING_PART
            ).count(),
        )
        return context

    def post(self, request, cohort_id: int, session_id: int):
        session = self.get_session()
        if session.is_cancelled:
            messages.info(request, _("This session was already cancelled."))
            return redirect(sessions_url(self.cohort))
        try:
            schedule.session_cancel(actor=request.user, session_id=session.pk)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Session cancelled: %(session)s.") % {"session": session})
        return redirect(sessions_url(self.cohort))


def admin_urls():
    """The sessions' URLs, registered under /admin/ by wagtail_hooks."""
    return [
        path(
            "cohorts/<int:cohort_id>/sessions/",
            SessionListView.as_view(),
            name="training_sessions",
        ),
        path(
            "cohorts/<int:cohort_id>/sessions/add/",
            SessionAddView.as_view(),
            name="training_session_add",
        ),
        path(
            "cohorts/<int:cohort_id>/sessions/weekly/",
            SessionWeeklyView.as_view(),
            name="training_sessions_weekly",
        ),
        path(
            "cohorts/<int:cohort_id>/sessions/<int:session_id>/edit/",
            SessionEditView.as_view(),
            name="training_session_edit",
        ),
        path(
            "cohorts/<int:cohort_id>/sessions/<int:session_id>/cancel/",
            SessionCancelView.as_view(),
            name="training_session_cancel",
        ),
    ]
