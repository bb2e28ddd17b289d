"""The DC-3 of a certificate and a company's DC-4 list.

Both answer only people certificates.permissions and clusters.permissions
allow: a DC-3 for anyone else is "not found" (its existence is not revealed),
and the DC-4 page is refused to people who coordinate no company and run no
cluster.
"""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from clusters import permissions as cluster_permissions

from . import permissions, selectors
from .dc3 import Dc3Unavailable, dc3_for, dc3_queryset, missing_trainee_fields
from .dc3_pdf import render_dc3_pdf
from .dc4 import dc4_response

DC4_YEARS = 6  # this year and the five before: the DC-4 is due after each plan year


@login_required
@require_GET
@never_cache
def certificate_dc3(request, code: str):
    """The DC-3 PDF; or which fields are missing; or why this certificate has none."""
    normalized = selectors.normalize_code(code)
    certificate = (
        dc3_queryset().filter(code=normalized, status__in=selectors.SHOWN).first()
        if normalized
        else None
    )
    if certificate is None or not permissions.can_download_certificate(request.user, certificate):
        raise Http404
    holder = permissions.is_holder(request.user, certificate)
    try:
        dc3 = dc3_for(certificate)
    except Dc3Unavailable as refusal:
        return render(
            request,
            "certificates/dc3/unavailable.html",
            {"certificate": certificate, "reason": refusal.reason},
            status=404,
        )
    if dc3.missing:
        return render(
            request,
            "certificates/dc3/missing.html",
            {
                "certificate": certificate,
                "dc3": dc3,
                "holder": holder,
                "trainee_can_fix": holder and missing_trainee_fields(dc3),
            },
        )
    response = HttpResponse(render_dc3_pdf(dc3), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="DC-3-{certificate.code}.pdf"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


class Dc4Form(forms.Form):
    company = forms.ModelChoiceField(
        label=_("Company"), queryset=None, empty_label=_("— Choose a company —")
    )
    year = forms.TypedChoiceField(
        label=_("Year the courses ended"),
        coerce=int,
        choices=(),
        help_text=_("Courses whose last day falls in this year."),
    )

    def __init__(self, *args, companies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["company"].queryset = companies
        this_year = timezone.localdate().year
        self.fields["year"].choices = [
            (year, str(year)) for year in range(this_year, this_year - DC4_YEARS, -1)
        ]


def _may_export_dc4(user) -> bool:
    return (
        cluster_permissions.is_network_admin(user)
        or bool(cluster_permissions.administered_cluster_ids(user))
        or bool(cluster_permissions.coordinated_company_ids(user))
    )


@login_required
@require_GET
@never_cache
def company_dc4(request):
    """Choose a company and a year; submitting downloads the DC-4 data as XLSX.

    Company coordinators choose among their companies, cluster admins among
    their clusters' member companies (clusters.permissions.companies_visible_to);
    rows are the certificates the person may read.
    """
    if not _may_export_dc4(request.user):
        raise PermissionDenied
    companies = cluster_permissions.companies_visible_to(request.user).order_by("legal_name")
    if "company" in request.GET:
        # Another company's list is "not found", whether it exists or not.
        raw = request.GET["company"]
        if not (raw.isdigit() and len(raw) < 12 and companies.filter(pk=int(raw)).exists()):
            raise Http404
        form = Dc4Form(request.GET, companies=companies)
        if form.is_valid():
            return dc4_response(
                form.cleaned_data["company"],
                form.cleaned_data["year"],
                within=permissions.certificates_visible_to(request.user),
            )
    else:
        form = Dc4Form(initial={"year": timezone.localdate().year}, companies=companies)
    return render(
        request,
        "certificates/dc3/dc4.html",
        {"form": form, "has_companies": companies.exists()},
        status=400 if form.is_bound else 200,
    )
