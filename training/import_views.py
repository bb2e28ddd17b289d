"""Admin pages of the roster import: upload, template, preview and progress, confirm.

Access: the cohort is looked up in `cohorts_visible_to(user)` (404 outside it) and
the person must be allowed to manage its roster (403 otherwise); an import is
reached only through its cohort, so another cluster's imports are unreachable by id.
The work itself is done by training.imports.
"""

import csv
import io
from collections import Counter

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import imports, permissions
from .models import Cohort, RosterImport

Status = RosterImport.Status
PAGE_SIZE = 100

FILE_LABEL = _("Roster file (.csv or .xlsx)")
FILE_HELP = _(
    "The first row names the columns, as in the template. Up to %(rows)s people and %(size)s MB; "
    "CSV files may be UTF-8 or Latin-1, separated by commas or semicolons."
)
WHEN_FULL_LABEL = _("If the file has more people than free seats")
CHECKED_READY = _("The file was checked: review the preview and confirm the import.")
CHECKED_INVALID = _("The file has errors; nothing was imported. Correct them and upload it again.")
CHECKING = _("The file is being checked; this page shows the progress.")
APPLIED = _(
    "Imported: %(enrolled)s enrolled, %(waitlisted)s on the waiting list, %(created)s new accounts invited."
)
APPLYING = _("The import is running; this page shows the progress.")
NOT_IMPORTED = _("Nothing was imported.")
PROGRESS_TEXT = _("%(done)s of %(total)s rows")
TEMPLATE_NAME = _("roster-template")
INSTRUCTIONS = _("Instructions")
HELP_HEADINGS = (_("Column"), _("Required"), _("Accepted values"))
YES, NO = _("yes"), _("no")
HELP_VALUES = {
    "email": _("One account per address; an existing person is found by it."),
    "curp": _("18 characters; an existing person is also found by it."),
    "company_rfc": _("The RFC of a company registered in the portal."),
    "trainee_type": _("engineer, technician, operator, executive, student (or in Spanish)"),
    "gender": _("woman, man, non-binary, prefer not to say (or in English)"),
}


class RosterImportForm(forms.Form):
    file = forms.FileField(
        label=FILE_LABEL,
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,text/csv"}),
    )
    when_full = forms.ChoiceField(
        label=WHEN_FULL_LABEL,
        choices=RosterImport.WhenFull.choices,
        initial=RosterImport.WhenFull.WAITLIST,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = FILE_HELP % {
            "rows": f"{imports.MAX_ROWS:,}",
            "size": imports.MAX_FILE_BYTES // 1024 // 1024,
        }


def _cohort_for(user, cohort_id: int) -> Cohort:
    cohort = get_object_or_404(
        permissions.cohorts_visible_to(user).select_related("course", "cluster"), pk=cohort_id
    )
    if not permissions.can_manage_roster(user, cohort):
        raise PermissionDenied
    return cohort


def _import_for(user, import_id: int, *, with_preview: bool = True) -> RosterImport:
    found = RosterImport.objects.select_related("cohort__course", "cohort__cluster").filter(
        cohort__in=permissions.cohorts_visible_to(user)
    )
    if not with_preview:
        found = found.defer("preview")
    imp = get_object_or_404(found, pk=import_id)
    if not permissions.can_manage_roster(user, imp.cohort):
        raise PermissionDenied
    return imp


def _roster_url(cohort: Cohort) -> str | None:
    """The cohort's roster page (training/admin_views.py), when it is installed."""
    try:
        return reverse("training_roster", kwargs={"cohort_id": cohort.pk})
    except NoReverseMatch:
        return None


def _help_rows() -> list[dict]:
    return [
        {
            "column": column,
            "headings": imports.column_names(column),
            "required": column.required,
            "values": HELP_VALUES.get(column.field, ""),
        }
        for column in imports.COLUMNS
    ]


@require_http_methods(["GET", "POST"])
def upload(request, cohort_id: int):
    cohort = _cohort_for(request.user, cohort_id)
    form = RosterImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            imp = imports.roster_import_create(
                actor=request.user,
                cohort_id=cohort.pk,
                uploaded_file=form.cleaned_data["file"],
                when_full=form.cleaned_data["when_full"],
                language=translation.get_language(),
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for name, errors in error.error_dict.items():
                    form.add_error(name if name in form.fields else None, errors)
            else:
                form.add_error(None, error)
        else:
            _announce(request, imp)
            return redirect("training_roster_import_detail", import_id=imp.pk)
    recent = list(cohort.roster_imports.defer("preview").select_related("created_by")[:10])
    return TemplateResponse(
        request,
        "training/import/upload.html",
        {
            "cohort": cohort,
            "form": form,
            "recent": recent,
            "help_rows": _help_rows(),
            "roster_url": _roster_url(cohort),
        },
    )


def _announce(request, imp: RosterImport) -> None:
    if imp.status == Status.READY:
        messages.success(request, CHECKED_READY)
    elif imp.status == Status.APPLIED:
        messages.success(
            request,
            APPLIED
            % {
                "enrolled": imp.enrolled_count,
                "waitlisted": imp.waitlisted_count,
                "created": imp.created_count,
            },
        )
    elif imp.status in (Status.INVALID, Status.FAILED):
        messages.error(request, CHECKED_INVALID if imp.status == Status.INVALID else NOT_IMPORTED)
    elif imp.status == Status.APPLYING:
        messages.info(request, APPLYING)
    else:
        messages.info(request, CHECKING)


def _progress(imp: RosterImport) -> dict:
    done = imports.roster_import_progress(imp)
    total = imp.total_rows or 0
    done = min(done, total) if total else done
    return {
        "status": imp.status,
        "label": str(imp.get_status_display()),
        "running": imp.is_running,
        "processed": done,
        "total": total,
        "percent": round(100 * done / total) if total else 0,
        "text": str(PROGRESS_TEXT % {"done": f"{done:,}", "total": f"{total:,}"}),
    }


@require_GET
def detail(request, import_id: int):
    imp = _import_for(request.user, import_id)
    rows = imp.preview or []
    show = request.GET.get("show", "all")
    if show == "errors":
        listed = [row for row in rows if row.get("errors")]
    elif show in imports.ACTION_LABELS:
        listed = [row for row in rows if row.get("action") == show]
    else:
        show, listed = "all", rows
    page = Paginator(listed, PAGE_SIZE).get_page(request.GET.get("p"))
    for row in page.object_list:
        row["action_label"] = imports.ACTION_LABELS.get(row.get("action"), "")
    actions = Counter(row.get("action") for row in rows)
    filters = [("all", _("All rows"), len(rows))] + [
        (action, label, actions[action])
        for action, label in imports.ACTION_LABELS.items()
        if actions[action]
    ]
    return TemplateResponse(
        request,
        "training/import/detail.html",
        {
            "imp": imp,
            "cohort": imp.cohort,
            "page": page,
            "show": show,
            "filters": filters,
            "file_errors": [line for line in imp.error_message.splitlines() if line.strip()],
            "progress": _progress(imp),
            "can_confirm": imp.status == Status.READY,
            "roster_url": _roster_url(imp.cohort),
            "fields": [(c.field, c.label) for c in imports.COLUMNS],
        },
    )


@require_POST
def confirm(request, import_id: int):
    imp = _import_for(request.user, import_id, with_preview=False)
    try:
        imp = imports.roster_import_confirm(actor=request.user, import_id=imp.pk)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if imp.status == Status.INVALID:
            messages.error(request, CHECKED_INVALID)
        else:
            _announce(request, imp)
    return redirect("training_roster_import_detail", import_id=imp.pk)


@require_GET
def progress(request, import_id: int):
    imp = _import_for(request.user, import_id, with_preview=False)
    return JsonResponse(_progress(imp))


@require_GET
def template_download(request, fmt: str):
    """The template: the headings in the reader's language and one example row."""
    language = translation.get_language()
    headings = imports.template_headings(language)
    example = imports.template_example(language)
    name = str(TEMPLATE_NAME)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headings)
        writer.writerow(example)
        # With the BOM, Excel reads the CSV as UTF-8 and keeps the accents.
        response = HttpResponse(
            ("\ufeff" + buffer.getvalue()).encode(), content_type="text/csv; charset=utf-8"
        )
    elif fmt == "xlsx":
        response = HttpResponse(
            _xlsx_template(headings, example),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def _xlsx_template(headings: list[str], example: list[str]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Roster"
    sheet.append(headings)
    sheet.append(example)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, heading in enumerate(headings, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = max(
            14, len(heading) + 4
        )
    help_sheet = workbook.create_sheet(str(INSTRUCTIONS)[:31])
    help_sheet.append([str(h) for h in HELP_HEADINGS])
    for row in _help_rows():
        help_sheet.append(
            [row["headings"], str(YES if row["required"] else NO), str(row["values"])]
        )
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    help_sheet.column_dimensions["A"].width = 36
    help_sheet.column_dimensions["C"].width = 70
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
