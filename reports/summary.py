"""The first-of-the-month email: last month's key figures for each cluster's admins.

`send_monthly_summaries(today)` runs every morning of the first days of a month
(lms/celery.py). For each cluster admin and each cluster they administer it sends
one email with that cluster's figures of the previous month; each network admin
gets the network's figures (recorded as cluster 0). Each email is written in the
recipient's language (`User.language`) and links to the report filtered to that
month.

Exactly once per (person, cluster, month): the `MonthlySummarySent` row and the
queued email (core.mail stores it as a row too) are written in one transaction, and
the row's unique constraint makes a rerun, a duplicated job or a catch-up on the
second day send nothing twice. A run after `SEND_DAYS` sends nothing (the figures
of a month are old news by then).
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from clusters.models import NETWORK_ADMIN_GROUP, ClusterRole, User

from .models import MonthlySummarySent, ReportSettings
from .selectors import MonthRow, ReportFilters, add_months, report, report_settings

NETWORK = 0  # MonthlySummarySent.cluster_id of the network's summary
SEND_DAYS = 3  # a run missed on the 1st is caught up until the 3rd


@dataclass
class Figures:
    month: date
    current: MonthRow
    previous: MonthRow

    @property
    def change(self) -> int:
        return self.current.people_trained - self.previous.people_trained


def figures_for(cluster_id: int, month: date, settings_row: ReportSettings) -> Figures:
    """The month's and the month before's figures of a cluster (NETWORK: all of them)."""
    previous = add_months(month, -1)
    filters = ReportFilters(
        start=previous, end=month, cluster_ids=None if cluster_id == NETWORK else (cluster_id,)
    )
    rows = report(filters, settings_row).rows
    return Figures(month=month, previous=rows[0], current=rows[1])


def recipients() -> list[tuple[User, int, str]]:
    """(person, cluster id or NETWORK, what the figures are of) of every summary owed."""
    owed: list[tuple[User, int, str]] = []
    roles = (
        ClusterRole.objects.filter(role=ClusterRole.Role.CLUSTER_ADMIN, user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "cluster")
        .order_by("cluster__name", "user_id")
    )
    seen = set()
    for role in roles:
        if (role.user_id, role.cluster_id) not in seen:
            seen.add((role.user_id, role.cluster_id))
            owed.append((role.user, role.cluster_id, role.cluster.name))
    network_admins = (
        User.objects.filter(Q(is_superuser=True) | Q(groups__name=NETWORK_ADMIN_GROUP))
        .filter(is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )
    owed += [(user, NETWORK, "") for user in network_admins]
    return owed


def _number(value, decimals: int | None = None) -> str:
    return number_format(value, decimal_pos=decimals, force_grouping=True)


def _percent(rate: float | None) -> str:
    if rate is None:
        return "—"
    return _("%(rate)s %%") % {"rate": _number(round(rate * 100, 1), 1)}


def _change_text(figures: Figures, previous_month: str) -> str:
    change = figures.change
    if change > 0:
        return _("%(count)s more than in %(month)s") % {
            "count": _number(change),
            "month": previous_month,
        }
    if change < 0:
        return _("%(count)s fewer than in %(month)s") % {
            "count": _number(-change),
            "month": previous_month,
        }
    return _("the same as in %(month)s") % {"month": previous_month}


def report_link(cluster_id: int, month: date) -> str:
    """The report filtered to `month` (and the cluster), as an absolute address."""
    query = {"start": f"{month:%Y-%m}", "end": f"{month:%Y-%m}"}
    if cluster_id != NETWORK:
        query = {"cluster": cluster_id, **query}
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{reverse('reports:index')}?{urlencode(query)}"


def _message(user: User, cluster_id: int, scope_name: str, figures: Figures, definition: str):
    """The email, in the recipient's language."""
    language = user.language or settings.LANGUAGE_CODE
    with translation.override(language):
        month = date_format(figures.month, "YEAR_MONTH_FORMAT")
        previous_month = date_format(add_months(figures.month, -1), "YEAR_MONTH_FORMAT")
        scope = scope_name or _("the network")
        facts = {"month": month, "scope": scope}
        subject = _("Training in %(month)s: %(scope)s") % facts
        current = figures.current
        rows = [
            (
                _("People trained"),
                _number(current.people_trained),
                _change_text(figures, previous_month),
            ),
            (_("Engineers trained"), _number(current.engineers_trained), ""),
            (_("Completions"), _number(current.completions), ""),
            (_("Completion rate"), _percent(current.completion_rate), ""),
            (_("Certificates issued"), _number(current.certificates), ""),
            (_("Training hours delivered"), _number(current.hours, 1), ""),
        ]
        definitions = dict(ReportSettings.Trained.choices)
        context = {
            "user": user,
            # Admins often have no trainee profile: their first name, else what the
            # portal calls them (clusters.User.get_short_name).
            "name": user.first_name or user.get_short_name(),
            "subject": subject,
            "intro": _("These are the training figures of %(scope)s for %(month)s.") % facts,
            "rows": rows,
            "definition": _("Who counts as trained: %(definition)s.")
            % {"definition": str(definitions.get(definition, ""))},
            "report_url": report_link(cluster_id, figures.month),
            "report_label": _("Open the report for %(month)s") % facts,
            "LANGUAGE_CODE": language,
        }
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("reports/email/monthly_summary.txt", context),
            to=[user.email],
        )
        message.attach_alternative(
            render_to_string("reports/email/monthly_summary.html", context), "text/html"
        )
    return message


def send_monthly_summaries(today: date | None = None) -> int:
    """Send the previous month's summaries still owed; returns how many were sent."""
    today = today or timezone.localdate()
    if today.day > SEND_DAYS:
        return 0
    month = add_months(today.replace(day=1), -1)
    sent_already = set(
        MonthlySummarySent.objects.filter(month=month).values_list("user_id", "cluster_id")
    )
    settings_row = report_settings()
    figures: dict[int, Figures] = {}
    sent = 0
    for user, cluster_id, scope_name in recipients():
        if (user.pk, cluster_id) in sent_already:
            continue
        if cluster_id not in figures:
            figures[cluster_id] = figures_for(cluster_id, month, settings_row)
        message = _message(
            user, cluster_id, scope_name, figures[cluster_id], settings_row.trained_definition
        )
        try:
            with transaction.atomic():
                MonthlySummarySent.objects.create(user=user, cluster_id=cluster_id, month=month)
                message.send()
        except IntegrityError:  # another run sent it a moment ago
            continue
        sent += 1
    return sent
