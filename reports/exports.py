"""The report's export files, written to a file handle (the job stores them).

- CSV: the monthly table, with the period's totals as the last row.
- XLSX: sheet "By month" (the same table), sheet "Detail" (every rollup cell in the
  filters: month, cluster, programme, course, company, trainee type, gender and the
  additive measures) and sheet "About" (the filters and how people are counted).

Headings, labels and titles come out in the active language (the job activates the
one the export was asked in). Every text cell goes through core.exports.neutralise,
so a company called ``=HYPERLINK(...)`` reads as text; numbers, hours and months are
written as numbers and dates, so sums and sorting work. Rates are percentages with
one decimal (87.5 means 87.5 %), empty when there is nothing to divide by.

Nothing here checks access: the filters come from reports.permissions.report_scope
through the report's form (reports/export_jobs.py).
"""

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from clusters.models import Cluster, Company, TraineeProfile
from core.exports import BOM, neutralise
from courses.models import CoursePage, ProgrammePage

from .models import CELL_MEASURES, DIMENSIONS, MonthlyFigure, ReportSettings
from .selectors import Report, ReportFilters

PROGRESS_EVERY = 1000  # rows written between two progress reports
MONTH_FORMAT = "yyyy-mm"  # how XLSX shows a month (the cell holds its first day)

Progress = Callable[[int, int], None]  # (rows written, rows in all)


# --- Cells ---------------------------------------------------------------------------


def _percent(rate: float | None) -> float | None:
    return None if rate is None else round(rate * 100, 1)


def _text(value) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters cannot be stored in an XLSX file, and mean nothing in a CSV.
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


def _cell(value):
    """A value for a spreadsheet: numbers and dates as themselves, any text neutralised."""
    if value is None or isinstance(value, bool | int | float | Decimal | date):
        return value
    return _text(value)


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%Y-%m")
    if isinstance(value, int | float | Decimal):
        return str(value)
    return _text(value)


# --- The monthly table -------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    label: str
    value: Callable


def month_columns(*, seats: bool = True) -> list[Column]:
    """The monthly table's columns; `seats` False drops those that belong to whole cohorts."""
    columns = [
        Column(_("Month"), lambda row: row.month),
        Column(_("People trained"), lambda row: row.people_trained),
        Column(_("Engineers trained"), lambda row: row.engineers_trained),
        Column(_("Women trained"), lambda row: row.women_trained),
        Column(_("Women's share (%)"), lambda row: _percent(row.women_share)),
        Column(_("Enrollments"), lambda row: row.enrollments),
        Column(_("Completions"), lambda row: row.completions),
        Column(_("Participations"), lambda row: row.participations),
        Column(_("Not completed"), lambda row: row.not_completed),
        Column(_("Completion rate (%)"), lambda row: _percent(row.completion_rate)),
        Column(_("Minutes attended"), lambda row: row.minutes_attended),
        Column(_("Minutes of sessions recorded"), lambda row: row.minutes_expected),
        Column(_("Attendance rate (%)"), lambda row: _percent(row.attendance_rate)),
        Column(_("Training hours delivered"), lambda row: row.hours),
        Column(_("Certificates issued"), lambda row: row.certificates),
    ]
    if seats:
        columns += [
            Column(_("Seats filled"), lambda row: row.seats_filled),
            Column(_("Capacity"), lambda row: row.capacity),
            Column(_("Seats filled (%)"), lambda row: _percent(row.seat_fill_rate)),
        ]
    return columns


def month_table(report: Report) -> tuple[list[str], list[list]]:
    """Headings and rows of the monthly table; the last row holds the period's totals."""
    columns = month_columns(seats=report.seats_apply)
    rows = [[column.value(row) for column in columns] for row in report.rows]
    total = [column.value(report.total) for column in columns]
    total[0] = _("Total")
    rows.append(total)
    return [column.label for column in columns], rows


# --- The detail: the rollup's cells ----------------------------------------------------


DETAIL_MEASURES = CELL_MEASURES


def detail_header() -> list[str]:
    return [
        _("Month"),
        _("Cluster"),
        _("Programme"),
        _("Course code"),
        _("Course"),
        _("Company"),
        _("Trainee type"),
        _("Gender"),
        _("Enrollments"),
        _("Completions"),
        _("Participations"),
        _("Not completed"),
        _("Minutes attended"),
        _("Minutes of sessions recorded"),
        _("Training hours delivered"),
        _("Certificates issued"),
    ]


def detail_cells(filters: ReportFilters):
    """The rollup cells the report sums, in a stable order, as tuples."""
    return (
        MonthlyFigure.objects.filter(filters.q())
        .order_by("month", "cluster_id", "programme_key", "course_key", "company_id", "pk")
        .values_list(*DIMENSIONS, *DETAIL_MEASURES)
    )


def _titles(model, keys: set, language: str) -> dict:
    """translation_key -> (code, title) of pages, in `language` where translated."""
    found: dict = {}
    fields = ["translation_key", "title", "locale__language_code"]
    if model is CoursePage:
        fields.append("code")
    for values in model.objects.filter(translation_key__in=keys).values(*fields):
        key = values["translation_key"]
        mine = values["locale__language_code"] == language
        if key not in found or mine:
            found[key] = (values.get("code", ""), values["title"])
    return found


class Labels:
    """Names for the ids and keys in the cells, looked up in bulk, in one language."""

    def __init__(self, language: str):
        self.language = language
        self.clusters = dict(Cluster.objects.values_list("pk", "name"))
        self.types = dict(TraineeProfile.TraineeType.choices)
        self.genders = dict(TraineeProfile.Gender.choices)
        self.companies: dict[int, str] = {}
        self.courses: dict = {}
        self.programmes: dict = {}

    def load(self, cells: list[tuple]) -> None:
        companies = {c[4] for c in cells if c[4] is not None} - self.companies.keys()
        if companies:
            for company in Company.objects.filter(pk__in=companies).only(
                "legal_name", "trade_name"
            ):
                self.companies[company.pk] = str(company)
        courses = {c[3] for c in cells} - self.courses.keys()
        if courses:
            self.courses.update(dict.fromkeys(courses, ("", "")))
            self.courses.update(_titles(CoursePage, courses, self.language))
        programmes = {c[2] for c in cells if c[2] is not None} - self.programmes.keys()
        if programmes:
            self.programmes.update(dict.fromkeys(programmes, ("", "")))
            self.programmes.update(_titles(ProgrammePage, programmes, self.language))

    def row(self, cell: tuple) -> list:
        month, cluster_id, programme, course, company_id, trainee_type, gender = cell[:7]
        code, title = self.courses.get(course, ("", ""))
        return [
            month,
            self.clusters.get(cluster_id, ""),
            self.programmes.get(programme, ("", ""))[1] if programme else "",
            code,
            title,
            self.companies.get(company_id, "") if company_id is not None else "",
            str(self.types.get(trainee_type, trainee_type)),
            str(self.genders.get(gender, gender)) if gender else _("Not recorded"),
            *cell[7:],
        ]


def detail_rows(cells: Iterable[tuple], language: str, chunk: int = PROGRESS_EVERY) -> Iterator:
    """The detail sheet's rows, naming `chunk` cells at a time (a few queries per chunk)."""
    labels = Labels(language)
    batch: list[tuple] = []
    for cell in cells:
        batch.append(cell)
        if len(batch) >= chunk:
            labels.load(batch)
            yield from (labels.row(c) for c in batch)
            batch = []
    if batch:
        labels.load(batch)
        yield from (labels.row(c) for c in batch)


# --- About: what the file shows ---------------------------------------------------------


def about_rows(report: Report, *, scope_label: str, filter_labels: list[tuple[str, str]]):
    definitions = dict(ReportSettings.Trained.choices)
    rows = [
        [_("Figures of"), scope_label],
        [
            _("Period"),
            f"{date_format(report.filters.start, 'YEAR_MONTH_FORMAT')} – "
            f"{date_format(report.filters.end, 'YEAR_MONTH_FORMAT')}",
        ],
        *([label, value] for label, value in filter_labels),
        [_("Who counts as trained"), str(definitions.get(report.trained_definition, ""))],
        [_("Generated"), timezone.localtime().replace(tzinfo=None, microsecond=0)],
        [],
        [
            _("How we count"),
            _(
                "People trained are distinct people whose enrollment reached the trained "
                "outcome in the month; a person counts once per month, and once per period "
                "in the totals."
            ),
        ],
        [
            "",
            _(
                "The Detail sheet sums enrollments, outcomes, minutes, hours and certificates "
                "per cell; people are not added up there, because one person may appear in "
                "several cells."
            ),
        ],
    ]
    if not report.seats_apply:
        rows.append(
            [
                "",
                _(
                    "Seats and capacity belong to whole cohorts, so they are left out when "
                    "the figures are of a company's people, a trainee type or a gender."
                ),
            ]
        )
    return rows


# --- Files ---------------------------------------------------------------------------------


def write_csv(handle, report: Report) -> int:
    """The monthly table as UTF-8 CSV with a byte order mark (Excel reads accents right)."""
    header, rows = month_table(report)
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
    text.write(BOM)
    writer = csv.writer(text)
    writer.writerow([_csv_cell(value) for value in header])
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    text.flush()
    text.detach()
    return len(rows)


def _sheet_title(title: str) -> str:
    return "".join(c for c in str(title) if c not in "[]:*?/\\")[:31].strip() or "Sheet"


def _xlsx_row(sheet, values: list, *, month_column: bool = True) -> list:
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for index, value in enumerate(values):
        if isinstance(value, datetime):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(value, date) and month_column and index == 0:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = MONTH_FORMAT
        else:
            cell = _cell(value)
        cells.append(cell)
    return cells


def write_xlsx(
    handle,
    report: Report,
    *,
    detail: Iterable[list],
    detail_count: int,
    about: list[list],
    progress: Progress | None = None,
) -> int:
    """The workbook (write-only: constant memory per row); returns the detail rows written."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)

    def heading(sheet, labels):
        from openpyxl.cell import WriteOnlyCell

        cells = []
        for label in labels:
            cell = WriteOnlyCell(sheet, value=_text(label))
            cell.font = bold
            cells.append(cell)
        return cells

    header, rows = month_table(report)
    by_month = workbook.create_sheet(_sheet_title(_("By month")))
    by_month.freeze_panes = "B2"
    by_month.append(heading(by_month, header))
    for row in rows:
        by_month.append(_xlsx_row(by_month, row))

    sheet = workbook.create_sheet(_sheet_title(_("Detail")))
    sheet.freeze_panes = "A2"
    sheet.append(heading(sheet, detail_header()))
    written = 0
    total = max(detail_count, 1)
    for row in detail:
        sheet.append(_xlsx_row(sheet, row))
        written += 1
        if progress is not None and written % PROGRESS_EVERY == 0:
            progress(written, total)

    notes = workbook.create_sheet(_sheet_title(_("About")))
    for row in about:
        notes.append(_xlsx_row(notes, row, month_column=False))

    workbook.save(handle)
    return written


def export_filename(filters: ReportFilters, scope_label: str, extension: str) -> str:
    """The download's name (ASCII, chosen here): report-<who>-<first month>-<last month>."""
    stem = "-".join(
        [
            _("report"),
            slugify(scope_label)[:60],
            f"{filters.start:%Y-%m}",
            f"{filters.end:%Y-%m}",
        ]
    )
    return (slugify(stem) or "report") + extension


def language_or_default(language: str | None) -> str:
    """`language` when the portal speaks it, else the default (Spanish)."""
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE
