"""Exports of a report: ask for one (POST), follow its progress, download the file.

Access, failing closed:
- every view needs a report scope (reports.permissions.report_scope), else 404;
- asking checks the report's filters against that scope with the report's form
  (export_jobs.resolve): what the page would refuse, the export refuses too;
- an export's progress page and its file are served to the person who asked for it
  only (404 for anyone else, whatever their role), and the file only while its
  filters are still within that person's scope today.
The file's name is chosen by the server (core.exports.attachment_name).
"""

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin import messages

from core.exports import CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, attachment_name

from . import export_jobs
from .models import ReportExport
from .permissions import exports_visible_to, report_scope

CONTENT_TYPES = {"csv": CSV_CONTENT_TYPE, "xlsx": XLSX_CONTENT_TYPE}
REFRESH_SECONDS = 2  # the progress page reloads itself this often while the file is built
RECENT = 5  # the person's latest exports listed under the progress


def _require_scope(request):
    scope = report_scope(request.user)
    if scope is None:
        raise Http404
    return scope


def _own_export(request, export_id: int) -> ReportExport:
    """The export, if the person asked for it and may still see reports; else 404."""
    return get_object_or_404(exports_visible_to(request.user), pk=export_id)


def report_url(query: str = "") -> str:
    url = reverse("reports:index")
    return f"{url}?{query}" if query else url


def status_url(export: ReportExport) -> str:
    return reverse("reports:export_status", kwargs={"export_id": export.pk})


@require_POST
def export(request):
    """Queue an export of the report's filters (the query string of the form's action, or
    a `query` field) in the format chosen (`format`: csv or xlsx); then its progress."""
    _require_scope(request)
    query = request.POST.get("query") or request.GET.urlencode()
    try:
        item, created = export_jobs.export_request(
            user=request.user,
            query=query,
            fmt=request.POST.get("format", ""),
            language=get_language(),
        )
    except export_jobs.ExportRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(report_url(query))
    if not created:
        messages.info(request, _("This export was already on its way; here it is."))
    return redirect(status_url(item))


def _progress_text(item: ReportExport) -> str:
    if item.status == ReportExport.Status.READY:
        return _("Your file is ready.")
    if item.status == ReportExport.Status.FAILED:
        return _("The file could not be built.")
    if item.status == ReportExport.Status.QUEUED:
        return _("Waiting for its turn…")
    return _("Building the file: %(percent)s%% done.") % {"percent": item.progress}


@require_GET
def export_status(request, export_id: int):
    item = _own_export(request, export_id)
    active = item.status in export_jobs.ACTIVE
    recent = exports_visible_to(request.user).exclude(pk=item.pk)[:RECENT]
    return TemplateResponse(
        request,
        "reports/exports_status.html",
        {
            "export": item,
            "active": active,
            "ready": item.status == ReportExport.Status.READY,
            "failed": item.status == ReportExport.Status.FAILED,
            "percent": 100 if item.status == ReportExport.Status.READY else item.progress,
            "progress_text": _progress_text(item),
            "refresh_seconds": REFRESH_SECONDS,
            "download_url": reverse("reports:export_download", kwargs={"export_id": item.pk}),
            "report_url": report_url(export_jobs.report_query(item.query)),
            "recent": [(other, status_url(other), _progress_text(other)) for other in recent],
        },
    )


@require_GET
def export_download(request, export_id: int):
    """The finished file, for its requester, while its filters are within their scope."""
    item = _own_export(request, export_id)
    if item.status != ReportExport.Status.READY or not item.file:
        raise Http404
    try:
        _scope, filters, _form = export_jobs.resolve(request.user, item.query)
    except export_jobs.ExportRefused:
        raise Http404 from None
    if item.scope != export_jobs.scope_key(filters):  # built for a scope they no longer have
        raise Http404
    if not default_storage.exists(item.file.name):
        raise Http404
    extension = f".{item.format}"
    response = FileResponse(
        default_storage.open(item.file.name, "rb"),
        as_attachment=True,
        filename=attachment_name(item.filename or "report", extension),
        content_type=CONTENT_TYPES[item.format],
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
