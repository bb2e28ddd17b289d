"""The Wagtail dashboard's figures (construct_homepage_panels, reports/wagtail_hooks.py).

- a cluster admin: people trained this month in their cluster(s), the change against
  last month (an arrow and words, never colour alone) and the 12-month chart, with a
  link to the report;
- a network admin: the same for the network, and the ten clusters compared this month;
- a company coordinator (no cluster of their own): their company's people trained this
  month and the 12-month chart;
- anyone else: nothing.

Figures come from reports.selectors (headline and cluster_comparison are cached for
a minute), never from attendance rows.
"""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component

from . import charts, selectors
from .forms import month_value
from .permissions import Scope, report_scope
from .views import month_name


def change_words(change: int, previous: int) -> tuple[str, str]:
    """(arrow, words) of the change against last month; the arrow is decoration."""
    if change > 0:
        words = ngettext(
            "%(count)s more than last month (%(previous)s)",
            "%(count)s more than last month (%(previous)s)",
            change,
        )
        return "▲", words % {"count": charts.figure(change), "previous": charts.figure(previous)}
    if change < 0:
        words = ngettext(
            "%(count)s fewer than last month (%(previous)s)",
            "%(count)s fewer than last month (%(previous)s)",
            -change,
        )
        return "▼", words % {"count": charts.figure(-change), "previous": charts.figure(previous)}
    return "=", _("The same as last month (%(previous)s)") % {"previous": charts.figure(previous)}


class PeopleTrainedPanel(Component):
    """People trained this month, the change, and the 12-month chart, for a scope."""

    name = "reports_people_trained"
    template_name = "reports/dashboard_panel.html"
    order = 50  # above Wagtail's own panels (moderation 210+, recent edits 250)

    class Media:
        css = {"all": ["reports/reports.css"]}

    def __init__(self, scope: Scope):
        self.scope = scope

    def where(self) -> str:
        if self.scope.is_network:
            return _("the network")
        if self.scope.company_only:
            return _("your company")
        if len(self.scope.cluster_ids) == 1:
            return _("your cluster")
        return _("your clusters")

    def get_context_data(self, parent_context=None):
        scope = self.scope
        month = selectors.this_month()
        headline = selectors.headline(scope.cluster_ids, month, scope.company_pairs)
        link_query = (
            {"cluster": scope.cluster_ids[0]}
            if scope.cluster_ids is not None and len(scope.cluster_ids) == 1
            else {}
        )
        months = [m for m, _people in headline.series]
        link_query.update(start=month_value(months[0]), end=month_value(month))
        arrow, words = change_words(headline.change, headline.previous_people)
        context = {
            "heading": _("People trained this month: %(where)s") % {"where": self.where()},
            "where": self.where(),
            "month": month_name(month),
            "headline": headline,
            "people": charts.figure(headline.people),
            "engineers": charts.figure(headline.engineers),
            "arrow": arrow,
            "change_words": words,
            "direction": "up" if headline.change > 0 else "down" if headline.change < 0 else "same",
            "chart": charts.monthly_chart(
                months,
                [charts.Series(_("People trained"), [people for _m, people in headline.series])],
                title=_("People trained per month, last 12 months, %(where)s")
                % {"where": self.where()},
            ),
            "series": [(month_name(m), charts.figure(people)) for m, people in headline.series],
            "report_url": f"{reverse('reports:index')}?{urlencode(link_query)}",
            "comparison": None,
        }
        if scope.is_network:
            figures = selectors.cluster_comparison(month)
            context["comparison"] = {
                "chart": charts.bar_chart(
                    [
                        (figure.cluster.short_name or figure.cluster.name, figure.people)
                        for figure in figures
                    ],
                    title=_("People trained this month by cluster"),
                    value_label=_("People trained"),
                ),
                "rows": [
                    (
                        figure.cluster.name,
                        charts.figure(figure.people),
                        charts.figure(figure.engineers),
                    )
                    for figure in figures
                ],
            }
        return context


def dashboard_panels(request, panels: list) -> None:
    """construct_homepage_panels: the figures for people with a report scope, else nothing."""
    scope = report_scope(request.user)
    if scope is not None:
        panels.append(PeopleTrainedPanel(scope))
