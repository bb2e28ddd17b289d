"""An import as a job: attempts, progress, the stored file and the stored outcome.

Shared by the steps (`upload`, `apply`): `_claim` counts an attempt and gives up
after MAX_ATTEMPTS, `_store` writes the preview and the counts, `_read_stored`
reads the uploaded file again.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from ..models import RosterImport
from .files import FILE_GONE, FileRefused, ParsedFile, parse_file
from .rows import Plan

Status = RosterImport.Status

# Files up to this many rows are checked and applied within the request; bigger
# ones run as Celery jobs with a progress bar.
INLINE_ROWS = 500
MAX_ATTEMPTS = 3

# --- messages (module level, so makemessages finds them) ---------------------------

UNEXPECTED = _(
    "The import stopped because of an unexpected error; nothing was written. Try again, or "
    "send the file to the portal's support."
)
GAVE_UP = _("The import was tried %(count)s times without finishing; nothing was written.")


def _read_stored(imp: RosterImport) -> ParsedFile:
    try:
        with imp.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError) as exc:
        raise FileRefused(FILE_GONE) from exc
    return parse_file(imp.original_filename, data)


def progress_key(import_id: int) -> str:
    return f"roster-import:{import_id}:progress"


def roster_import_progress(imp: RosterImport) -> int:
    """Rows processed so far: the cache while applying (one open transaction), else the row."""
    if imp.status == Status.APPLYING:
        return int(cache.get(progress_key(imp.pk)) or 0)
    if imp.status in (Status.READY, Status.INVALID, Status.APPLIED):
        return imp.total_rows
    return imp.processed_rows


def _claim(import_id: int, *, allowed: set[str], running: str) -> RosterImport | None:
    """Count an attempt and mark the import as running, in a short committed transaction.

    Returns None when there is nothing to do (already done, or given up on after
    MAX_ATTEMPTS), so a retried or duplicated task changes nothing.
    """
    with transaction.atomic():
        imp = RosterImport.objects.select_for_update().filter(pk=import_id).first()
        if imp is None or imp.status not in allowed:
            return None
        if imp.status == running and imp.attempts >= MAX_ATTEMPTS:
            with translation.override(imp.language):
                imp.error_message = str(GAVE_UP % {"count": imp.attempts})
            imp.status, imp.finished_at = Status.FAILED, timezone.now()
            imp.save(update_fields=["status", "error_message", "finished_at"])
            return None
        if imp.status != running:
            imp.attempts = 0
        imp.attempts += 1
        imp.status = running
        imp.processed_rows = 0
        imp.claimed_at = timezone.now()
        imp.save(update_fields=["attempts", "status", "processed_rows", "claimed_at"])
        return imp


def stalled_import_steps(*, older_than) -> list[tuple[int, str]]:
    """(import id, step) of imports whose job was never queued or whose worker died.

    A file uploaded but never checked, a check or an import still "running" long
    after the task's time limit, or an applied import whose emails stopped half-way.
    Each step is idempotent and counts its attempts, so handing one over twice is safe.
    """
    from django.db.models import Q

    cutoff = timezone.now() - older_than
    stalled = RosterImport.objects.filter(
        Q(status=Status.UPLOADED, created_at__lt=cutoff)
        | Q(status__in=(Status.VALIDATING, Status.APPLYING), claimed_at__lt=cutoff)
        | Q(status=Status.APPLIED, emails_sent_at__isnull=True, finished_at__lt=cutoff)
    ).values_list("pk", "status")[:100]
    steps = {
        Status.UPLOADED: "validate",
        Status.VALIDATING: "validate",
        Status.APPLYING: "apply",
        Status.APPLIED: "emails",
    }
    return [(pk, steps[status]) for pk, status in stalled]


def _store(imp: RosterImport, status: str, plan: Plan | None = None, message: str = "") -> None:
    imp.status = status
    imp.finished_at = timezone.now()
    imp.error_message = message
    fields = ["status", "finished_at", "error_message", "processed_rows"]
    if plan is not None:
        imp.preview = [row.as_preview() for row in plan.rows]
        for name, value in plan.counts.items():
            setattr(imp, name, value)
        imp.total_rows = len(plan.rows)
        fields += ["preview", "total_rows", *plan.counts]
    imp.processed_rows = imp.total_rows
    imp.save(update_fields=fields)
