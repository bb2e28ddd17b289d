"""The report's filters (GET), always read within the person's scope.

`ReportFilterForm(data, scope=scope)` offers only what the scope reaches: the
clusters it touches (fixed when there is one), the companies of those clusters
(a company coordinator's own, fixed when there is one), the published programmes
and courses of the network and of those clusters (the value is the page's
`translation_key`, the same in both languages). Anything else is a form error,
never a 500 and never a wider report.

The period is two months ("YYYY-MM", <input type="month">). Empty means the last
12 months ending this month. An end after the current month is clipped to it (and
`notices` says so); a start after the current month, a start after the end, or more
than 36 months are errors.

`to_filters(scope)` turns a valid form into `selectors.ReportFilters`, starting from
the scope and only narrowing it. `filters_from_query(query, scope)` does the same for
a stored query string (the export job checks the scope again with it).
"""

import re
import unicodedata
from datetime import date
from uuid import UUID

from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from clusters.models import Cluster, Company, CompanyMembership, TraineeProfile
from core.page_cache import remember
from courses.models import CoursePage, ProgrammePage

from .models import ReportSettings
from .permissions import Scope
from .selectors import ReportFilters, add_months, this_month

MAX_MONTHS = 36
DEFAULT_MONTHS = 12
EARLIEST = date(2000, 1, 1)
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_span(start: date, end: date) -> int:
    """Months from `start` to `end`, both included."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _sort_key(label: str) -> str:
    """Sort as people read: accents do not move a name to the end."""
    decomposed = unicodedata.normalize("NFKD", str(label))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def month_value(month: date) -> str:
    return f"{month:%Y-%m}"


def parse_month(value: str) -> date | None:
    match = MONTH.match((value or "").strip())
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12 or year < 1:
        return None
    return date(year, month, 1)


class MonthInput(forms.TextInput):
    input_type = "month"

    def __init__(self, attrs=None):
        super().__init__(
            {
                "pattern": r"\d{4}-\d{2}",
                "placeholder": gettext_lazy("YYYY-MM"),
                "inputmode": "numeric",
            }
            | (attrs or {})
        )


class MonthField(forms.CharField):
    """A month as "YYYY-MM"; cleans to the first day of that month."""

    widget = MonthInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        month = parse_month(value)
        if month is None:
            raise forms.ValidationError(
                _("Enter a month as YYYY-MM, for example 2026-01."), code="invalid"
            )
        if month < EARLIEST:
            raise forms.ValidationError(
                _("Choose a month from %(month)s on.") % {"month": month_value(EARLIEST)},
                code="too_early",
            )
        return month


def _choice(label, message, **kwargs) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": message},
        **kwargs,
    )


def _uuid(value: str) -> UUID:
    return UUID(value)


def _page_choices(model, cluster_ids: tuple[int, ...] | None, *, with_code: bool) -> list:
    """(translation_key, title) of live pages of the default locale, in the active language.

    The network's pages and those of `cluster_ids` (None: every cluster); cached until
    the next publish (core.page_cache).
    """
    language = translation.get_language() or "es"
    clusters = "all" if cluster_ids is None else ",".join(map(str, cluster_ids))
    name = f"reports:choices:{model._meta.model_name}:{clusters}:{language}"

    def build() -> list:
        from wagtail.models import Locale

        pages = model.objects.live().filter(locale=Locale.get_default())
        if cluster_ids is not None:
            pages = pages.filter(Q(cluster_id__in=cluster_ids) | Q(cluster__isnull=True))
        fields = ["translation_key", "title"] + (["code"] if with_code else [])
        rows = list(pages.values(*fields))
        titles = {}
        active = Locale.objects.filter(language_code=language).first()
        if active is not None and active != Locale.get_default():
            titles = dict(
                model.objects.live()
                .filter(locale=active, translation_key__in=[r["translation_key"] for r in rows])
                .values_list("translation_key", "title")
            )
        choices = []
        for row in rows:
            title = titles.get(row["translation_key"], row["title"])
            label = f"{row['code']} · {title}" if with_code else title
            choices.append((str(row["translation_key"]), label))
        return sorted(choices, key=lambda choice: _sort_key(choice[1]))

    return remember(name, build)


class ReportFilterForm(forms.Form):
    cluster = _choice(
        gettext_lazy("Cluster"), gettext_lazy("Choose one of the clusters offered."), coerce=int
    )
    programme = _choice(
        gettext_lazy("Programme"),
        gettext_lazy("Choose one of the programmes offered."),
        coerce=_uuid,
    )
    course = _choice(
        gettext_lazy("Course"), gettext_lazy("Choose one of the courses offered."), coerce=_uuid
    )
    company = _choice(
        gettext_lazy("Company"), gettext_lazy("Choose one of the companies offered."), coerce=int
    )
    trainee_type = forms.ChoiceField(
        label=gettext_lazy("Trainee type"),
        required=False,
        choices=[("", gettext_lazy("All types")), *TraineeProfile.TraineeType.choices],
        error_messages={"invalid_choice": gettext_lazy("Choose one of the trainee types offered.")},
    )
    gender = forms.ChoiceField(
        label=gettext_lazy("Gender"),
        required=False,
        choices=[("", gettext_lazy("All genders")), *TraineeProfile.Gender.choices],
        error_messages={"invalid_choice": gettext_lazy("Choose one of the genders offered.")},
    )
    start = MonthField(label=gettext_lazy("From (month)"))
    end = MonthField(label=gettext_lazy("To (month)"))

    def __init__(self, data=None, *, scope: Scope, **kwargs):
        self.scope = scope
        self.notices: list[str] = []
        self.current_month = this_month()
        if data is not None:
            data = data.copy() if hasattr(data, "copy") else dict(data)
        super().__init__(data, **kwargs)
        self._set_cluster_choices()
        self._set_company_choices()
        self.fields["programme"].choices = [
            ("", _("All programmes")),
            *_page_choices(ProgrammePage, scope.all_cluster_ids, with_code=False),
        ]
        self.fields["course"].choices = [
            ("", _("All courses")),
            *_page_choices(CoursePage, scope.all_cluster_ids, with_code=True),
        ]
        default_end = self.current_month
        self.fields["end"].initial = month_value(default_end)
        self.fields["start"].initial = month_value(add_months(default_end, 1 - DEFAULT_MONTHS))
        if self.data is not None and self.is_bound:
            for name in ("start", "end"):
                if not self.data.get(name):
                    self.data[name] = self.fields[name].initial

    # --- Choices within the scope ------------------------------------------------

    def _set_cluster_choices(self) -> None:
        field = self.fields["cluster"]
        clusters = Cluster.objects.order_by("name")
        if self.scope.all_cluster_ids is not None:
            clusters = clusters.filter(pk__in=self.scope.all_cluster_ids)
        options = [(cluster.pk, cluster.name) for cluster in clusters]
        if len(options) == 1:
            field.choices = options
            field.initial = options[0][0]
            field.disabled = True
            field.help_text = _("Your reports cover this cluster only.")
        else:
            everything = _("All clusters") if self.scope.is_network else _("All my clusters")
            field.choices = [("", everything), *options]

    def _set_company_choices(self) -> None:
        field = self.fields["company"]
        scope = self.scope
        if scope.is_network:
            companies = Company.objects.all()
        else:
            members = CompanyMembership.objects.filter(cluster_id__in=scope.cluster_ids).values(
                "company_id"
            )
            own = [company for _cluster, company in scope.company_pairs]
            companies = Company.objects.filter(pk__in=members) | Company.objects.filter(pk__in=own)
        options = sorted(
            ((company.pk, str(company)) for company in companies.only("legal_name", "trade_name")),
            key=lambda option: _sort_key(option[1]),
        )
        if scope.company_only and len(options) == 1:
            field.choices = options
            field.initial = options[0][0]
            field.disabled = True
            field.help_text = _("Your reports cover your company's people only.")
        else:
            field.choices = [("", _("All companies")), *options]

    # --- Validation -----------------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        if "start" in self.errors or "end" in self.errors:
            return cleaned
        end = cleaned.get("end") or self.current_month
        start = cleaned.get("start") or add_months(end, 1 - DEFAULT_MONTHS)
        if start > self.current_month:
            self.add_error(
                "start",
                _("The period starts after this month (%(month)s): there are no figures yet.")
                % {"month": month_value(self.current_month)},
            )
            return cleaned
        if end > self.current_month:
            self.notices.append(
                _("The period cannot end in the future: it now ends this month, %(month)s.")
                % {"month": month_value(self.current_month)}
            )
            end = self.current_month
            self.data["end"] = month_value(end)
        if start > end:
            self.add_error("end", _("The period ends before it starts: swap the two months."))
            return cleaned
        if month_span(start, end) > MAX_MONTHS:
            self.add_error(
                "start",
                _("Choose at most %(count)s months; this period has %(months)s.")
                % {"count": MAX_MONTHS, "months": month_span(start, end)},
            )
            return cleaned
        cleaned["start"], cleaned["end"] = start, end
        return cleaned

    # --- The filters, within the scope ------------------------------------------------

    def to_filters(self, scope: Scope | None = None) -> ReportFilters:
        """The report's filters: the scope, narrowed by what was chosen (never widened)."""
        scope = scope or self.scope
        data = self.cleaned_data
        cluster_ids, pairs = scope.cluster_ids, scope.company_pairs
        cluster = data.get("cluster")
        if cluster is not None:
            if scope.is_network or cluster in scope.cluster_ids:
                cluster_ids, pairs = (cluster,), ()
            else:  # a cluster reached through a coordinated company only (or none: nothing)
                cluster_ids = ()
                pairs = tuple(pair for pair in scope.company_pairs if pair[0] == cluster)
        return ReportFilters(
            start=data["start"],
            end=data["end"],
            cluster_ids=cluster_ids,
            company_pairs=pairs,
            programme_key=data.get("programme"),
            course_key=data.get("course"),
            company_id=data.get("company"),
            trainee_type=data.get("trainee_type") or "",
            gender=data.get("gender") or "",
        )

    def query_string(self) -> str:
        """The valid filters as a query string (for links and exports), without empties."""
        data = QueryDict(mutable=True)
        for name in self.fields:
            value = self.cleaned_data.get(name)
            if value in (None, ""):
                continue
            data[name] = month_value(value) if isinstance(value, date) else str(value)
        return data.urlencode()


def filters_from_query(query: str, scope: Scope | None) -> ReportFilters | None:
    """The filters a stored query string asks for, within `scope`; None when invalid or
    when there is no scope (the person lost their role since)."""
    if scope is None:
        return None
    form = ReportFilterForm(QueryDict(query), scope=scope)
    if not form.is_valid():
        return None
    return form.to_filters(scope)


class ReportSettingsForm(forms.ModelForm):
    """What counts as trained, and the home page's figure (network admins only)."""

    class Meta:
        model = ReportSettings
        fields = ["trained_definition", "show_public_figure"]
        widgets = {"trained_definition": forms.RadioSelect}
