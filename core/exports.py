"""Formula-safe CSV and XLSX downloads, with no domain of their own.

Spreadsheets run what looks like a formula. A trainee who types
``=HYPERLINK("http://evil", "click")`` as their name, or a company called
``+52 (442) …``, would otherwise become a live formula in the coordinator's
Excel ("CSV injection", OWASP). Every text cell written here goes through
``neutralise()``, which prefixes a single quote to a string that starts with
one of the characters spreadsheets treat as the start of a formula:

    =  +  -  @  tab  carriage return

The quote shows in the cell, which is the point: the value reads as text.
Numbers, dates and times are written as themselves (a negative number is a
number, not a formula), so sums and sorting still work.

The file name is always chosen by the server (slugified, ASCII) and sent as an
attachment.
"""

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOM = "\ufeff"  # Excel reads a CSV as UTF-8 only when it starts with the byte order mark


def neutralise(value):
    """The value, made safe for a spreadsheet cell.

    A string starting with ``= + - @``, a tab or a carriage return gets a
    leading single quote; other strings, numbers, dates, booleans and None are
    returned unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def attachment_name(filename: str, extension: str) -> str:
    """``filename`` as a safe ASCII name ending in ``extension`` (e.g. ".csv")."""
    stem = filename[: -len(extension)] if filename.lower().endswith(extension) else filename
    return (slugify(stem) or "export") + extension


def _attachment(response: HttpResponse, filename: str, extension: str) -> HttpResponse:
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=attachment_name(filename, extension)
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _local(value):
    """Aware date-times in the current time zone, without tzinfo (spreadsheets have none)."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def _csv_cell(value) -> str:
    value = _local(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return str(value)
    return neutralise(str(value))


def csv_response(filename: str, header: Sequence, rows: Iterable[Sequence]) -> HttpResponse:
    """A CSV download (UTF-8 with a byte order mark, so Excel shows accents right)."""
    response = HttpResponse(content_type=CSV_CONTENT_TYPE)
    response.write(BOM)
    writer = csv.writer(response)
    writer.writerow([_csv_cell(value) for value in header])
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    return _attachment(response, filename, ".csv")


def _xlsx_cell(value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = _local(value)
    if value is None or isinstance(value, bool | int | float | Decimal | date | time):
        return value
    # Control characters cannot be stored in the file at all.
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


def xlsx_response(
    filename: str, header: Sequence, rows: Iterable[Sequence], sheet_title: str = ""
) -> HttpResponse:
    """An Excel download written with openpyxl's write-only workbook (constant memory per row)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    # Sheet titles: at most 31 characters, none of []:*?/\ .
    title = "".join(c for c in str(sheet_title) if c not in "[]:*?/\\")[:31].strip()
    sheet = workbook.create_sheet(title=title or "Sheet1")
    sheet.append([_xlsx_cell(value) for value in header])
    for row in rows:
        sheet.append([_xlsx_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    return _attachment(response, filename, ".xlsx")
