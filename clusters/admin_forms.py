"""Wagtail admin forms for clusters: choices scoped to the person, writes through services.

Each form receives ``for_user`` from the admin view. Every choice list comes
from clusters.permissions, so a person can only pick what they may assign,
and save() calls the service with that person as the actor, so the business
rules of clusters.services hold in the admin too.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import permissions, services
from .models import Cluster, ClusterRole, Company, TraineeProfile, User
from .validators import normalize_identifier


class ServiceModelForm(WagtailAdminModelForm):
    """An admin model form whose save() goes through a service with the form's user as actor."""

    def save(self, commit=True):
        if not commit:
            # Wagtail asks for an unsaved object only for previews and drafts;
            # nothing is written here, and there is nothing to save later.
            self.save_m2m = lambda: None
            return self.instance
        self.instance = self.save_through_service()
        return self.instance

    def save_through_service(self):
        raise NotImplementedError


class ClusterAdminForm(WagtailAdminModelForm):
    """A cluster's details; the slug names its role groups, so it is set once."""

    class Meta:
        model = Cluster
        fields = [
            "name",
            "short_name",
            "slug",
            "states",
            "time_zone",
            "brand_color",
            "website",
            "contact_email",
            "founded",
            "stps_agent_registration",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "slug" in self.fields:
            self.fields["slug"].disabled = True
            self.fields["slug"].help_text = _(
                "The slug names the cluster's role groups and pages; it cannot be changed."
            )


class CompanyAdminForm(ServiceModelForm):
    clusters = forms.ModelMultipleChoiceField(
        label=_("Clusters"),
        queryset=Cluster.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "The clusters this company is a member of. Only clusters you manage are listed; "
            "memberships in other clusters are kept."
        ),
    )

    class Meta:
        model = Company
        fields = [
            "legal_name",
            "trade_name",
            "rfc",
            "tier",
            "requires_enrollment_approval",
            "legal_representative",
            "more_than_50_workers",
            "workers_representative",
            "clusters",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "clusters" in self.fields:
            self.fields["clusters"].queryset = permissions.membership_clusters_assignable_by(
                self.for_user
            ).order_by("name")
            if self.instance.pk:
                self.initial["clusters"] = list(
                    self.instance.memberships.values_list("cluster_id", flat=True)
                )

    def clean_rfc(self):
        return normalize_identifier(self.cleaned_data["rfc"])

    def save_through_service(self):
        data = self.cleaned_data
        return services.company_save(
            actor=self.for_user,
            company=self.instance,
            legal_name=data["legal_name"],
            trade_name=data.get("trade_name", ""),
            rfc=data["rfc"],
            tier=data["tier"],
            requires_enrollment_approval=data.get("requires_enrollment_approval", False),
            clusters=data.get("clusters") or [],
            # None (a field the form leaves out) keeps the stored value.
            legal_representative=data.get("legal_representative"),
            more_than_50_workers=data.get("more_than_50_workers"),
            workers_representative=data.get("workers_representative"),
        )


class TraineeProfileAdminForm(ServiceModelForm):
    user = forms.ModelChoiceField(
        label=_("Account"),
        queryset=User.objects.none(),
        help_text=_("Only accounts without a trainee profile are listed."),
    )
    cluster = forms.ModelChoiceField(label=_("Cluster"), queryset=Cluster.objects.none())
    company = forms.ModelChoiceField(
        label=_("Company"),
        queryset=Company.objects.none(),
        required=False,
        help_text=_("Must be a member of the chosen cluster."),
    )

    class Meta:
        model = TraineeProfile
        fields = ["user", *TraineeProfile.EDITABLE_FIELDS]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        actor = self.for_user
        if "user" in self.fields:
            field = self.fields["user"]
            if self.instance.pk:
                field.queryset = User.objects.filter(pk=self.instance.user_id)
                field.disabled = True
                field.help_text = ""
            else:
                field.queryset = (
                    permissions.users_visible_to(actor)
                    .filter(trainee_profile__isnull=True)
                    .order_by("email")
                )
        if "cluster" in self.fields:
            self.fields["cluster"].queryset = permissions.clusters_visible_to(actor).order_by(
                "name"
            )
            # Network admins may leave a person without a cluster; others place
            # people only in the clusters they run.
            self.fields["cluster"].required = not permissions.is_network_admin(actor)
        if "company" in self.fields:
            self.fields["company"].queryset = permissions.companies_editable_by(actor).order_by(
                "legal_name"
            )

    def clean_curp(self):
        return normalize_identifier(self.cleaned_data.get("curp") or "") or None

    def save_through_service(self):
        data = self.cleaned_data
        return services.profile_save(
            actor=self.for_user,
            user=self.instance.user if self.instance.pk else data["user"],
            given_names=data["given_names"],
            paternal_surname=data["paternal_surname"],
            maternal_surname=data.get("maternal_surname", ""),
            curp=data.get("curp") or "",
            occupation=data["occupation"],
            occupation_code=data.get("occupation_code"),
            job_title=data.get("job_title", ""),
            trainee_type=data["trainee_type"],
            gender=data.get("gender", ""),
            cluster=data.get("cluster"),
            company=data.get("company"),
        )


class ClusterRoleAdminForm(ServiceModelForm):
    """Grants a role; roles are revoked by deleting them, never edited."""

    user = forms.ModelChoiceField(label=_("Person"), queryset=User.objects.none())
    cluster = forms.ModelChoiceField(label=_("Cluster"), queryset=Cluster.objects.none())
    company = forms.ModelChoiceField(
        label=_("Company"),
        queryset=Company.objects.none(),
        required=False,
        help_text=_("Only for company coordinators: the company they coordinate."),
    )

    class Meta:
        model = ClusterRole
        fields = ["user", "cluster", "role", "company"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        actor = self.for_user
        if "user" in self.fields:
            self.fields["user"].queryset = permissions.users_visible_to(actor).order_by("email")
        if "cluster" in self.fields:
            self.fields["cluster"].queryset = permissions.clusters_visible_to(actor).order_by(
                "name"
            )
        if "company" in self.fields:
            self.fields["company"].queryset = permissions.companies_editable_by(actor).order_by(
                "legal_name"
            )

    def save_through_service(self):
        data = self.cleaned_data
        return services.role_grant(
            actor=self.for_user,
            user=data["user"],
            cluster=data["cluster"],
            role=data["role"],
            company=data.get("company"),
        )
