"""The first two steps: store an upload (`roster_import_create`) and check every row
of it into the preview (`roster_import_validate`)."""

from __future__ import annotations

import logging
import os

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from clusters.models import User

from .. import permissions
from ..models import Cohort, RosterImport
from .files import EXTENSIONS, FILE_TOO_BIG, FILE_TYPE, MAX_FILE_BYTES, FileRefused, parse_file
from .jobs import INLINE_ROWS, UNEXPECTED, _claim, _read_stored, _store
from .rows import build_plan

logger = logging.getLogger(__name__)

Status = RosterImport.Status


def roster_import_create(
    *, actor: User, cohort_id: int, uploaded_file, when_full: str, language: str | None = None
) -> RosterImport:
    """Store an upload and read its structure; small files are checked at once, big ones later.

    Raises ValidationError (nothing stored) when the upload itself is unusable: too
    big or not a .csv/.xlsx. Any other file-level problem is stored as an invalid
    import with its message, so the person sees it on the import's page.
    """
    cohort = (
        permissions.cohorts_visible_to(actor)
        .select_related("course", "cluster")
        .filter(pk=cohort_id)
        .first()
    )
    if cohort is None or not permissions.can_manage_roster(actor, cohort):
        raise PermissionDenied
    if when_full not in RosterImport.WhenFull.values:
        raise ValidationError({"when_full": _("Choose what happens when the cohort is full.")})
    name = os.path.basename(uploaded_file.name or "roster")[:255]
    if os.path.splitext(name)[1].lower() not in EXTENSIONS:
        raise ValidationError({"file": FILE_TYPE})
    if uploaded_file.size is not None and uploaded_file.size > MAX_FILE_BYTES:
        raise ValidationError(
            {
                "file": FILE_TOO_BIG
                % {
                    "size": round(uploaded_file.size / 1024 / 1024, 1),
                    "limit": MAX_FILE_BYTES // 1024 // 1024,
                }
            }
        )
    data = b"".join(uploaded_file.chunks())
    imp = RosterImport(
        cohort=cohort,
        created_by=actor,
        original_filename=name,
        when_full=when_full,
        language=(language or translation.get_language() or settings.LANGUAGE_CODE)[:8],
    )
    with translation.override(imp.language):
        try:
            imp.total_rows = len(parse_file(name, data).rows)
        except FileRefused as refused:
            imp.status, imp.error_message, imp.finished_at = (
                Status.INVALID,
                refused.text,
                timezone.now(),
            )
    imp.file.save(name, ContentFile(data), save=False)
    imp.save()
    if imp.status == Status.UPLOADED:
        if imp.total_rows <= INLINE_ROWS:
            return roster_import_validate(import_id=imp.pk)
        from ..tasks import validate_roster_import

        pk = imp.pk
        transaction.on_commit(lambda: validate_roster_import.delay(pk), robust=True)
    return imp


def roster_import_validate(*, import_id: int) -> RosterImport:
    """Check every row of an uploaded file and store the preview (ready, or invalid)."""
    imp = _claim(import_id, allowed={Status.UPLOADED, Status.VALIDATING}, running=Status.VALIDATING)
    if imp is None:
        return RosterImport.objects.get(pk=import_id)
    with translation.override(imp.language):
        try:
            parsed = _read_stored(imp)
            cohort = Cohort.objects.select_related("course", "cluster").get(pk=imp.cohort_id)

            def report(done: int) -> None:
                RosterImport.objects.filter(pk=imp.pk).update(processed_rows=done)

            plan = build_plan(cohort, imp.when_full, parsed, progress=report)
        except FileRefused as refused:
            _store(imp, Status.INVALID, message=refused.text)
            return imp
        except Exception:
            logger.exception("Roster import %s could not be checked", imp.pk)
            _store(imp, Status.FAILED, message=str(UNEXPECTED))
            return imp
        _store(
            imp,
            Status.READY if plan.ok else Status.INVALID,
            plan=plan,
            message="\n".join(plan.file_errors),
        )
    return imp
