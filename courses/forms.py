"""The catalog's filter form: unknown or malformed values are dropped, never an error page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from clusters.models import TraineeProfile

from .models import Level, Modality
from .selectors import CatalogFilters

MAX_QUERY_LENGTH = 200


class CatalogFilterForm(forms.Form):
    q = forms.CharField(label=_("Search courses"), required=False)
    programme = forms.ChoiceField(label=_("Programme"), required=False)
    discipline = forms.ChoiceField(label=_("Discipline"), required=False)
    cluster = forms.ChoiceField(label=_("Cluster"), required=False)
    modality = forms.ChoiceField(
        label=_("Modality"), required=False, choices=[("", _("Any")), *Modality.choices]
    )
    level = forms.ChoiceField(
        label=_("Level"), required=False, choices=[("", _("Any")), *Level.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Any")), ("es", _("Spanish")), ("en", _("English"))],
    )
    audience = forms.ChoiceField(
        label=_("For"),
        required=False,
        choices=[("", _("Anyone")), *TraineeProfile.TraineeType.choices],
    )

    def __init__(self, data, *, choices: dict):
        super().__init__(data)
        any_ = [("", _("Any"))]
        self.fields["programme"].choices = any_ + choices["programmes"]
        self.fields["discipline"].choices = any_ + choices["disciplines"]
        self.fields["cluster"].choices = [
            *any_,
            ("network", _("Network-wide")),
            *choices["clusters"],
        ]

    def filters(self) -> CatalogFilters:
        """The valid filters; an invalid value is ignored as if it were not in the URL."""
        self.is_valid()
        values = {}
        for name in CatalogFilters.__dataclass_fields__:
            if name in self.cleaned_data:
                values[name] = self.cleaned_data[name] or ""
        values["q"] = " ".join(values.get("q", "").split())[:MAX_QUERY_LENGTH]
        return CatalogFilters(**values)

    def select_fields(self) -> list[dict]:
        """The select filters as plain data: rendering Django's widget templates for some
        fifty options cost more than the rest of the catalog page."""
        filters = self.filters()
        return [
            {
                "name": name,
                "id": f"id_{name}",
                "label": field.label,
                "options": [
                    (str(value), label, str(value) == getattr(filters, name))
                    for value, label in field.choices
                ],
            }
            for name, field in self.fields.items()
            if name != "q"
        ]

    def active(self) -> bool:
        return any(bool(v) for v in self.filters().__dict__.values())
