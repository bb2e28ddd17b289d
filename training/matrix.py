"""A cohort's progress matrix (people x sessions) and one session's attendance sheet.

The instructor's cohort view and its CSV/XLSX download read the same rows, so
what they download is what they see. Every figure comes from
``completion.facts_for`` (the very facts the completion rule decides on), so the
matrix can never disagree with the outcome it shows. The number of queries does
not depend on the number of people or sessions: one for the sessions, one for
the people, and the few of ``facts_for``. The attendance sheet of a session is a
column of the matrix with its history: three queries, whatever the roster.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext, pgettext_lazy

from core.exports import csv_response, xlsx_response

from .completion import Facts, counted_sessions, facts_for
from .models import Attendance, AttendanceChange, Cohort, Enrollment, Session

Mark = Attendance.Status
FORMATS = ("csv", "xlsx")

# One or two letters per attendance mark, translated (es: P, R, F, J).
SYMBOLS = {
    Mark.PRESENT: pgettext_lazy("attendance symbol", "P"),
    Mark.LATE: pgettext_lazy("attendance symbol", "L"),
    Mark.ABSENT: pgettext_lazy("attendance symbol", "A"),
    Mark.EXCUSED: pgettext_lazy("attendance symbol", "E"),
}
UNMARKED_SYMBOL = "·"


def mark_label(status: str, minutes: int | None = None) -> str:
    """A mark in words: "Late, 45 min"; "Not marked" for no mark."""
    if not status:
        return _("Not marked")
    text = str(Mark(status).label)
    if minutes is not None and status in Attendance.ATTENDED:
        text = _("%(mark)s, %(minutes)s min") % {"mark": text, "minutes": minutes}
    return text


def symbol_legend() -> list[tuple[str, str]]:
    """(symbol, meaning) for the key under the matrix."""
    return [(str(SYMBOLS[m]), str(m.label)) for m in Mark] + [(UNMARKED_SYMBOL, _("Not marked"))]


@dataclass(frozen=True)
class Cell:
    """One person at one session."""

    session: Session
    status: str  # "" when nobody marked it
    minutes: int | None  # minutes counted when attended

    @property
    def symbol(self) -> str:
        return str(SYMBOLS.get(self.status, UNMARKED_SYMBOL))

    @property
    def partial(self) -> bool:
        return self.minutes is not None and self.minutes < self.session.minutes

    @property
    def label(self) -> str:
        """The mark in words (the cell's text alternative and its text in downloads)."""
        return mark_label(self.status, self.minutes if self.partial else None)


@dataclass
class Row:
    enrollment: Enrollment
    facts: Facts
    cells: list[Cell]

    @property
    def name(self) -> str:
        return self.enrollment.trainee.full_name

    @property
    def completed(self) -> bool:
        return self.enrollment.status == Enrollment.Status.COMPLETED

    @property
    def missing(self) -> list[str]:
        return [] if self.completed else self.facts.missing()


@dataclass
class Matrix:
    cohort: Cohort
    sessions: list[Session]
    rows: list[Row]

    def local(self, session: Session) -> datetime:
        return timezone.localtime(session.starts_at, self.cohort.cluster_tz)


def taking_part(cohort: Cohort):
    """The people on the attendance lists of a cohort, by surname (withdrawn people are not)."""
    return (
        Enrollment.objects.filter(cohort=cohort, status__in=Enrollment.TAKING_PART)
        .select_related("trainee", "trainee__user", "company")
        .order_by(
            "trainee__paternal_surname",
            "trainee__maternal_surname",
            "trainee__given_names",
            "pk",
        )
    )


def cohort_matrix(cohort: Cohort) -> Matrix:
    """The matrix of a cohort (loaded with its course and cluster) in a fixed number of queries."""
    sessions = counted_sessions(cohort)
    enrollments = list(taking_part(cohort))
    facts = facts_for(cohort, enrollments, sessions=sessions)
    rows = []
    for enrollment in enrollments:
        mine = facts[enrollment.pk]
        cells = [
            Cell(
                session=session,
                status=mine.statuses.get(session.pk, ""),
                minutes=mine.minutes_by_session.get(session.pk),
            )
            for session in sessions
        ]
        rows.append(Row(enrollment=enrollment, facts=mine, cells=cells))
    return Matrix(cohort=cohort, sessions=sessions, rows=rows)


def outcome_preview(cohort: Cohort) -> dict[str, int]:
    """How many people each outcome would get if the cohort were finished now."""
    enrollments = list(taking_part(cohort))
    facts = facts_for(cohort, enrollments)
    outcomes = Counter(facts[e.pk].outcome(final=True) for e in enrollments)
    return {str(status): outcomes.get(status, 0) for status in Enrollment.OUTCOMES}


# --- One session's attendance sheet -------------------------------------------


@dataclass
class SheetRow:
    """A person on a session's roster, their mark (if any) and its history."""

    enrollment: Enrollment
    attendance: Attendance | None
    history: list[dict] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.enrollment.trainee.full_name

    @property
    def status(self) -> str:
        return self.attendance.status if self.attendance else ""

    @property
    def minutes(self) -> int | None:
        return self.attendance.minutes if self.attendance else None

    @property
    def label(self) -> str:
        return mark_label(self.status, self.minutes)


def session_sheet(session: Session, *, history: bool = True) -> list[SheetRow]:
    """The people taking part in the session's cohort with their marks (and changes)."""
    marks = Attendance.objects.filter(session=session).select_related(
        "recorded_by__trainee_profile"
    )
    if history:
        marks = marks.prefetch_related(
            Prefetch(
                "changes",
                queryset=AttendanceChange.objects.select_related("actor__trainee_profile"),
            )
        )
    by_person = {row.enrollment_id: row for row in marks}
    rows = []
    for enrollment in taking_part(session.cohort):
        row = by_person.get(enrollment.pk)
        sheet_row = SheetRow(enrollment=enrollment, attendance=row)
        if history and row is not None:
            sheet_row.history = [
                {
                    "at": change.at,
                    "actor": change.actor.get_full_name() if change.actor_id else "",
                    "from": mark_label(change.from_status, change.from_minutes)
                    if change.from_status
                    else "",
                    "to": mark_label(change.to_status, change.to_minutes),
                    "method": str(Attendance.Method(change.method).label)
                    if change.method in Attendance.Method.values
                    else change.method,
                }
                for change in row.changes.all()
            ]
        rows.append(sheet_row)
    return rows


def sheet_counts(rows: list[SheetRow]) -> dict[str, int]:
    """How many people have each mark, and how many are not marked yet."""
    counts = Counter(row.status or "unmarked" for row in rows)
    result = {str(mark): counts.get(mark, 0) for mark in Mark}
    result["unmarked"] = counts.get("unmarked", 0)
    result["total"] = len(rows)
    return result


def count_items(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    """(key, label, count) for the summary above the sheet."""
    items = [(str(mark), str(mark.label), counts[str(mark)]) for mark in Mark]
    return [*items, ("unmarked", _("Not marked"), counts["unmarked"])]


# --- Downloads ----------------------------------------------------------------


def export_header(matrix: Matrix) -> list[str]:
    columns = [_("Name"), _("Email"), _("CURP"), _("Company")]
    columns += [f"{matrix.local(s):%Y-%m-%d %H:%M}" for s in matrix.sessions]
    columns += [
        _("Attendance %"),
        _("Hours attended"),
        _("Lessons completed"),
        _("Lessons in the course"),
        _("Best score"),
        _("Attempts"),
        pgettext("enrollment result", "Outcome"),
        _("Still missing"),
    ]
    return columns


def export_rows(matrix: Matrix):
    for row in matrix.rows:
        trainee, facts = row.enrollment.trainee, row.facts
        yield [
            trainee.full_name,
            trainee.user.email,
            trainee.curp or "",
            str(row.enrollment.company) if row.enrollment.company_id else "",
            *[cell.label for cell in row.cells],
            facts.attendance_percent,
            facts.hours_attended,
            facts.lessons_done,
            facts.lessons_total,
            facts.best_score,
            facts.attempts_used,
            row.enrollment.get_status_display(),
            " ".join(row.missing),
        ]


def export_filename(cohort: Cohort) -> str:
    return f"progress-{cohort.course.code}-{cohort.starts_on:%Y-%m-%d}"


def export_response(matrix: Matrix, fmt: str):
    """The matrix as a CSV or XLSX download (formula-safe cells, translated headings)."""
    header, rows = export_header(matrix), export_rows(matrix)
    filename = export_filename(matrix.cohort)
    if fmt == "xlsx":
        return xlsx_response(filename, header, rows, sheet_title=matrix.cohort.course.code)
    if fmt == "csv":
        return csv_response(filename, header, rows)
    raise ValueError(f"unknown progress format: {fmt!r}")
