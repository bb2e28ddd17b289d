"""Reading figures from the rollup (never from attendance rows).

Additive measures are summed from MonthlyFigure cells. People are counted from
ActivityLine with COUNT(DISTINCT trainee), because sums of distinct counts double
count: a trainee who completes two courses in a month counts once for the month,
and one trained in two clusters counts once for the network. Totals over a period
count each person once for the whole period.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from django.core.cache import cache
from django.db.models import Count, Q, Sum
from django.utils import timezone

from clusters.models import Cluster, TraineeProfile

from .models import CELL_MEASURES, ActivityLine, CohortMonth, MonthlyFigure, ReportSettings

ENGINEER = TraineeProfile.TraineeType.ENGINEER
WOMAN = TraineeProfile.Gender.FEMALE
CACHE_SECONDS = 60  # dashboards and the home page: the rollup itself lags events by seconds


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def months_between(start: date, end: date) -> list[date]:
    months, month = [], first_of_month(start)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return months


def this_month() -> date:
    return first_of_month(timezone.localdate())


@dataclass(frozen=True)
class ReportFilters:
    start: date  # first day of the first month
    end: date  # first day of the last month (inclusive)
    cluster_ids: tuple[int, ...] | None = None  # None: the whole network (already scoped)
    # (cluster_id, company_id): a company's people in one cluster, besides cluster_ids.
    company_pairs: tuple[tuple[int, int], ...] = ()
    programme_key: UUID | None = None
    course_key: UUID | None = None
    company_id: int | None = None
    trainee_type: str = ""
    gender: str = ""

    @property
    def by_person(self) -> bool:
        """Filters that describe people: seats (a cohort's) do not apply under them."""
        return bool(self.company_id or self.trainee_type or self.gender) or (
            self.cluster_ids == () and bool(self.company_pairs)
        )

    def q(self) -> Q:
        """The condition on lines and cells (both carry every dimension)."""
        q = Q(month__gte=self.start, month__lte=self.end)
        if self.cluster_ids is not None:
            scope = Q(cluster_id__in=self.cluster_ids)
            for cluster_id, company_id in self.company_pairs:
                scope |= Q(cluster_id=cluster_id, company_id=company_id)
            q &= scope
        if self.programme_key:
            q &= Q(programme_key=self.programme_key)
        if self.course_key:
            q &= Q(course_key=self.course_key)
        if self.company_id:
            q &= Q(company_id=self.company_id)
        if self.trainee_type:
            q &= Q(trainee_type=self.trainee_type)
        if self.gender:
            q &= Q(gender=self.gender)
        return q


def _ratio(part, whole) -> float | None:
    return float(part) / float(whole) if whole else None


@dataclass
class MonthRow:
    month: date | None  # None: the totals of the period
    people_trained: int = 0
    engineers_trained: int = 0
    women_trained: int = 0
    enrollments: int = 0
    completions: int = 0
    participations: int = 0
    not_completed: int = 0
    minutes_attended: int = 0
    minutes_expected: int = 0
    hours: Decimal = Decimal(0)
    certificates: int = 0
    capacity: int = 0
    seats_filled: int = 0

    @property
    def outcomes(self) -> int:
        return self.completions + self.participations + self.not_completed

    @property
    def completion_rate(self) -> float | None:
        return _ratio(self.completions, self.outcomes)

    @property
    def attendance_rate(self) -> float | None:
        return _ratio(self.minutes_attended, self.minutes_expected)

    @property
    def women_share(self) -> float | None:
        return _ratio(self.women_trained, self.people_trained)

    @property
    def seat_fill_rate(self) -> float | None:
        return _ratio(self.seats_filled, self.capacity)


@dataclass
class Report:
    filters: ReportFilters
    rows: list[MonthRow]
    total: MonthRow
    trained_definition: str
    seats_apply: bool = True
    months: list[date] = field(default_factory=list)


def report_settings() -> ReportSettings:
    settings, _ = ReportSettings.objects.get_or_create(pk=1)
    return settings


SUMS = {name: Sum(name) for name in CELL_MEASURES}


def _people(**extra):
    return {
        "people_trained": Count("trainee_id", distinct=True, **extra),
        "engineers_trained": Count("trainee_id", distinct=True, filter=Q(trainee_type=ENGINEER)),
        "women_trained": Count("trainee_id", distinct=True, filter=Q(gender=WOMAN)),
    }


def _fill(row: MonthRow, values: dict) -> None:
    for name, value in values.items():
        if name != "month" and value is not None:
            setattr(row, name, value)


def report(filters: ReportFilters, settings: ReportSettings | None = None) -> Report:
    """Every figure per month of the period, and the period's totals: four queries."""
    settings = settings or report_settings()
    months = months_between(filters.start, filters.end)
    rows = {month: MonthRow(month=month) for month in months}
    total = MonthRow(month=None)
    q = filters.q()

    for values in MonthlyFigure.objects.filter(q).values("month").annotate(**SUMS).order_by():
        _fill(rows[values["month"]], values)
    for name in SUMS:  # additive: the period's total is the sum of its months
        setattr(
            total,
            name,
            sum(
                (getattr(row, name) for row in rows.values()), Decimal(0) if name == "hours" else 0
            ),
        )

    trained = ActivityLine.objects.filter(q, outcome__in=settings.trained_outcomes)
    for values in trained.values("month").annotate(**_people()).order_by():
        _fill(rows[values["month"]], values)
    _fill(total, trained.aggregate(**_people()))

    seats_apply = not filters.by_person
    if seats_apply:
        cohorts = CohortMonth.objects.filter(month__gte=filters.start, month__lte=filters.end)
        if filters.cluster_ids is not None:
            cohorts = cohorts.filter(cluster_id__in=filters.cluster_ids)
        if filters.programme_key:
            cohorts = cohorts.filter(programme_key=filters.programme_key)
        if filters.course_key:
            cohorts = cohorts.filter(course_key=filters.course_key)
        seats = {"capacity": Sum("capacity"), "seats_filled": Sum("seats_filled")}
        for values in cohorts.values("month").annotate(**seats).order_by():
            _fill(rows[values["month"]], values)
            total.capacity += values["capacity"] or 0
            total.seats_filled += values["seats_filled"] or 0
    return Report(
        filters=filters,
        rows=[rows[month] for month in months],
        total=total,
        trained_definition=settings.trained_definition,
        seats_apply=seats_apply,
        months=months,
    )


# --- Dashboards and the home page ----------------------------------------------------


@dataclass
class Headline:
    month: date
    people: int
    engineers: int
    previous_people: int
    series: list[tuple[date, int]]  # the 12 months ending with `month`

    @property
    def change(self) -> int:
        return self.people - self.previous_people


def _cached(key: str, build):
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, CACHE_SECONDS)
    return value


def headline(
    cluster_ids: tuple[int, ...] | None,
    month: date,
    company_pairs: tuple[tuple[int, int], ...] = (),
) -> Headline:
    """People trained in `month` and the 11 before it, in a scope (None: the network)."""
    outcomes = report_settings().trained_outcomes
    clusters = "all" if cluster_ids is None else ",".join(map(str, sorted(cluster_ids)))
    pairs = ",".join(f"{c}-{p}" for c, p in sorted(company_pairs))
    key = f"reports:headline:{clusters}:{pairs}:{month:%Y-%m}:{','.join(outcomes)}"

    def build() -> Headline:
        start = add_months(month, -11)
        scope = ReportFilters(
            start=start, end=month, cluster_ids=cluster_ids, company_pairs=company_pairs
        )
        lines = ActivityLine.objects.filter(scope.q(), outcome__in=outcomes)
        by_month = {
            values["month"]: values
            for values in lines.values("month").annotate(**_people()).order_by()
        }
        series = [
            (m, by_month.get(m, {}).get("people_trained", 0)) for m in months_between(start, month)
        ]
        current = by_month.get(month, {})
        return Headline(
            month=month,
            people=current.get("people_trained", 0),
            engineers=current.get("engineers_trained", 0),
            previous_people=series[-2][1],
            series=series,
        )

    return _cached(key, build)


@dataclass
class ClusterFigure:
    cluster: Cluster
    people: int
    engineers: int


def cluster_comparison(month: date) -> list[ClusterFigure]:
    """Every cluster's people trained in `month`, most first (for network admins)."""
    outcomes = report_settings().trained_outcomes
    counts = {
        values["cluster_id"]: values
        for values in ActivityLine.objects.filter(month=month, outcome__in=outcomes)
        .values("cluster_id")
        .annotate(**_people())
        .order_by()
    }
    figures = [
        ClusterFigure(
            cluster=cluster,
            people=counts.get(cluster.pk, {}).get("people_trained", 0),
            engineers=counts.get(cluster.pk, {}).get("engineers_trained", 0),
        )
        for cluster in Cluster.objects.order_by("name")
    ]
    return sorted(figures, key=lambda figure: -figure.people)


def trained_in_year(year: int) -> int:
    """Distinct people trained in the network in `year` (the public home page figure)."""
    outcomes = report_settings().trained_outcomes

    def build() -> int:
        return (
            ActivityLine.objects.filter(
                month__gte=date(year, 1, 1), month__lte=date(year, 12, 1), outcome__in=outcomes
            )
            .values("trainee_id")
            .distinct()
            .count()
        )

    return _cached(f"reports:year:{year}:{','.join(outcomes)}", build)
