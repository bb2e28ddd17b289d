"""The Wagtail admin of certificates: templates, the certificates listing, a certificate's
page with its actions, and a cohort's certificates (issue them all, download a ZIP).

Who sees and does what comes from certificates.permissions (and, for cohorts,
training.permissions) only:
- the templates snippet lists ``templates_visible_to(user)``; its per-object views
  load from it (404 outside it) and ask the permission policy (core.admin_scoping);
- the certificates listing is ``certificates_visible_to(user)``; a certificate's page,
  its PDF and its actions load it from there (404 outside it), and the actions then
  require ``can_manage_certificate`` (403);
- a cohort's certificates page, its actions and its ZIPs load the cohort from
  ``cohorts_visible_to(user)`` (404 outside it) and require
  ``can_manage_certificates(user, cohort.cluster_id)`` (403).
Every change is a call to certificates.services (or bundles); a CertificateError
becomes an error message and nothing is written. Actions are POST only (CSRF).
"""

import re
from functools import cached_property

import django_filters
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.db.models import Count, Q, QuerySet
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from clusters.admin_views import ServiceCreateView, ServiceEditView
from clusters.models import NETWORK_ADMIN_GROUP, Cluster, ClusterRole, User
from clusters.permissions import administered_cluster_ids, has_any_role, is_network_admin
from core.admin_scoping import (
    ScopedBulkActionMixin,
    ScopedChooserViewSet,
    ScopedPermissionPolicy,
    ScopedViewSetMixin,
)
from training.models import Cohort, Enrollment
from training.permissions import cohorts_visible_to

from . import bundles, permissions, services
from .admin_forms import CertificateTemplateAdminForm, ReasonForm
from .models import Certificate, CertificateBundle, CertificateTemplate, Kind

Status = Certificate.Status
ISSUED = (Status.VALID, Status.REVOKED)  # statuses that have a PDF to download


# --- Permission policies -------------------------------------------------------
# What Wagtail asks (menus, buttons, generic views) is answered from
# certificates.permissions. Certificates are only read through the generic views;
# every change goes through the POST views below.


def certificate_admin_actions(user) -> frozenset[str]:
    if is_network_admin(user) or administered_cluster_ids(user):
        return frozenset({"view"})
    if has_any_role(user) and permissions.certificates_visible_to(user).exists():
        return frozenset({"view"})
    return frozenset()


def certificate_admin_scope(user, action: str) -> QuerySet[Certificate]:
    if action == "view" and action in certificate_admin_actions(user):
        return permissions.certificates_visible_to(user)
    return Certificate.objects.none()


def _role_holders(roles=None) -> QuerySet[User]:
    condition = Q(is_superuser=True) | Q(groups__name=NETWORK_ADMIN_GROUP)
    if roles is None:
        condition |= Q(cluster_roles__isnull=False)
    else:
        condition |= Q(cluster_roles__role__in=roles)
    return User.objects.filter(condition, is_active=True).distinct()


def certificate_admin_users(actions) -> QuerySet[User]:
    return _role_holders() if "view" in set(actions) else User.objects.none()


def certificate_permission_policy() -> ScopedPermissionPolicy:
    return ScopedPermissionPolicy(
        Certificate,
        actions=certificate_admin_actions,
        scope=certificate_admin_scope,
        users=certificate_admin_users,
    )


TEMPLATE_ACTIONS = frozenset({"add", "change", "delete", "view"})


def template_admin_actions(user) -> frozenset[str]:
    return TEMPLATE_ACTIONS if permissions.can_add_template(user) else frozenset()


def template_admin_scope(user, action: str) -> QuerySet[CertificateTemplate]:
    if action == "add" or action not in template_admin_actions(user):
        return CertificateTemplate.objects.none()
    return permissions.templates_visible_to(user)


def template_admin_users(actions) -> QuerySet[User]:
    if not set(actions) & TEMPLATE_ACTIONS:
        return User.objects.none()
    return _role_holders([ClusterRole.Role.CLUSTER_ADMIN])


def template_permission_policy() -> ScopedPermissionPolicy:
    return ScopedPermissionPolicy(
        CertificateTemplate,
        actions=template_admin_actions,
        scope=template_admin_scope,
        users=template_admin_users,
    )


# --- Loading, scoped -------------------------------------------------------------


def load_certificate(request, pk: int, *, manage: bool = False) -> Certificate:
    """The certificate from the person's scope (404 outside it); 403 unless they manage it."""
    certificate = get_object_or_404(
        permissions.certificates_visible_to(request.user).select_related(
            "enrollment__cohort__course", "cluster", "company", "template", "revoked_by"
        ),
        pk=pk,
    )
    if manage and not permissions.can_manage_certificate(request.user, certificate):
        raise PermissionDenied
    return certificate


def load_cohort(request, cohort_id: int) -> Cohort:
    """The cohort from the person's scope (404 outside it); 403 unless they manage its
    certificates (its cluster's admins)."""
    cohort = get_object_or_404(
        cohorts_visible_to(request.user).select_related("course", "cluster"), pk=cohort_id
    )
    if not permissions.can_manage_certificates(request.user, cohort.cluster_id):
        raise PermissionDenied
    return cohort


def load_bundle(request, bundle_id: int) -> CertificateBundle:
    """A ZIP of a cohort in the person's scope (404 outside it), for its managers (403)."""
    bundle = get_object_or_404(
        CertificateBundle.objects.filter(
            cohort__in=cohorts_visible_to(request.user).values("pk")
        ).select_related("cohort__course", "cohort__cluster", "requested_by"),
        pk=bundle_id,
    )
    if not permissions.can_manage_certificates(request.user, bundle.cohort.cluster_id):
        raise PermissionDenied
    return bundle


def detail_url(certificate) -> str:
    return reverse("certificates:inspect", args=[certificate.pk])


def cohort_url(cohort) -> str:
    return reverse("certificates:cohort", kwargs={"cohort_id": cohort.pk})


def bundle_url(bundle) -> str:
    return reverse("certificates:bundle", kwargs={"bundle_id": bundle.pk})


def listing_url(**filters) -> str:
    url = reverse("certificates:index")
    return f"{url}?{urlencode(filters)}" if filters else url


def person_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.email or str(user)


# --- The certificates listing ------------------------------------------------------


def _visible(request) -> QuerySet[Certificate]:
    return permissions.certificates_visible_to(getattr(request, "user", None))


def _cluster_choices(request):
    return Cluster.objects.filter(pk__in=_visible(request).values("cluster_id")).order_by("name")


def _cohort_choices(request):
    """Cohorts with visible certificates, and managed cohorts whose people earned one."""
    user = getattr(request, "user", None)
    condition = Q(pk__in=_visible(request).values("enrollment__cohort_id"))
    earning = Q(enrollments__status__in=["completed", "participated"])
    if not is_network_admin(user):
        earning &= Q(cluster_id__in=administered_cluster_ids(user))
    managed = cohorts_visible_to(user).filter(earning).values("pk")
    return (
        Cohort.objects.filter(condition | Q(pk__in=managed))
        .select_related("course")
        .order_by("-starts_on", "pk")
    )


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)
    kind = django_filters.ChoiceFilter(label=gettext_lazy("Kind"), choices=Kind.choices)
    cluster = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Cluster"), queryset=_cluster_choices
    )
    cohort = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Cohort"), field_name="enrollment__cohort", queryset=_cohort_choices
    )

    class Meta:
        model = Certificate
        fields = ["status", "kind", "cluster", "cohort"]


class StatusColumn(Column):
    """The status, and for a failed certificate the error its last attempt left."""

    cell_template_name = "certificates/admin/status_cell.html"


def _issued_on(certificate: Certificate) -> str:
    return date_format(certificate.issued_on, "SHORT_DATE_FORMAT") if certificate.issued_on else ""


def _course(certificate: Certificate) -> str:
    return f"{certificate.course_code} · {certificate.course_title_es}"


class CertificateIndexView(IndexView):
    default_ordering = "-created_at"

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        condition = Q(holder_name__icontains=query) | Q(course_code__icontains=query)
        code = re.sub(r"[\s-]", "", query).upper()
        if code:
            condition |= Q(code__contains=code)
        return queryset.filter(condition)

    @cached_property
    def filtered_cohort(self) -> Cohort | None:
        raw = self.request.GET.get("cohort", "")
        if not raw.isdigit():
            return None
        cohort = cohorts_visible_to(self.request.user).filter(pk=int(raw)).first()
        if cohort and permissions.can_manage_certificates(self.request.user, cohort.cluster_id):
            return cohort
        return None

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.filtered_cohort is not None:
            buttons.append(
                HeaderButton(
                    _("Issue or download this cohort's certificates"),
                    url=cohort_url(self.filtered_cohort),
                    icon_name="download",
                )
            )
        return buttons


class CertificateDetailView(InspectView):
    """A certificate's attested facts, history, PDF, and (for its managers) the actions."""

    template_name = "certificates/admin/certificate_detail.html"

    def get_fields(self):
        return []

    def get_object(self, queryset=None):
        return load_certificate(self.request, self.pk)

    def get_page_title(self):
        return _("Certificate")

    def get_page_subtitle(self):
        return self.object.holder_name

    def get_edit_url(self):
        return None

    def get_delete_url(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate, user = self.object, self.request.user
        can_manage = permissions.can_manage_certificate(user, certificate)
        cohort = certificate.enrollment.cohort
        events = [
            {
                "at": event.at,
                "action": event.get_action_display(),
                "actor": person_name(event.actor),
                "reason": event.reason,
            }
            for event in certificate.events.select_related("actor").order_by("at", "pk")
        ]
        issued = certificate.status in ISSUED
        context.update(
            certificate=certificate,
            cohort=cohort,
            cohort_certificates_url=listing_url(cohort=cohort.pk),
            cohort_url=cohort_url(cohort)
            if permissions.can_manage_certificates(user, cohort.cluster_id)
            else None,
            events=events,
            signatories=certificate.signatories or [],
            pdf_url=reverse("certificates:pdf", args=[certificate.pk]) if issued else None,
            verify_url=services.verify_url(certificate) if issued else None,
            revoked_by=person_name(certificate.revoked_by),
            can_manage=can_manage,
        )
        if can_manage:
            if certificate.status in (Status.VALID, Status.PENDING):
                context["revoke_form"] = ReasonForm(prefix="revoke")
            if certificate.status != Status.PENDING:
                context["reissue_form"] = ReasonForm(prefix="reissue")
            if certificate.status == Status.FAILED:
                context["retry_form"] = ReasonForm(prefix="retry", required=False)
        return context


class CertificateActionView(View):
    """POST: revoke, reissue or retry one certificate through certificates.services.

    Each subclass names its `action` (the form prefix) and defines
    `perform(certificate, reason) -> str`, the success message.
    """

    http_method_names = ["post"]
    action = ""
    reason_required = True

    def post(self, request, pk: int):
        certificate = load_certificate(request, pk, manage=True)
        form = ReasonForm(request.POST, prefix=self.action, required=self.reason_required)
        if not form.is_valid():
            messages.error(request, self.missing_reason_message())
            return redirect(detail_url(certificate))
        try:
            text = self.perform(certificate, form.cleaned_data["reason"])
        except services.CertificateError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, text)
        return redirect(detail_url(certificate))

    def missing_reason_message(self) -> str:
        return _("Say why, in 300 characters at most.")


class RevokeView(CertificateActionView):
    action = "revoke"

    def perform(self, certificate, reason):
        services.certificate_revoke(
            actor=self.request.user, certificate_id=certificate.pk, reason=reason
        )
        return _("Certificate of %(name)s revoked.") % {"name": certificate.holder_name}


class ReissueView(CertificateActionView):
    action = "reissue"

    def perform(self, certificate, reason):
        services.certificate_reissue(
            actor=self.request.user, certificate_id=certificate.pk, reason=reason
        )
        return _("Certificate of %(name)s is being issued again.") % {
            "name": certificate.holder_name
        }


class RetryView(CertificateActionView):
    action = "retry"
    reason_required = False

    def perform(self, certificate, reason):
        if certificate.status != Status.FAILED:
            raise services.CertificateError(
                _("Only a certificate whose issuing failed is retried.")
            )
        services.certificate_request(
            enrollment_id=certificate.enrollment_id, actor=self.request.user, reason=reason
        )
        return _("Certificate of %(name)s queued for issuing again.") % {
            "name": certificate.holder_name
        }


class CertificatePdfView(View):
    """The PDF of an issued certificate, for the people who may read it in the admin."""

    http_method_names = ["get"]

    def get(self, request, pk: int):
        certificate = load_certificate(request, pk)
        if certificate.status not in ISSUED:
            raise Http404
        content = services.pdf_bytes(certificate)
        response = HttpResponse(content, content_type="application/pdf")
        filename = f"{certificate.code}-r{certificate.revision}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "private, no-store"
        return response


# --- A cohort's certificates: issue them all, watch progress, download a ZIP ---------


def cohort_progress(cohort: Cohort) -> dict:
    """Counts of the cohort's certificates by status, and of earners still without one."""
    rows = (
        Certificate.objects.filter(enrollment__cohort=cohort)
        .values("status")
        .annotate(n=Count("pk"))
    )
    counts = dict.fromkeys(Status.values, 0)
    counts.update({row["status"]: row["n"] for row in rows})
    earning = bundles.earning_enrollments(cohort)
    missing = earning.filter(certificate__isnull=True).count()
    text = _(
        "%(valid)s valid, %(pending)s being issued, %(failed)s failed, %(revoked)s revoked, "
        "%(missing)s not requested yet."
    ) % {**counts, "missing": missing}
    return {
        "counts": counts,
        "missing": missing,
        "earning": earning.count(),
        "pending": counts[Status.PENDING],
        "text": text,
    }


def without_certificate(cohort: Cohort) -> list:
    """The cohort's people with an outcome but no certificate, to issue one by hand."""
    return list(
        cohort.enrollments.filter(status__in=Enrollment.OUTCOMES, certificate__isnull=True)
        .select_related("trainee")
        .order_by("trainee__paternal_surname", "trainee__given_names")
    )


class CohortMixin(WagtailAdminTemplateMixin):
    header_icon = "doc-full"

    def dispatch(self, request, cohort_id: int, **kwargs):
        self.cohort = load_cohort(request, cohort_id)
        return super().dispatch(request, cohort_id=cohort_id, **kwargs)

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificates:index"), "label": _("Certificates")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]


class CohortCertificatesView(CohortMixin, TemplateView):
    template_name = "certificates/admin/cohort.html"

    def get_page_title(self):
        return _("Certificates of the cohort")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cohort = self.cohort
        recent = list(
            CertificateBundle.objects.filter(cohort=cohort).select_related("requested_by")[:5]
        )
        for bundle in recent:
            bundle.url = bundle_url(bundle)
            bundle.requested_by_name = person_name(bundle.requested_by)
        progress = cohort_progress(cohort)
        context.update(
            cohort=cohort,
            progress=progress,
            status_counts=[
                (value, label, progress["counts"][value]) for value, label in Status.choices
            ],
            progress_url=reverse("certificates:cohort_progress", kwargs={"cohort_id": cohort.pk}),
            listing_url=listing_url(cohort=cohort.pk),
            failed_url=listing_url(cohort=cohort.pk, status=Status.FAILED),
            bundles=recent,
            valid_count=bundles.bundle_certificates(cohort.pk).count(),
            without=without_certificate(cohort),
        )
        return context


class CohortIssueView(View):
    """POST: request the certificate of everyone in the cohort who earned one."""

    http_method_names = ["post"]

    def post(self, request, cohort_id: int):
        cohort = load_cohort(request, cohort_id)
        try:
            counts = services.certificates_request_for_cohort(
                actor=request.user, cohort_id=cohort.pk
            )
        except services.CertificateError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _(
                    "%(cohort)s: %(queued)s certificates queued now, %(existing)s already "
                    "requested (failed ones are retried), %(not_earned)s people earn none."
                )
                % {"cohort": cohort, **counts},
            )
        return redirect(cohort_url(cohort))


class EnrollmentIssueView(View):
    """POST: issue one person's certificate by hand, with the reason kept in its history.

    Only for an outcome that earns one (the service refuses otherwise and says why);
    asking for one that exists changes nothing.
    """

    http_method_names = ["post"]

    def post(self, request, cohort_id: int, enrollment_id: int):
        cohort = load_cohort(request, cohort_id)
        enrollment = get_object_or_404(
            cohort.enrollments.select_related("trainee"), pk=enrollment_id
        )
        form = ReasonForm(request.POST, prefix="issue", required=True)
        if not form.is_valid():
            messages.error(request, _("Say why, in 300 characters at most."))
            return redirect(cohort_url(cohort))
        try:
            certificate = services.certificate_request(
                enrollment_id=enrollment.pk,
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
        except services.CertificateError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("Certificate of %(name)s requested: %(status)s.")
                % {
                    "name": enrollment.trainee.full_name,
                    "status": certificate.get_status_display(),
                },
            )
        return redirect(cohort_url(cohort))


def _json(data: dict) -> JsonResponse:
    response = JsonResponse(data)
    response["Cache-Control"] = "no-store"
    return response


class CohortProgressView(View):
    """JSON for the cohort page's progress panel, polled while certificates are being issued."""

    http_method_names = ["get"]

    def get(self, request, cohort_id: int):
        return _json(cohort_progress(load_cohort(request, cohort_id)))


def bundle_progress(bundle: CertificateBundle) -> dict:
    if bundle.status == CertificateBundle.Status.DONE:
        text = ngettext(
            "The ZIP is ready: %(count)s certificate.",
            "The ZIP is ready: %(count)s certificates.",
            bundle.total,
        ) % {"count": bundle.total}
    elif bundle.status == CertificateBundle.Status.FAILED:
        text = _("The ZIP could not be built.")
    else:
        text = _("%(done)s of %(total)s certificates added.") % {
            "done": bundle.done,
            "total": bundle.total,
        }
    return {
        "status": bundle.status,
        "active": bundle.is_active,
        "done": bundle.done,
        "total": bundle.total,
        "percent": bundle.percent,
        "text": text,
        "download_url": reverse("certificates:bundle_download", kwargs={"bundle_id": bundle.pk})
        if bundle.status == CertificateBundle.Status.DONE
        else None,
    }


class BundleRequestView(View):
    """POST: the cohort's ZIP being built, or a new one; then its progress page."""

    http_method_names = ["post"]

    def post(self, request, cohort_id: int):
        cohort = load_cohort(request, cohort_id)
        if not bundles.bundle_certificates(cohort.pk).exists():
            messages.error(request, _("This cohort has no valid certificates to download yet."))
            return redirect(cohort_url(cohort))
        before = set(
            CertificateBundle.objects.filter(
                cohort=cohort, status__in=CertificateBundle.ACTIVE
            ).values_list("pk", flat=True)
        )
        bundle = bundles.bundle_request(actor=request.user, cohort_id=cohort.pk)
        if bundle.pk in before:
            messages.info(request, _("A ZIP of this cohort is already being built; here it is."))
        return redirect(bundle_url(bundle))


class BundleView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "certificates/admin/bundle.html"
    header_icon = "download"

    def dispatch(self, request, bundle_id: int):
        self.bundle = load_bundle(request, bundle_id)
        return super().dispatch(request, bundle_id=bundle_id)

    def get_page_title(self):
        return _("ZIP of certificates")

    def get_page_subtitle(self):
        return str(self.bundle.cohort)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("certificates:index"), "label": _("Certificates")},
            {"url": cohort_url(self.bundle.cohort), "label": str(self.bundle.cohort)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        bundle = self.bundle
        context.update(
            bundle=bundle,
            cohort=bundle.cohort,
            cohort_url=cohort_url(bundle.cohort),
            progress=bundle_progress(bundle),
            progress_url=reverse("certificates:bundle_progress", kwargs={"bundle_id": bundle.pk}),
            requested_by=person_name(bundle.requested_by),
        )
        return context


class BundleProgressView(View):
    http_method_names = ["get"]

    def get(self, request, bundle_id: int):
        return _json(bundle_progress(load_bundle(request, bundle_id)))


class BundleDownloadView(View):
    """The finished ZIP, for the cohort's certificate managers only."""

    http_method_names = ["get"]

    def get(self, request, bundle_id: int):
        bundle = load_bundle(request, bundle_id)
        if bundle.status != CertificateBundle.Status.DONE or not bundle.file:
            raise Http404
        if not default_storage.exists(bundle.file):
            raise Http404
        cohort = bundle.cohort
        name = slugify(f"{cohort.course.code}-{cohort.starts_on:%Y-%m-%d}") or "cohort"
        response = FileResponse(
            default_storage.open(bundle.file, "rb"),
            as_attachment=True,
            filename=f"certificates-{name}.zip",
            content_type="application/zip",
        )
        response["Cache-Control"] = "private, no-store"
        return response


# --- Viewsets ----------------------------------------------------------------------


class CertificateViewSet(ScopedViewSetMixin, ModelViewSet):
    """The certificates people may read; changes only through the POST views."""

    model = Certificate
    name = "certificates"
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    menu_name = "certificates-list"
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateDetailView
    filterset_class = CertificateFilterSet
    search_fields = ["holder_name", "code", "course_code"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        "holder_name",
        Column("course", label=gettext_lazy("Course"), accessor=_course, sort_key="course_code"),
        Column("cohort", label=gettext_lazy("Cohort"), accessor="enrollment.cohort"),
        Column("cluster", label=gettext_lazy("Cluster"), accessor="cluster.short_name"),
        StatusColumn("status", label=gettext_lazy("Status"), sort_key="status"),
        Column(
            "issued_on", label=gettext_lazy("Issued on"), accessor=_issued_on, sort_key="issued_on"
        ),
    ]

    def get_scope_queryset(self, user):
        return permissions.certificates_visible_to(user).select_related(
            "enrollment__cohort__course", "cluster"
        )

    def get_permissions_to_register(self):
        # Access comes from roles, never from Django model permissions.
        return Permission.objects.none()

    def get_urlpatterns(self):
        """Listing, detail and the custom views; no generic add, edit or delete."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/pdf/", CertificatePdfView.as_view(), name="pdf"),
            path("<int:pk>/revoke/", RevokeView.as_view(), name="revoke"),
            path("<int:pk>/reissue/", ReissueView.as_view(), name="reissue"),
            path("<int:pk>/retry/", RetryView.as_view(), name="retry"),
            path("cohorts/<int:cohort_id>/", CohortCertificatesView.as_view(), name="cohort"),
            path("cohorts/<int:cohort_id>/issue/", CohortIssueView.as_view(), name="cohort_issue"),
            path(
                "cohorts/<int:cohort_id>/issue/<int:enrollment_id>/",
                EnrollmentIssueView.as_view(),
                name="enrollment_issue",
            ),
            path(
                "cohorts/<int:cohort_id>/progress.json",
                CohortProgressView.as_view(),
                name="cohort_progress",
            ),
            path(
                "cohorts/<int:cohort_id>/zip/", BundleRequestView.as_view(), name="bundle_request"
            ),
            path("zips/<int:bundle_id>/", BundleView.as_view(), name="bundle"),
            path(
                "zips/<int:bundle_id>/progress.json",
                BundleProgressView.as_view(),
                name="bundle_progress",
            ),
            path(
                "zips/<int:bundle_id>/download/",
                BundleDownloadView.as_view(),
                name="bundle_download",
            ),
        ]


def _template_clusters(request):
    from clusters.permissions import clusters_visible_to

    return clusters_visible_to(getattr(request, "user", None)).order_by("name")


class CertificateTemplateFilterSet(WagtailFilterSet):
    cluster = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Cluster"), queryset=_template_clusters
    )

    class Meta:
        model = CertificateTemplate
        fields = ["kind", "cluster", "is_default"]


def _template_cluster(template: CertificateTemplate) -> str:
    return template.cluster.short_name if template.cluster_id else _("Network")


class CertificateTemplateViewSet(ScopedViewSetMixin, SnippetViewSet):
    """A cluster's certificate templates; network templates for network admins."""

    model = CertificateTemplate
    icon = "form"
    menu_label = gettext_lazy("Templates")
    menu_name = "certificate-templates"
    chooser_viewset_class = ScopedChooserViewSet
    add_view_class = ServiceCreateView  # a ValidationError from the form's save is a form error
    edit_view_class = ServiceEditView
    copy_view_enabled = False
    inspect_view_enabled = False
    filterset_class = CertificateTemplateFilterSet
    search_fields = ["name", "title_es", "title_en"]
    search_backend_name = None
    list_display = [
        "name",
        Column("cluster", label=gettext_lazy("Cluster"), accessor=_template_cluster),
        "kind",
        "is_default",
        "layout",
        "page_size",
        "updated_at",
    ]
    edit_handler = ObjectList(
        CertificateTemplate.panels, base_form_class=CertificateTemplateAdminForm
    )

    def get_scope_queryset(self, user):
        return permissions.templates_visible_to(user).select_related("cluster")

    def get_permissions_to_register(self):
        return Permission.objects.none()


class CertificatesViewSetGroup(SnippetViewSetGroup):
    items = (CertificateViewSet, CertificateTemplateViewSet)
    menu_label = gettext_lazy("Certificates")
    menu_icon = "doc-full"
    menu_name = "certificates"
    menu_order = 270


class ScopedTemplateDeleteBulkAction(ScopedBulkActionMixin, DeleteBulkAction):
    """Wagtail's snippet bulk delete, reaching only the templates the person may edit."""

    models = [CertificateTemplate]
