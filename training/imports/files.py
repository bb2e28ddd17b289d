"""Reading a roster file: size and format limits, CSV decoding, XLSX cells, the headings.

`parse_file` turns the bytes into headings and rows, or raises `FileRefused` with
the file-level messages.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import os
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.utils.translation import gettext_lazy as _

from .columns import ALIASES, COLUMNS, _key, column_names

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 60
MAX_XLSX_UNPACKED = 100 * 1024 * 1024  # bytes of XML inside a workbook
EXTENSIONS = (".csv", ".xlsx")

# --- messages (module level, so makemessages finds them) ---------------------------

FILE_TOO_BIG = _("The file is %(size)s MB; the limit is %(limit)s MB. Split it into smaller files.")
FILE_EMPTY = _("The file is empty.")
FILE_TYPE = _("Upload a .csv or .xlsx file (the template shows the columns).")
FILE_ZIP_AS_CSV = _(
    "This file is an Excel workbook (or another compressed file) named .csv. Upload it with "
    "the .xlsx extension, or save it from Excel as “CSV UTF-8”."
)
FILE_BINARY = _(
    "This is not a CSV text file (it looks like %(kind)s). Save the spreadsheet as CSV or "
    ".xlsx and upload that."
)
KIND_BINARY = _("a binary file")
KIND_PDF = _("a PDF document")
KIND_IMAGE = _("an image")
KIND_XLS = _("an old Excel .xls workbook")
FILE_NOT_XLSX = _(
    "This file is not a valid Excel .xlsx workbook. Save it from Excel as .xlsx (not .xls), "
    "or as CSV."
)
FILE_XLSX_TOO_BIG = _(
    "This workbook is too large once unpacked. Keep only the roster sheet, at most %(max)s "
    "rows, and upload it again."
)
FILE_CSV_BROKEN = _("The file could not be read as CSV (line %(line)s): %(error)s")
FILE_TOO_MANY_ROWS = _(
    "The file has more than %(max)s rows of people. Split it into files of at most %(max)s rows."
)
FILE_NO_HEADER = _("The file has no rows. The first row must name the columns, as in the template.")
FILE_NO_ROWS = _("The file names the columns but lists nobody.")
FILE_MISSING = _(
    "Missing columns: %(columns)s. The first row must name the columns, as in the template."
)
FILE_UNKNOWN = _(
    "Unknown columns: %(columns)s. Rename or delete them; the accepted columns are: %(accepted)s."
)
FILE_DUPLICATE_COLUMNS = _("These columns appear more than once: %(columns)s.")
FILE_GONE = _("The uploaded file can no longer be read; upload it again.")


class FileRefused(Exception):
    """The file as a whole cannot be imported: one or more file-level messages."""

    def __init__(self, *messages):
        super().__init__(*messages)
        self.messages = [str(m) for m in messages]

    @property
    def text(self) -> str:
        return "\n".join(self.messages)


@dataclass
class ParsedRow:
    number: int  # as the spreadsheet numbers it (the headings are row 1)
    values: dict[str, str]
    formulas: set[str] = field(default_factory=set)
    stray: list[str] = field(default_factory=list)  # letters of columns without a heading


@dataclass
class ParsedFile:
    headings: dict[str, str]  # field -> the heading as the file writes it
    rows: list[ParsedRow]


Cell = tuple[str, bool]  # (text, is a formula)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def parse_file(filename: str, data: bytes) -> ParsedFile:
    """Read a roster file's headings and rows; raise FileRefused for a file-level problem."""
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused(
            FILE_TOO_BIG
            % {"size": round(len(data) / 1024 / 1024, 1), "limit": MAX_FILE_BYTES // 1024 // 1024}
        )
    if not data.strip():
        raise FileRefused(FILE_EMPTY)
    extension = os.path.splitext(filename or "")[1].lower()
    if extension == ".xlsx":
        table = _xlsx_cells(data)
    elif extension in (".csv", ".txt"):
        table = _csv_cells(data)
    else:
        raise FileRefused(FILE_TYPE)
    return _read_table(table)


_MAGIC = (
    (b"%PDF", KIND_PDF),
    (b"\x89PNG", KIND_IMAGE),
    (b"\xff\xd8\xff", KIND_IMAGE),
    (b"GIF8", KIND_IMAGE),
    (b"\xd0\xcf\x11\xe0", KIND_XLS),
)


def _decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FileRefused(FILE_BINARY % {"kind": KIND_BINARY}) from exc
    if b"\x00" in data:
        raise FileRefused(FILE_BINARY % {"kind": KIND_BINARY})
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")  # Excel's "CSV" on Windows; a superset of Latin-1's letters
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _csv_cells(data: bytes) -> Iterator[list[Cell]]:
    if data.startswith(b"PK\x03\x04"):
        raise FileRefused(FILE_ZIP_AS_CSV)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise FileRefused(FILE_BINARY % {"kind": kind})
    text = _decode(data)
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(3, len(sample) // 200):
        raise FileRefused(FILE_BINARY % {"kind": KIND_BINARY})
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    if not first_line.count(delimiter):
        delimiter = ","
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)

    def cells() -> Iterator[list[Cell]]:
        try:
            for record in reader:
                yield [(value, False) for value in record]
        except csv.Error as exc:
            raise FileRefused(FILE_CSV_BROKEN % {"line": reader.line_num, "error": exc}) from exc

    return cells()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(getattr(value, "text", value))


def _xlsx_cells(data: bytes) -> Iterator[list[Cell]]:
    import openpyxl

    if not data.startswith(b"PK\x03\x04"):
        raise FileRefused(FILE_NOT_XLSX)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused(FILE_NOT_XLSX) from exc
    if unpacked > MAX_XLSX_UNPACKED:  # a "zip bomb", or a workbook far beyond MAX_ROWS
        raise FileRefused(FILE_XLSX_TOO_BIG % {"max": f"{MAX_ROWS:,}"})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
    except Exception as exc:  # whatever openpyxl trips on, it is not a workbook we can read
        logger.info("Roster file is not a readable workbook: %r", exc)
        raise FileRefused(FILE_NOT_XLSX) from exc

    def cells() -> Iterator[list[Cell]]:
        try:
            for row in sheet.iter_rows(max_col=MAX_COLUMNS):
                yield [(_cell_text(cell.value), cell.data_type == "f") for cell in row]
        except FileRefused:
            raise
        except (zipfile.BadZipFile, KeyError, ValueError, TypeError, SyntaxError, OSError) as exc:
            raise FileRefused(FILE_NOT_XLSX) from exc
        finally:
            workbook.close()

    return cells()


def _read_table(table: Iterable[list[Cell]]) -> ParsedFile:
    numbered = enumerate(table, start=1)
    header = None
    for _number, cells in numbered:
        if any(text.strip() for text, _f in cells):
            header = cells
            break
    if header is None:
        raise FileRefused(FILE_NO_HEADER)
    mapping: list[str | None] = []
    headings: dict[str, str] = {}
    unknown, twice = [], []
    for text, _formula in header:
        label = " ".join(text.replace("\ufeff", "").split())
        name = ALIASES.get(_key(label)) if label else None
        if label and name is None:
            unknown.append(label)
        elif name in headings:
            twice.append(label)
            name = None
        elif name:
            headings[name] = label
        mapping.append(name)
    problems = []
    missing = [c for c in COLUMNS if c.required and c.field not in headings]
    if missing:
        problems.append(FILE_MISSING % {"columns": ", ".join(column_names(c) for c in missing)})
    if unknown:
        problems.append(
            FILE_UNKNOWN
            % {
                "columns": ", ".join(f"“{u}”" for u in unknown[:10]),
                "accepted": ", ".join(column_names(c) for c in COLUMNS),
            }
        )
    if twice:
        problems.append(FILE_DUPLICATE_COLUMNS % {"columns": ", ".join(f"“{t}”" for t in twice)})
    if problems:
        raise FileRefused(*problems)

    rows: list[ParsedRow] = []
    width = len(mapping)
    for number, cells in numbered:
        if not any(text.strip() for text, _f in cells):
            continue
        if len(rows) >= MAX_ROWS:
            raise FileRefused(FILE_TOO_MANY_ROWS % {"max": f"{MAX_ROWS:,}"})
        row = ParsedRow(number=number, values={})
        for index, (text, formula) in enumerate(cells):
            name = mapping[index] if index < width else None
            if name is None:
                if text.strip():
                    row.stray.append(_column_letter(index))
                continue
            row.values[name] = text
            if formula:
                row.formulas.add(name)
        rows.append(row)
    if not rows:
        raise FileRefused(FILE_NO_ROWS)
    return ParsedFile(headings=headings, rows=rows)
