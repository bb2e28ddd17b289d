"""Roster import (issue 4): read a CSV or XLSX roster, preview it row by row, apply it.

Three steps, each a service that the views and the Celery tasks (training/tasks.py) call:

- `roster_import_create` stores the upload and reads its structure (size, format,
  encoding, columns, number of rows), so a broken or oversized file is refused
  at once with one file-level message;
- `roster_import_validate` checks every row against the database and stores the
  preview: each row's action (create, update, enroll, skip) or its errors, with
  the row number as the spreadsheet shows it, the column and a translated message;
- `roster_import_apply` (after `roster_import_confirm`) checks everything again
  under the cohort's lock, because the database may have changed since the
  preview, and writes all rows or none, in one transaction.

Decisions:
- **Unknown columns refuse the file.** A misspelt heading ("Curpp") would otherwise
  drop that column silently; the message names the unknown columns and the
  accepted ones. Empty columns without a heading are ignored.
- **Existing people are never overwritten.** A person is matched by email (their
  account or any of its addresses) or by CURP; the file only fills in what their
  profile leaves blank (second surname, CURP, gender, company, cluster). A file
  whose CURP contradicts the account with that email is an error.
- **Formulas are never evaluated.** An XLSX formula cell is a row error, and a
  cell starting with = + - or @ is refused too (it would become a formula when
  the roster is exported to a spreadsheet again). A lone "-" means "empty".
- Seats are filled in file order up to the capacity; the rest go to the waiting
  list, or the whole import is refused, as the admin chose (`when_full`).

The package, one module per part of the work:

- `columns`: the accepted headings and choice words, the template's headings;
- `files`: reading CSV and XLSX, the size and format limits (`parse_file`);
- `rows`: each row's checks and action, the preview (`build_plan`);
- `jobs`: attempts, progress, the stored file and outcome, shared by the steps;
- `upload`: `roster_import_create` and `roster_import_validate`;
- `apply`: `roster_import_confirm` and `roster_import_apply`;
- `emails`: invitations and enrollment emails after the apply.

Each limit is read in the module that defines it: patch it there
(`training.imports.files.MAX_XLSX_UNPACKED`), not on this package.
"""

from .apply import roster_import_apply, roster_import_confirm
from .columns import (
    COLUMN_BY_FIELD,
    COLUMNS,
    FIELDS,
    Column,
    column_names,
    template_example,
    template_headings,
)
from .emails import EMAIL_BATCH, invitation_url, roster_import_send_emails
from .files import (
    EXTENSIONS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_XLSX_UNPACKED,
    FileRefused,
    ParsedFile,
    ParsedRow,
    parse_file,
)
from .jobs import (
    INLINE_ROWS,
    MAX_ATTEMPTS,
    progress_key,
    roster_import_progress,
    stalled_import_steps,
)
from .rows import ACTION_LABELS, Action, Plan, PlanRow, build_plan
from .upload import roster_import_create, roster_import_validate

__all__ = [
    "ACTION_LABELS",
    "COLUMNS",
    "COLUMN_BY_FIELD",
    "EMAIL_BATCH",
    "EXTENSIONS",
    "FIELDS",
    "INLINE_ROWS",
    "MAX_ATTEMPTS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "MAX_XLSX_UNPACKED",
    "Action",
    "Column",
    "FileRefused",
    "ParsedFile",
    "ParsedRow",
    "Plan",
    "PlanRow",
    "build_plan",
    "column_names",
    "invitation_url",
    "parse_file",
    "progress_key",
    "roster_import_apply",
    "roster_import_confirm",
    "roster_import_create",
    "roster_import_progress",
    "roster_import_send_emails",
    "roster_import_validate",
    "stalled_import_steps",
    "template_example",
    "template_headings",
]
