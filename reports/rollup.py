"""Keeping the rollup (reports/models.py) equal to what training and certificates record.

One definition of what an enrollment contributes, `_line_sources`, written as ORM
queries and run by the database as INSERT ... SELECT, is used both ways:

- `refresh(enrollment_ids)` (the incremental path, fed by events through the
  Backlog): delete those enrollments' lines, insert them again from the source,
  then recompute the level-2 cells they touch (cluster x month x course) from the
  lines;
- `rebuild()` (nightly, and `manage.py rebuild_reports`): the same for everything.

Both take the lock on the RollupState row, so a rebuild and refreshes never
interleave: an event that arrives during a rebuild waits in the Backlog and is
applied after it. Months are months in the cohort's cluster time zone, which is why
the sources run once per cluster.
"""

import contextlib
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, connection, models, transaction
from django.db.models import Case, Count, F, Func, Q, Sum, Value, When
from django.db.models.functions import Coalesce, Least, TruncMonth
from django.utils import timezone

from certificates.models import Certificate
from clusters.models import Cluster
from training.models import Attendance, Cohort, Enrollment, Session

from .models import (
    CELL_MEASURES,
    DIMENSIONS,
    ActivityLine,
    Backlog,
    CohortMonth,
    MonthlyFigure,
    Outcome,
    RollupState,
)

logger = logging.getLogger(__name__)

CHUNK = 500  # ids per statement: well under SQLite's parameter limit
EARNED = (Outcome.COMPLETED, Outcome.PARTICIPATED)  # outcomes whose course hours count


# --- Portable SQL pieces --------------------------------------------------------


class _AsDate(Func):
    """A timestamp as a date, on both backends (SQLite's CAST AS date yields a year)."""

    output_field = models.DateField()

    def as_sql(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CAST(({sql}) AS date)", params

    def as_sqlite(self, compiler, connection, **extra):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"date({sql})", params


class _MonthInZone(Func):
    """PostgreSQL: the first day of the month of a timestamp in a time zone read per row."""

    output_field = models.DateField()
    arity = 2

    def as_sql(self, compiler, connection, **extra):
        (field, field_params), (zone, zone_params) = (
            compiler.compile(e) for e in self.source_expressions
        )
        sql = f"CAST(date_trunc('month', ({field}) AT TIME ZONE ({zone})) AS date)"
        return sql, (*field_params, *zone_params)


def month_of(field: str, tz, zone_field: str = "cluster__time_zone"):
    """The first day of the month of a datetime column in the cluster's time zone.

    `tz` is the cluster's zone when the query covers one cluster; None means read
    each row's cluster zone from `zone_field` (PostgreSQL: one pass for all clusters).
    """
    if tz is None:
        return _MonthInZone(field, F(zone_field))
    return _AsDate(TruncMonth(field, tzinfo=tz))


def _one_pass() -> bool:
    """Whether the database converts time zones per row (else: one query per cluster)."""
    return connection.vendor == "postgresql"


class DurationMinutes(Func):
    """Whole minutes between two datetime columns (Session.minutes, in SQL)."""

    output_field = models.IntegerField()
    arity = 2

    def as_sql(self, compiler, connection, **extra):
        start, end = (compiler.compile(e) for e in self.source_expressions)
        sql = f"CAST(FLOOR(EXTRACT(EPOCH FROM ({end[0]} - {start[0]})) / 60) AS integer)"
        return sql, (*end[1], *start[1])

    def as_sqlite(self, compiler, connection, **extra):
        start, end = (compiler.compile(e) for e in self.source_expressions)
        sql = f"CAST((strftime('%%s', {end[0]}) - strftime('%%s', {start[0]})) / 60 AS integer)"
        return sql, (*end[1], *start[1])


class _Joined:
    """Attendance summed per (enrollment, month), joined to the enrollments' dimensions."""

    def __init__(self, per_month, dims):
        self.per_month, self.dims = per_month, dims

    def sql_with_params(self) -> tuple[str, tuple]:
        a_sql, a_params = self.per_month.query.sql_with_params()
        d_sql, d_params = self.dims.query.sql_with_params()
        qn = connection.ops.quote_name
        dims = ", ".join(f"d.{qn(alias)}" for alias in _dims())
        sql = (
            f"SELECT a.{qn('a_month')} AS {qn('r_month')}, {dims}, "  # noqa: S608
            f"0 AS {qn('r_enrolled')}, '' AS {qn('r_outcome')}, "
            f"a.{qn('a_attended')} AS {qn('r_minutes_attended')}, "
            f"a.{qn('a_expected')} AS {qn('r_minutes_expected')}, "
            f"0 AS {qn('r_hours')}, 0 AS {qn('r_certificates')} "
            f"FROM ({a_sql}) a INNER JOIN ({d_sql}) d "
            f"ON d.{qn('r_enrollment_id')} = a.{qn('a_enrollment')}"
        )
        return sql, (*a_params, *d_params)


def _insert_select(
    model, fields: list[str], source, table: str | None = None, read_lines: str | None = None
) -> int:
    """INSERT INTO model (fields) SELECT ... from a queryset (or a _Joined) of r_* aliases.

    The source's columns are picked by alias in an outer SELECT, so the order of
    the inner SELECT (which Django decides) does not matter.
    """
    aliases = [f"r_{name}" for name in fields]
    if isinstance(source, _Joined):
        sql, params = source.sql_with_params()
    else:
        sql, params = source.values_list(*aliases).query.sql_with_params()
    qn = connection.ops.quote_name
    if read_lines:  # read the lines from the rebuild's fresh table (same columns)
        sql = sql.replace(qn(ActivityLine._meta.db_table), qn(read_lines))
    columns = ", ".join(qn(model._meta.get_field(name).column) for name in fields)
    picks = ", ".join(qn(alias) for alias in aliases)
    table = qn(table or model._meta.db_table)
    statement = f"INSERT INTO {table} ({columns}) SELECT {picks} FROM ({sql}) src"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(statement, params)  # names come from the models, values are params
        return max(cursor.rowcount, 0)


# --- What an enrollment contributes --------------------------------------------

LINE_FIELDS = [
    *DIMENSIONS,
    "enrollment_id",
    "trainee_id",
    "enrolled",
    "outcome",
    "minutes_attended",
    "minutes_expected",
    "hours",
    "certificates",
]


def _dims(prefix: str = "") -> dict:
    """The dimension columns, reached from an Enrollment (`prefix` from another model)."""
    return {
        "r_cluster_id": F(f"{prefix}cluster_id"),
        "r_programme_key": F(f"{prefix}cohort__course__programme__translation_key"),
        "r_course_key": F(f"{prefix}cohort__course__translation_key"),
        "r_company_id": F(f"{prefix}company_id"),
        "r_trainee_type": F(f"{prefix}trainee__trainee_type"),
        "r_gender": F(f"{prefix}trainee__gender"),
        "r_enrollment_id": F(f"{prefix}id"),
        "r_trainee_id": F(f"{prefix}trainee_id"),
    }


def _zeros(**given) -> dict:
    measures = {
        "r_enrolled": Value(0),
        "r_outcome": Value(""),
        "r_minutes_attended": Value(0),
        "r_minutes_expected": Value(0),
        "r_hours": Value(Decimal(0), output_field=models.DecimalField()),
        "r_certificates": Value(0),
    }
    measures.update(given)
    return measures


def _line_sources(cluster: Cluster | None, enrollment_ids: list[int] | None):
    """The querysets whose rows are the enrollments' lines: of one cluster, or (None) all."""
    tz = cluster.tzinfo if cluster else None
    only = {} if enrollment_ids is None else {"pk__in": enrollment_ids}
    if cluster is not None:
        only["cluster_id"] = cluster.pk
    taking_part = Enrollment.TAKING_PART
    enrollments = Enrollment.objects.filter(**only)

    enrolled = (
        enrollments.filter(status__in=taking_part)
        .annotate(r_when=Coalesce("enrolled_at", "requested_at"))
        .annotate(r_month=month_of("r_when", tz), **_dims(), **_zeros(r_enrolled=Value(1)))
    )
    outcomes = enrollments.filter(
        status__in=Enrollment.OUTCOMES, completed_at__isnull=False
    ).annotate(
        r_month=month_of("completed_at", tz),
        **_dims(),
        **_zeros(
            r_outcome=F("status"),
            r_hours=Case(
                When(status__in=EARNED, then=F("cohort__course__hours")),
                default=Value(Decimal(0)),
                output_field=models.DecimalField(),
            ),
        ),
    )

    duration = DurationMinutes("session__starts_at", "session__ends_at")
    attended = Case(
        When(
            status__in=[Attendance.Status.PRESENT, Attendance.Status.LATE],
            then=Coalesce(Least("minutes", duration), duration),
        ),
        default=Value(0),
        output_field=models.IntegerField(),
    )
    related = {} if enrollment_ids is None else {"enrollment_id__in": enrollment_ids}
    if cluster is not None:
        related["enrollment__cluster_id"] = cluster.pk
    # Attendance is summed per (enrollment, month) first and only then given the
    # enrollment's dimensions: grouping ten million rows by two narrow columns instead
    # of nine wide ones is most of a rebuild's time.
    per_month = (
        Attendance.objects.filter(
            enrollment__status__in=taking_part,
            session__status=Session.Status.SCHEDULED,
            **related,
        )
        .exclude(status=Attendance.Status.EXCUSED)
        .values(
            a_enrollment=F("enrollment_id"),
            a_month=month_of("session__starts_at", tz, "enrollment__cluster__time_zone"),
        )
        .annotate(a_attended=Sum(attended), a_expected=Sum(duration))
        .order_by()
        .values_list("a_enrollment", "a_month", "a_attended", "a_expected")
    )
    dims = enrollments.annotate(**_dims()).values_list(*_dims())
    attendance = _Joined(per_month, dims)

    certificates = Certificate.objects.filter(
        status__in=[Certificate.Status.VALID, Certificate.Status.REVOKED],
        issued_at__isnull=False,
        **related,
    ).annotate(
        r_month=month_of("issued_at", tz, "enrollment__cluster__time_zone"),
        **_dims("enrollment__"),
        **_zeros(r_certificates=Value(1)),
    )
    return [enrolled, outcomes, attendance, certificates]


def _insert_lines(enrollment_ids: list[int] | None, table: str | None = None) -> int:
    """Insert the lines of these enrollments (None: all) from the source."""
    if _one_pass():
        clusters = [None]
    elif enrollment_ids is None:
        clusters = list(Cluster.objects.all())
    else:
        ids = Enrollment.objects.filter(pk__in=enrollment_ids).values("cluster_id")
        clusters = list(Cluster.objects.filter(pk__in=ids))
    return sum(
        _insert_select(ActivityLine, LINE_FIELDS, source, table)
        for cluster in clusters
        for source in _line_sources(cluster, enrollment_ids)
    )


# --- Level 2 and seats --------------------------------------------------------------

CELL_DIMS = list(DIMENSIONS)
CELL_FIELDS = [*DIMENSIONS, *CELL_MEASURES]


def _insert_cells(lines, table: str | None = None, read_lines: str | None = None) -> int:
    cells = lines.values(**{f"r_{name}": F(name) for name in CELL_DIMS}).annotate(
        r_enrollments=Sum("enrolled"),
        r_completions=Count("pk", filter=Q(outcome=Outcome.COMPLETED)),
        r_participations=Count("pk", filter=Q(outcome=Outcome.PARTICIPATED)),
        r_not_completed=Count("pk", filter=Q(outcome=Outcome.NOT_COMPLETED)),
        r_minutes_attended=Sum("minutes_attended"),
        r_minutes_expected=Sum("minutes_expected"),
        r_hours=Sum("hours"),
        r_certificates=Sum("certificates"),
    )
    return _insert_select(MonthlyFigure, CELL_FIELDS, cells.order_by(), table, read_lines)


def _cells_q(cells: Iterable[tuple]) -> Q:
    q = Q(pk__in=[])
    for cluster_id, month, course_key in cells:
        q |= Q(cluster_id=cluster_id, month=month, course_key=course_key)
    return q


def _rebuild_cells(cells: set[tuple]) -> None:
    cells = sorted(cells, key=str)
    for start in range(0, len(cells), 100):
        q = _cells_q(cells[start : start + 100])
        MonthlyFigure.objects.filter(q).delete()
        _insert_cells(ActivityLine.objects.filter(q))


COHORT_FIELDS = [
    "cohort_id",
    "month",
    "cluster_id",
    "programme_key",
    "course_key",
    "capacity",
    "seats_filled",
]


def _insert_cohorts(cohort_ids: list[int] | None, table: str | None = None) -> int:
    cohorts = Cohort.objects.exclude(status__in=[Cohort.Status.DRAFT, Cohort.Status.CANCELLED])
    if cohort_ids is not None:
        cohorts = cohorts.filter(pk__in=cohort_ids)
    rows = cohorts.values(
        r_cohort_id=F("pk"),
        r_month=_AsDate(TruncMonth("starts_on")),
        r_cluster_id=F("cluster_id"),
        r_programme_key=F("course__programme__translation_key"),
        r_course_key=F("course__translation_key"),
        r_capacity=F("capacity"),
    ).annotate(
        r_seats_filled=Count(
            "enrollments", filter=Q(enrollments__status__in=Enrollment.TAKING_PART)
        )
    )
    return _insert_select(CohortMonth, COHORT_FIELDS, rows.order_by(), table)


# --- The two paths ------------------------------------------------------------------


def _lock() -> RollupState:
    with contextlib.suppress(IntegrityError):  # created by a concurrent first use
        RollupState.objects.get_or_create(pk=1)
    return RollupState.objects.select_for_update().get(pk=1)


def _chunks(ids: list[int]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _refresh_locked(enrollment_ids: set[int], cohort_ids: set[int]) -> None:
    if cohort_ids:
        for chunk in _chunks(sorted(cohort_ids)):
            enrollment_ids |= set(
                Enrollment.objects.filter(cohort_id__in=chunk).values_list("pk", flat=True)
            )
    cells: set[tuple] = set()
    for chunk in _chunks(sorted(enrollment_ids)):
        old = ActivityLine.objects.filter(enrollment_id__in=chunk)
        cells |= set(old.values_list("cluster_id", "month", "course_key").distinct())
        old.delete()
        cohort_ids |= set(
            Enrollment.objects.filter(pk__in=chunk).values_list("cohort_id", flat=True)
        )
        _insert_lines(chunk)
        new = ActivityLine.objects.filter(enrollment_id__in=chunk)
        cells |= set(new.values_list("cluster_id", "month", "course_key").distinct())
    _rebuild_cells(cells)
    for chunk in _chunks(sorted(cohort_ids)):
        CohortMonth.objects.filter(cohort_id__in=chunk).delete()
        _insert_cohorts(chunk)


def refresh(enrollment_ids: Iterable[int] = (), cohort_ids: Iterable[int] = ()) -> None:
    """Recompute these enrollments' (and these cohorts' people's) figures from the source."""
    with transaction.atomic():
        state = _lock()
        _refresh_locked(set(enrollment_ids), set(cohort_ids))
        state.refreshed_at = timezone.now()
        state.save(update_fields=["refreshed_at"])


def process_backlog(batch: int = CHUNK) -> int:
    """Apply the events waiting in the Backlog; returns how many rows were handled.

    Each round takes the oldest rows, recomputes their enrollments from the source and
    deletes exactly those rows, all under the lock: an event written meanwhile (after
    its change committed) stays for the next round, so nothing is lost and a retried
    or duplicated job finds nothing left to do.
    """
    handled = 0
    while True:
        with transaction.atomic():
            state = _lock()
            rows = list(
                Backlog.objects.order_by("pk").values_list("pk", "enrollment_id", "cohort_id")[
                    :batch
                ]
            )
            if not rows:
                return handled
            enrollment_ids = {e for _, e, _ in rows if e is not None}
            cohort_ids = {c for _, _, c in rows if c is not None}
            _refresh_locked(enrollment_ids, cohort_ids)
            Backlog.objects.filter(pk__in=[pk for pk, _, _ in rows]).delete()
            state.refreshed_at = timezone.now()
            state.save(update_fields=["refreshed_at"])
            handled += len(rows)


def note_changes(enrollment_ids: Iterable[int] = (), cohort_ids: Iterable[int] = ()) -> None:
    """Write events into the Backlog (called by the receivers, after the change committed)."""
    rows = [Backlog(enrollment_id=pk) for pk in set(enrollment_ids)]
    rows += [Backlog(cohort_id=pk) for pk in set(cohort_ids)]
    if rows:
        Backlog.objects.bulk_create(rows)


ROLLUP_MODELS = (ActivityLine, MonthlyFigure, CohortMonth)


FRESH = "__fresh"


def _fresh(model) -> str:
    return f"{model._meta.db_table}{FRESH}"


def _build_fresh(model, fill) -> int:
    """PostgreSQL: a new table like `model`'s, filled by `fill(name)`, then indexed.

    Inserting millions of rows into the indexed tables a rebuild had just emptied was
    most of its time; filling a bare table and building each index once is several
    times faster. The primary key, unique constraints and indexes get temporary names
    (`...__fresh`) until `_swap_in` gives them the model's.
    """
    qn = connection.ops.quote_name
    table, fresh = model._meta.db_table, _fresh(model)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {qn(fresh)}")
        cursor.execute(
            f"CREATE TABLE {qn(fresh)} "
            f"(LIKE {qn(table)} INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING CONSTRAINTS)"
        )
        count = fill(fresh)
        pk = model._meta.pk.column
        cursor.execute(
            f"ALTER TABLE {qn(fresh)} ADD CONSTRAINT {qn(f'{table}_pkey{FRESH}')} "
            f"PRIMARY KEY ({qn(pk)})"
        )
        for column in _unique_columns(model):
            name = qn(f"{table}_{column}_key{FRESH}")
            cursor.execute(f"ALTER TABLE {qn(fresh)} ADD CONSTRAINT {name} UNIQUE ({qn(column)})")
    with connection.schema_editor() as editor:
        for index in model._meta.indexes:
            temporary = index.clone()
            temporary.name = f"{index.name}{FRESH}"
            statement = temporary.create_sql(model, editor)
            statement.rename_table_references(table, fresh)
            editor.execute(statement)
    return count


def _unique_columns(model) -> list[str]:
    return [f.column for f in model._meta.local_fields if f.unique and not f.primary_key]


def _swap_in(models) -> None:
    """The fresh tables take the old ones' places and names (at the very end: from the
    first DROP until the commit, readers wait, which is only these renames)."""
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in models:
            table, fresh = model._meta.db_table, _fresh(model)
            cursor.execute(f"DROP TABLE {qn(table)}")
            cursor.execute(f"ALTER TABLE {qn(fresh)} RENAME TO {qn(table)}")
            renames = [(f"{table}_pkey", "CONSTRAINT")]
            renames += [
                (f"{table}_{column}_key", "CONSTRAINT") for column in _unique_columns(model)
            ]
            for name, kind in renames:
                cursor.execute(
                    f"ALTER TABLE {qn(table)} RENAME {kind} {qn(name + FRESH)} TO {qn(name)}"
                )
            for index in model._meta.indexes:
                cursor.execute(f"ALTER INDEX {qn(index.name + FRESH)} RENAME TO {qn(index.name)}")


def _rebuild_tables() -> tuple[int, int, int]:
    """Every rollup row recomputed: (lines, cells, cohorts)."""
    if connection.vendor != "postgresql":
        for model in ROLLUP_MODELS:
            model.objects.all().delete()
        lines = _insert_lines(None)
        return lines, _insert_cells(ActivityLine.objects.all()), _insert_cohorts(None)
    lines_table = _fresh(ActivityLine)
    lines = _build_fresh(ActivityLine, lambda table: _insert_lines(None, table))
    cells = _build_fresh(
        MonthlyFigure,
        lambda table: _insert_cells(ActivityLine.objects.all(), table, read_lines=lines_table),
    )
    cohorts = _build_fresh(CohortMonth, lambda table: _insert_cohorts(None, table))
    _swap_in(ROLLUP_MODELS)
    return lines, cells, cohorts


def _tune_for_bulk() -> None:
    """PostgreSQL, for this transaction: no JIT (it costs seconds on these plans) and room
    to sort and hash millions of lines in memory instead of on disk."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")
            cursor.execute("SET LOCAL work_mem = '256MB'")


def _vacuum() -> None:
    """After a rebuild, reclaim the replaced rows and refresh the planner's statistics.

    The rebuild replaces every row: without this the tables double until autovacuum
    passes, and the planner plans with stale counts. VACUUM cannot run in a
    transaction, so inside one (tests, a caller's atomic block) only ANALYZE runs.
    """
    if connection.vendor != "postgresql":
        return
    qn = connection.ops.quote_name
    command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
    with connection.cursor() as cursor:
        for model in ROLLUP_MODELS:
            cursor.execute(f"{command} {qn(model._meta.db_table)}")


@dataclass
class RebuildResult:
    lines: int
    cells: int
    cohorts: int
    seconds: float


def rebuild() -> RebuildResult:
    """Recompute the whole rollup from the source, in one transaction.

    Readers keep seeing the previous figures until it commits. Backlog rows are left
    alone: the next round re-applies them, which is harmless (recomputing is idempotent).
    """
    started = time.monotonic()
    with transaction.atomic():
        state = _lock()
        _tune_for_bulk()
        lines, cells, cohorts = _rebuild_tables()
        seconds = time.monotonic() - started
        state.rebuilt_at = timezone.now()
        state.rebuild_seconds = seconds
        state.lines = lines
        state.save()
    _vacuum()
    logger.info("Reports rebuilt: %s lines, %s cells in %.1f s", lines, cells, seconds)
    return RebuildResult(lines=lines, cells=cells, cohorts=cohorts, seconds=seconds)
