"""Forms of trainees and coordinators; they parse, the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import permissions, selectors


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("approve", _("Approve")), ("reject", _("Reject"))]
    )
    note = forms.CharField(label=_("Note (optional)"), max_length=300, required=False)


class CohortChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, cohort):
        seats = (
            _("full, waiting list")
            if cohort.is_full
            else _("%(n)s seats left") % {"n": cohort.seats_left}
        )
        return f"{cohort.course.title} ({cohort.course.code}) · {cohort.starts_on:%d/%m/%Y} · {cohort.cluster.short_name} · {seats}"


class PeopleField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, profile):
        return f"{profile.full_name} · {profile.user.email}"


class ColleaguesEnrollForm(forms.Form):
    cohort = CohortChoiceField(label=_("Cohort"), queryset=None)
    people = PeopleField(label=_("Colleagues"), queryset=None, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *, user, data=None):
        super().__init__(data=data)
        self.fields["cohort"].queryset = selectors.open_cohorts_for_colleagues(user)
        self.fields["people"].queryset = (
            permissions.colleagues_of(user)
            .select_related("user")
            .order_by("paternal_surname", "given_names")
        )
