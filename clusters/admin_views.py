"""The Wagtail admin of clusters: permission policies, viewsets, views, filters, bulk delete.

Who sees and does what comes from clusters.permissions only: the listing of
each viewset is that model's ``*_visible_to(user)`` queryset, per-object views
load from it (404 outside it) and ask the permission policy for the action on
the object itself (core.admin_scoping), and forms save through
clusters.services (admin_forms).
"""

from functools import partial

import django_filters
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.db.models import Prefetch, ProtectedError
from django.db.models.deletion import Collector
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import log
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from core.admin_scoping import (
    ScopedBulkActionMixin,
    ScopedChooserViewSet,
    ScopedPermissionPolicy,
    ScopedViewSetMixin,
)

from . import permissions, services
from .admin_forms import (
    ClusterAdminForm,
    ClusterRoleAdminForm,
    CompanyAdminForm,
    TraineeProfileAdminForm,
)
from .models import Cluster, ClusterRole, Company, TraineeProfile

ADMIN_MODELS = (Cluster, Company, TraineeProfile, ClusterRole)


def permission_policy(model) -> ScopedPermissionPolicy:
    """The Wagtail permission policy of one of ADMIN_MODELS, read from clusters.permissions."""
    return ScopedPermissionPolicy(
        model,
        actions=partial(permissions.admin_actions, model),
        scope=partial(permissions.admin_scope, model),
        users=partial(permissions.admin_users, model),
    )


# --- Views -----------------------------------------------------------------


def add_service_errors(form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form, on the field it names when the form has it."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


class ServiceErrorsMixin:
    """Create/edit views: a ValidationError raised by the service is shown on the form.

    The save runs inside the view's transaction, so nothing of it is kept.
    """

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            add_service_errors(form, error)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class ServiceCreateView(ServiceErrorsMixin, CreateView):
    pass


class ServiceEditView(ServiceErrorsMixin, EditView):
    pass


class ProtectedDeleteView(DeleteView):
    """Refuse, with a message, to delete a row other rows still need (PROTECT)."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("%(object)s is still in use (for example by people's profiles) and was kept.")
                % {"object": self.object},
            )
            return redirect(self.get_success_url())


class RoleCreateView(ServiceCreateView):
    def get_success_buttons(self):
        return []  # roles have no edit view


class RoleRevokeView(DeleteView):
    """Deleting a role revokes it through clusters.services.role_revoke."""

    page_title = _("Revoke")
    success_message = _("Role '%(object)s' revoked.")

    @property
    def confirmation_message(self):
        return _("Are you sure you want to revoke this role?")

    def delete_action(self):
        with transaction.atomic():
            log(instance=self.object, action="wagtail.delete", user=self.request.user)
            services.role_revoke(actor=self.request.user, cluster_role=self.object)


# --- Filters ---------------------------------------------------------------


def _clusters(request):
    return permissions.clusters_visible_to(getattr(request, "user", None)).order_by("name")


def _companies(request):
    user = getattr(request, "user", None)
    return permissions.companies_visible_to(user).order_by("legal_name")


class CompanyFilterSet(WagtailFilterSet):
    cluster = django_filters.ModelChoiceFilter(
        label=_("Cluster"), field_name="memberships__cluster", queryset=_clusters
    )

    class Meta:
        model = Company
        fields = ["tier", "requires_enrollment_approval"]


class TraineeProfileFilterSet(WagtailFilterSet):
    cluster = django_filters.ModelChoiceFilter(label=_("Cluster"), queryset=_clusters)
    company = django_filters.ModelChoiceFilter(label=_("Company"), queryset=_companies)

    class Meta:
        model = TraineeProfile
        fields = ["trainee_type"]


class ClusterRoleFilterSet(WagtailFilterSet):
    cluster = django_filters.ModelChoiceFilter(label=_("Cluster"), queryset=_clusters)

    class Meta:
        model = ClusterRole
        fields = ["role"]


# --- Viewsets --------------------------------------------------------------


class ClustersViewSet(ScopedViewSetMixin, SnippetViewSet):
    """Shared settings: scoped chooser, no copy view, no Django permissions to hand out.

    Access comes from roles (ClusterRole) and the Network admins group, never
    from Django model permissions, so the group editor offers none for these models.
    """

    chooser_viewset_class = ScopedChooserViewSet
    copy_view_enabled = False
    inspect_view_enabled = True
    edit_view_class = ServiceEditView
    add_view_class = ServiceCreateView
    delete_view_class = ProtectedDeleteView

    def get_permissions_to_register(self):
        return Permission.objects.none()


class ClusterViewSet(ClustersViewSet):
    model = Cluster
    icon = "site"
    menu_label = _("Clusters")
    list_display = ["name", "short_name", "states", "time_zone"]
    search_fields = ["name", "short_name", "slug", "states"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
                    FieldPanel("states"),
                    FieldPanel("time_zone"),
                ],
                heading=_("Cluster"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("brand_color"),
                    FieldPanel("website"),
                    FieldPanel("contact_email"),
                    FieldPanel("founded"),
                ],
                heading=_("Contact and branding"),
            ),
            MultiFieldPanel(
                [FieldPanel("stps_agent_registration")],
                heading=_("Training agent (DC-3)"),
            ),
        ],
        base_form_class=ClusterAdminForm,
    )

    def get_scope_queryset(self, user):
        return permissions.clusters_visible_to(user)


def _member_of(company: Company) -> str:
    return ", ".join(cluster.short_name for cluster in company.clusters.all())


class CompanyViewSet(ClustersViewSet):
    model = Company
    icon = "home"
    menu_label = _("Companies")
    list_display = [
        "legal_name",
        "trade_name",
        "rfc",
        "tier",
        Column("member_of", label=_("Member of"), accessor=_member_of),
    ]
    search_fields = ["legal_name", "trade_name", "rfc"]
    filterset_class = CompanyFilterSet
    edit_handler = ObjectList(
        [
            FieldPanel("legal_name"),
            FieldRowPanel([FieldPanel("trade_name"), FieldPanel("rfc")]),
            FieldRowPanel([FieldPanel("tier"), FieldPanel("requires_enrollment_approval")]),
            FieldPanel("clusters"),
            MultiFieldPanel(
                [
                    FieldPanel("legal_representative"),
                    FieldRowPanel(
                        [FieldPanel("more_than_50_workers"), FieldPanel("workers_representative")]
                    ),
                ],
                heading=_("DC-3 signatories"),
            ),
        ],
        base_form_class=CompanyAdminForm,
    )
    inspect_view_fields = [
        "legal_name",
        "trade_name",
        "rfc",
        "tier",
        "requires_enrollment_approval",
        "legal_representative",
        "more_than_50_workers",
        "workers_representative",
    ]

    def get_scope_queryset(self, user):
        return permissions.companies_visible_to(user).prefetch_related(
            Prefetch("clusters", queryset=Cluster.objects.only("pk", "short_name"))
        )


class TraineeProfileViewSet(ClustersViewSet):
    model = TraineeProfile
    icon = "user"
    menu_label = _("People")
    list_display = ["full_name", "cluster", "company", "trainee_type", "occupation", "updated_at"]
    search_fields = ["given_names", "paternal_surname", "maternal_surname", "curp", "user__email"]
    filterset_class = TraineeProfileFilterSet
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            MultiFieldPanel(
                [
                    FieldPanel("given_names"),
                    FieldRowPanel([FieldPanel("paternal_surname"), FieldPanel("maternal_surname")]),
                    FieldPanel("curp"),
                    FieldPanel("gender"),
                ],
                heading=_("Person"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("occupation"), FieldPanel("job_title")]),
                    FieldPanel("occupation_code"),
                    FieldPanel("trainee_type"),
                    FieldRowPanel([FieldPanel("cluster"), FieldPanel("company")]),
                ],
                heading=_("Work"),
            ),
        ],
        base_form_class=TraineeProfileAdminForm,
    )
    # Gender and CURP stay out of the read-only view that coordinators get.
    inspect_view_fields = [
        "given_names",
        "paternal_surname",
        "maternal_surname",
        "occupation",
        "occupation_code",
        "job_title",
        "trainee_type",
        "cluster",
        "company",
        "updated_at",
    ]

    def get_scope_queryset(self, user):
        return permissions.profiles_visible_to(user).select_related("cluster", "company")


class ClusterRoleViewSet(ClustersViewSet):
    model = ClusterRole
    icon = "key"
    menu_label = _("Roles")
    add_view_class = RoleCreateView
    delete_view_class = RoleRevokeView
    list_display = ["user", "cluster", "role", "company", "granted_at"]
    search_fields = [
        "user__email",
        "user__trainee_profile__given_names",
        "user__trainee_profile__paternal_surname",
        "cluster__name",
        "company__legal_name",
    ]
    filterset_class = ClusterRoleFilterSet
    edit_handler = ObjectList(
        [
            FieldPanel("user"),
            FieldRowPanel([FieldPanel("cluster"), FieldPanel("role")]),
            FieldPanel("company"),
        ],
        base_form_class=ClusterRoleAdminForm,
    )
    inspect_view_fields = ["user", "cluster", "role", "company", "granted_at"]

    def get_scope_queryset(self, user):
        return permissions.roles_visible_to(user).select_related(
            "user__trainee_profile", "cluster", "company"
        )


class NetworkViewSetGroup(SnippetViewSetGroup):
    items = (ClusterViewSet, CompanyViewSet, TraineeProfileViewSet, ClusterRoleViewSet)
    menu_label = _("Network")
    menu_icon = "globe"
    menu_name = "network"
    menu_order = 250


# --- Bulk delete -----------------------------------------------------------


class ScopedDeleteBulkAction(ScopedBulkActionMixin, DeleteBulkAction):
    """Wagtail's snippet bulk delete, reaching only rows the person may see, and refusing
    rows still in use; roles are revoked through the service."""

    models = list(ADMIN_MODELS)

    def prepare_action(self, objects, objects_without_access):
        response = super().prepare_action(objects, objects_without_access)
        if response is not None:
            return response
        if self.model is ClusterRole or not objects:
            return None
        collector = Collector(using=router.db_for_write(self.model))
        try:
            collector.collect(objects)
        except ProtectedError:
            messages.error(
                self.request,
                _(
                    "Some of these are still in use (for example by people's profiles); "
                    "nothing was deleted."
                ),
            )
            return redirect(self.next_url)
        return None

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        action = kwargs["self"]
        actor = action.request.user
        for obj in objects:
            if isinstance(obj, ClusterRole):
                services.role_revoke(actor=actor, cluster_role=obj)
            else:
                obj.delete()
        return len(objects), 0
