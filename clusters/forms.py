"""Forms people fill in about themselves."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .dc3_catalogs import OCCUPATION_CHOICES
from .models import Cluster, Company, TraineeProfile
from .selectors import company_list_with_cluster_ids
from .validators import normalize_identifier, validate_curp


class CompanySelect(forms.Select):
    """A company <select> whose options say which clusters each company belongs to.

    The page's script uses data-clusters to show only the chosen cluster's
    companies; the form still checks membership on the server.
    """

    def __init__(self, *args, cluster_ids_by_company=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.cluster_ids_by_company = cluster_ids_by_company or {}

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        key = getattr(value, "value", value)
        if key in self.cluster_ids_by_company:
            option["attrs"]["data-clusters"] = " ".join(
                str(c) for c in self.cluster_ids_by_company[key]
            )
        return option


class ProfileForm(forms.Form):
    given_names = forms.CharField(label=_("Given name(s)"), max_length=120)
    paternal_surname = forms.CharField(label=_("First surname"), max_length=80)
    maternal_surname = forms.CharField(label=_("Second surname"), max_length=80, required=False)
    curp = forms.CharField(
        label=_("CURP"),
        max_length=22,
        required=False,
        help_text=_("18 characters. Needed for official DC-3 training records."),
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "spellcheck": "false"}),
    )
    occupation = forms.CharField(
        label=_("Occupation"),
        max_length=160,
        help_text=_("What you do, e.g. process engineer, maintenance technician."),
    )
    occupation_code = forms.ChoiceField(
        label=_("Occupation in the national catalogue"),
        choices=[("", _("— Not given —")), *OCCUPATION_CHOICES],
        required=False,
        help_text=_(
            "The Catálogo Nacional de Ocupaciones subarea closest to your work (in the "
            "automotive industry often 04.1 Mecánica, 04.6 Procesos industriales or 05.7). "
            "Needed for official DC-3 training records."
        ),
    )
    job_title = forms.CharField(label=_("Job title"), max_length=160, required=False)
    trainee_type = forms.ChoiceField(
        label=_("I am a…"), choices=TraineeProfile.TraineeType.choices, widget=forms.RadioSelect
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        choices=[("", _("— Not given —")), *TraineeProfile.Gender.choices],
        required=False,
        help_text=_("Used only, anonymously, for the participation of women in the figures."),
    )
    language = forms.ChoiceField(
        label=_("Language for emails"),
        choices=settings.LANGUAGES,
        required=False,
        help_text=_(
            "Enrollment confirmations, reminders and certificates arrive in this language."
        ),
    )
    cluster = forms.ModelChoiceField(
        label=_("Cluster"),
        queryset=Cluster.objects.order_by("name"),
        required=False,
        empty_label=_("— Choose a cluster —"),
    )
    company = forms.ModelChoiceField(
        label=_("Company"),
        queryset=Company.objects.order_by("legal_name"),
        required=False,
        empty_label=_("— No company / independent —"),
        help_text=_("Only member companies of the chosen cluster are listed."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        companies = company_list_with_cluster_ids()
        field = self.fields["company"]
        field.widget = CompanySelect(cluster_ids_by_company={c.pk: ids for c, ids in companies})
        field.widget.choices = field.choices

    def clean_curp(self):
        curp = normalize_identifier(self.cleaned_data["curp"])
        if curp:
            validate_curp(curp)
        return curp

    def clean(self):
        data = super().clean()
        cluster, company = data.get("cluster"), data.get("company")
        if company and not cluster:
            self.add_error("cluster", _("Choose the cluster your company belongs to."))
        elif company and not company.memberships.filter(cluster=cluster).exists():
            self.add_error("company", _("This company is not a member of the chosen cluster."))
        return data
