"""Report exports built in the background: asking for one, building it, clearing old ones.

- `export_request` (the view's service): one ReportExport per person, filters and
  format while it is queued or running. The key is the SHA-256 of the normalised
  query string (the report's filters, in a fixed order, blanks left out, plus the
  language the file is written in) and the format; asking again, or a double click,
  returns the export already on its way. Two requests at the same instant are settled
  by the partial unique constraint on (requested_by, key): the loser fetches the
  winner's row. The job is queued on commit.
- `build_export` (the body of the Celery task `reports.tasks.build_report_export`):
  checks the requester's scope again (report_scope, through the report's form, so
  an export never shows more than its requester may see today), writes the file to
  the export's own storage key (a re-run overwrites it), saves its progress every
  1,000 rows, and marks it ready or failed with a message. A ready or failed export
  is left alone, so a duplicated or retried task does nothing.
- `delete_old_exports` (daily): exports older than `KEEP` and their files.
"""

import hashlib
import logging
import tempfile
from datetime import timedelta

from django.core.files import File
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import exports
from .models import ReportExport
from .permissions import report_scope

logger = logging.getLogger(__name__)

Status = ReportExport.Status
ACTIVE = (Status.QUEUED, Status.RUNNING)
KEEP = timedelta(days=7)  # exports (and their files) older than this are deleted
# Longer than the task's hard time limit (reports.tasks: 900 s). An export still queued or
# running this long after it was asked for was lost (no broker, a dead worker): asking
# again marks it failed and queues a new one, and a redelivered task finds it too old to
# build again, which stops a build that kills its worker every time from looping.
STALE = timedelta(minutes=20)
LOST = "The job building this file stopped before it finished."
LANGUAGE_PARAM = "lang"
MAX_QUERY = 1000  # ReportExport.query's length


class ExportRefused(Exception):
    """The export cannot be built for its requester; the message says why, in their words."""


# --- Query strings ---------------------------------------------------------------------


def with_language(query: str, language: str) -> str:
    """A report query string (already normalised by the form) and the file's language."""
    data = QueryDict(query, mutable=True)
    data[LANGUAGE_PARAM] = exports.language_or_default(language)
    return data.urlencode()


def export_key(query: str, fmt: str) -> str:
    return hashlib.sha256(f"{query}\n{fmt}".encode()).hexdigest()


def query_language(query: str) -> str:
    return exports.language_or_default(QueryDict(query).get(LANGUAGE_PARAM))


def report_query(query: str) -> str:
    """The stored query without the language: the report page's own query string."""
    data = QueryDict(query, mutable=True)
    data.pop(LANGUAGE_PARAM, None)
    return data.urlencode()


# --- Filters, checked against the requester's scope --------------------------------------


def resolve(user, query: str):
    """(scope, filters, form) for `user` and the report query, or ExportRefused.

    The form is the report page's (reports/forms.py), bound to the person's scope, so
    the export accepts exactly the filters the page would show.
    """
    from .forms import ReportFilterForm

    scope = report_scope(user)
    if scope is None:
        raise ExportRefused(_("You no longer have access to these figures."))
    form = ReportFilterForm(QueryDict(report_query(query)), scope=scope)
    if not form.is_valid():
        errors = [str(e) for field_errors in form.errors.values() for e in field_errors]
        raise ExportRefused(" ".join(errors) or _("These filters are not valid."))
    return scope, form.to_filters(scope), form


# --- Asking for an export -----------------------------------------------------------------


def _is_stale(export: ReportExport) -> bool:
    return export.created_at < timezone.now() - STALE


def _queue(export_id: int) -> None:
    def send():
        from .tasks import build_report_export

        build_report_export.delay(export_id)

    transaction.on_commit(send, robust=True)


def export_request(*, user, query: str, fmt: str, language: str) -> tuple[ReportExport, bool]:
    """The person's export of the report `query` in `fmt` on its way, or a new one queued.

    Returns (export, created); raises ExportRefused (with a message for the person)
    for a format or filters outside what they may export. The filters are stored as
    the form writes them back (a fixed order, no blanks, the default period made
    explicit), so the same report asked twice has the same key; the job checks them
    against the scope again when it runs.
    """
    if fmt not in ReportExport.Format.values:
        raise ExportRefused(_("Choose CSV or XLSX."))
    _scope, _filters, form = resolve(user, query)
    query = with_language(form.query_string(), language)
    if len(query) > MAX_QUERY:
        raise ExportRefused(_("These filters are too long to export."))
    key = export_key(query, fmt)
    active = ReportExport.objects.filter(requested_by=user, key=key, status__in=ACTIVE).first()
    if active is not None and _is_stale(active):
        # Its task was lost (no broker at the time) or its worker died with it: give it
        # up and queue a new one, so two tasks never work on one export.
        _fail(active.pk, LOST)
        active = None
    if active is not None:
        return active, False
    export = ReportExport(requested_by=user, query=query, key=key, format=fmt)
    try:
        with transaction.atomic():
            export.save()
    except IntegrityError:  # the same request, a moment earlier, won the race
        existing = (
            ReportExport.objects.filter(requested_by=user, key=key)
            .order_by("-created_at", "-pk")
            .first()
        )
        if existing is None:
            raise
        return existing, False
    _queue(export.pk)
    return export, True


# --- Building it ---------------------------------------------------------------------------


def _claim(export_id: int) -> ReportExport | None:
    """Mark the export running (committed at once); None when there is nothing to do."""
    with transaction.atomic():
        export = (
            ReportExport.objects.select_for_update(skip_locked=True)
            .select_related("requested_by")
            .filter(pk=export_id)
            .first()
        )
        if export is None or export.status not in ACTIVE:
            return None
        if export.status == Status.RUNNING and _is_stale(export):
            _fail(export.pk, LOST)
            return None
        # A running one was left by a worker that died (acks_late delivered it again):
        # build it again, to the same storage key.
        export.status = Status.RUNNING
        export.progress = 0
        export.error = ""
        export.save(update_fields=["status", "progress", "error"])
        return export


def _progress(export_id: int, percent: int) -> None:
    ReportExport.objects.filter(pk=export_id, status=Status.RUNNING).update(
        progress=max(0, min(percent, 99))
    )


def _fail(export_id: int, message: str) -> None:
    ReportExport.objects.filter(pk=export_id, status__in=ACTIVE).update(
        status=Status.FAILED, error=message[:500], finished_at=timezone.now()
    )


def storage_name(export: ReportExport) -> str:
    """Where the file lives: one key per export, overwritten by a re-run."""
    token = export.key[:16]
    return f"reports/exports/{export.pk}-{token}.{export.format}"


def _store(export: ReportExport, handle) -> str:
    handle.seek(0)
    name = storage_name(export)
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, File(handle, name=name))


def scope_key(filters) -> str:
    """Whose figures a file holds (its clusters and companies), to compare at download."""
    return repr((filters.cluster_ids, tuple(sorted(filters.company_pairs))))[:500]


def _write(export: ReportExport, handle) -> tuple[str, str]:
    """Write the file for the export's requester and filters: (download name, scope key)."""
    from . import selectors

    _scope, filters, form = resolve(export.requested_by, export.query)
    report = selectors.report(filters)
    scope_label = describe_scope(filters)
    extension = f".{export.format}"
    if export.format == ReportExport.Format.CSV:
        exports.write_csv(handle, report)
    else:
        cells = exports.detail_cells(filters)
        count = cells.count()
        language = translation.get_language()

        def progress(done: int, total: int) -> None:
            _progress(export.pk, round(100 * done / total))

        exports.write_xlsx(
            handle,
            report,
            detail=exports.detail_rows(cells.iterator(chunk_size=2000), language),
            detail_count=count,
            about=exports.about_rows(
                report, scope_label=scope_label, filter_labels=describe_filters(form)
            ),
            progress=progress,
        )
    return exports.export_filename(filters, scope_label, extension), scope_key(filters)


def build_export(export_id: int) -> ReportExport | None:
    """Build a queued export (the task's body). A ready or failed one is left as it is."""
    export = _claim(export_id)
    if export is None:
        return ReportExport.objects.filter(pk=export_id).first()
    with translation.override(query_language(export.query)):
        try:
            with tempfile.TemporaryFile() as handle:
                filename, scope = _write(export, handle)
                stored = _store(export, handle)
        except ExportRefused as exc:
            _fail(export.pk, str(exc))
            return ReportExport.objects.get(pk=export.pk)
        except Exception as exc:
            logger.exception("Report export %s failed", export_id)
            _fail(export.pk, f"{type(exc).__name__}: {exc}")
            return ReportExport.objects.get(pk=export.pk)
    finished = ReportExport.objects.filter(pk=export.pk, status=Status.RUNNING).update(
        status=Status.READY,
        file=stored,
        filename=filename,
        scope=scope,
        progress=100,
        error="",
        finished_at=timezone.now(),
    )
    if not finished:  # another run finished it first and keeps its own file
        current = ReportExport.objects.get(pk=export.pk)
        if current.file.name != stored:
            default_storage.delete(stored)
        return current
    return ReportExport.objects.get(pk=export.pk)


# --- Describing what the file holds ------------------------------------------------------


def describe_scope(filters) -> str:
    """Whose figures: the network, or the clusters (and companies) of the filters."""
    from clusters.models import Cluster, Company

    if filters.cluster_ids is None:
        return _("The whole network")
    names = list(
        Cluster.objects.filter(pk__in=filters.cluster_ids)
        .order_by("name")
        .values_list("short_name", flat=True)
    )
    if filters.company_pairs:
        clusters = dict(
            Cluster.objects.filter(pk__in={pair[0] for pair in filters.company_pairs}).values_list(
                "pk", "short_name"
            )
        )
        companies = {
            company.pk: str(company)
            for company in Company.objects.filter(
                pk__in={pair[1] for pair in filters.company_pairs}
            )
        }
        names += [
            f"{companies.get(company, '')} ({clusters.get(cluster, '')})"
            for cluster, company in filters.company_pairs
        ]
    return ", ".join(names)


def describe_filters(form) -> list[tuple[str, str]]:
    """(label, chosen value) of every filter set on the report's form, for the About sheet."""
    described = []
    for name, field in form.fields.items():
        if name in ("start", "end"):  # the About sheet states the period itself
            continue
        value = form.cleaned_data.get(name)
        if value in (None, "", [], ()):
            continue
        if hasattr(field, "choices"):
            choices = {str(k): str(v) for k, v in field.choices}
            if isinstance(value, list | tuple):
                shown = ", ".join(choices.get(str(getattr(v, "pk", v)), str(v)) for v in value)
            else:
                shown = choices.get(str(getattr(value, "pk", value)), str(value))
        else:
            shown = str(value)
        described.append((str(field.label or name), shown))
    return described


# --- Clearing old exports ----------------------------------------------------------------


def delete_old_exports(*, now=None) -> int:
    """Delete exports asked for more than `KEEP` ago, and their files; returns how many.

    Queued or running ones that old are deleted too: their job is long gone.
    """
    cutoff = (now or timezone.now()) - KEEP
    deleted = 0
    for export in (
        ReportExport.objects.filter(created_at__lt=cutoff)
        .only("pk", "file")
        .iterator(chunk_size=500)
    ):
        if export.file and default_storage.exists(export.file.name):
            default_storage.delete(export.file.name)
        export.delete()
        deleted += 1
    return deleted
