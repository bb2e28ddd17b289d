"""The Reports section of the Wagtail admin: the report page and the report settings.

Who sees what comes from reports.permissions only:
- the report page needs a report scope (network admin, cluster admin, company
  coordinator); anyone else gets a 404. Its filters (reports/forms.py) offer only
  what the scope reaches, and `to_filters(scope)` narrows the scope, never widens it;
- the settings (what counts as trained, the home page's figure) are for network
  admins: others with a scope get PermissionDenied (403, or Wagtail's bounce to the
  dashboard with a message), people without one a 404.

The page reads the rollup through reports.selectors (five queries for any period),
never the attendance rows. Exports are another helper's views (reports/export_views.py,
URL names `reports:export` and `reports:export_status`); the page posts the current
filters to `reports:export` with the format.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.formats import date_format, number_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import charts, selectors
from .forms import ReportFilterForm, ReportSettingsForm
from .models import ReportSettings
from .permissions import can_change_report_settings, report_scope


def scope_or_404(request):
    scope = report_scope(request.user)
    if scope is None:
        raise Http404
    return scope


def percent(rate: float | None) -> str:
    if rate is None:
        return "—"
    return f"{number_format(round(rate * 100, 1), decimal_pos=1)} %"


def month_name(month) -> str:
    return date_format(month, "YEAR_MONTH_FORMAT")


def trained_definition_label(value: str) -> str:
    try:
        return str(ReportSettings.Trained(value).label)
    except ValueError:
        return value


# The table's columns: (key, heading). Every figure of a MonthRow.
COLUMNS = [
    ("people_trained", gettext_lazy("People trained")),
    ("engineers_trained", gettext_lazy("Engineers trained")),
    ("enrollments", gettext_lazy("Enrollments")),
    ("completions", gettext_lazy("Completions")),
    ("completion_rate", gettext_lazy("Completion rate")),
    ("attendance_rate", gettext_lazy("Attendance rate")),
    ("hours", gettext_lazy("Training hours delivered")),
    ("certificates", gettext_lazy("Certificates issued")),
    ("seats", gettext_lazy("Seats filled / capacity")),
    ("women_share", gettext_lazy("Women's share")),
]


def row_cells(row: selectors.MonthRow, *, seats_apply: bool) -> list[str]:
    """A MonthRow's figures as people read them, in the order of COLUMNS."""
    if not seats_apply or not row.capacity:
        seats = "—"
    else:
        seats = _("%(filled)s / %(capacity)s (%(rate)s)") % {
            "filled": charts.figure(row.seats_filled),
            "capacity": charts.figure(row.capacity),
            "rate": percent(row.seat_fill_rate),
        }
    return [
        charts.figure(row.people_trained),
        charts.figure(row.engineers_trained),
        charts.figure(row.enrollments),
        charts.figure(row.completions),
        percent(row.completion_rate),
        percent(row.attendance_rate),
        charts.figure(row.hours),
        charts.figure(row.certificates),
        seats,
        percent(row.women_share),
    ]


def report_chart(report: selectors.Report):
    return charts.monthly_chart(
        report.months,
        [
            charts.Series(_("People trained"), [row.people_trained for row in report.rows]),
            charts.Series(
                _("Engineers trained"),
                [row.engineers_trained for row in report.rows],
                style=charts.LINE,
            ),
        ],
        title=_("People and engineers trained per month"),
    )


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """Filters, a chart, the table of every figure per month, how we count, exports."""

    template_name = "reports/report.html"
    page_title = gettext_lazy("Training reports")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        self.scope = scope_or_404(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request, scope = self.request, self.scope
        form = ReportFilterForm(request.GET, scope=scope)
        settings = selectors.report_settings()
        report = chart = table = None
        query = ""
        if form.is_valid():
            report = selectors.report(form.to_filters(scope), settings=settings)
            chart = report_chart(report)
            table = [
                (month_name(row.month), row_cells(row, seats_apply=report.seats_apply))
                for row in report.rows
            ]
            query = form.query_string()
        can_change = can_change_report_settings(request.user)
        context.update(
            form=form,
            notices=form.notices,
            report=report,
            chart=chart,
            columns=COLUMNS,
            table=table,
            total=row_cells(report.total, seats_apply=report.seats_apply) if report else None,
            period=(month_name(report.months[0]), month_name(report.months[-1]))
            if report
            else None,
            query=query,
            trained_definition=trained_definition_label(settings.trained_definition),
            settings=settings,
            can_change_settings=can_change,
            settings_form=ReportSettingsForm(instance=settings) if can_change else None,
            current_url=request.get_full_path(),
            company_only=scope.company_only,
        )
        return context


class ReportSettingsView(WagtailAdminTemplateMixin, TemplateView):
    """GET: the settings form; POST: save it (network admins only)."""

    template_name = "reports/settings.html"
    page_title = gettext_lazy("How reports count")
    header_icon = "cog"

    def dispatch(self, request, *args, **kwargs):
        scope_or_404(request)
        if not can_change_report_settings(request.user):
            raise PermissionDenied
        self.instance = selectors.report_settings()
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("reports:index"), "label": _("Training reports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def next_url(self) -> str:
        url = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if url and url_has_allowed_host_and_scheme(
            url, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        ):
            return url
        return reverse("reports:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ReportSettingsForm(instance=self.instance))
        context["next"] = self.next_url()
        return context

    def post(self, request, *args, **kwargs):
        form = ReportSettingsForm(request.POST, instance=self.instance)
        if not form.is_valid():
            messages.error(request, _("Choose who counts as trained."))
            return self.render_to_response(self.get_context_data(form=form))
        settings = form.save(commit=False)
        settings.updated_by = request.user
        settings.save()
        public = (
            _("The home page shows the people trained this year.")
            if settings.show_public_figure
            else _("The home page does not show the people trained this year.")
        )
        counted = _("Reports now count as trained: %(definition)s.") % {
            "definition": trained_definition_label(settings.trained_definition)
        }
        messages.success(request, f"{counted} {public}")
        return redirect(self.next_url())
