"""Small model fields without a domain."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst


class ChoiceListField(models.CharField):
    """Several choices stored as "a,b,c" in one column.

    Portable across SQLite and PostgreSQL and filterable with
    `field__contains="b"` as long as no choice is a substring of another
    (checked at start-up); the form is a list of checkboxes.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)
        values = [str(v) for v, _ in (self.choices or [])]
        for a in values:
            for b in values:
                if a != b and a in b:
                    raise ValueError(f"choice {a!r} is a substring of {b!r}")

    def validate(self, value, model_instance):
        allowed = {str(v) for v, _ in self.choices}
        chosen = [v for v in (value or "").split(",") if v]
        unknown = set(chosen) - allowed
        if unknown:
            raise ValidationError(self.error_messages["invalid_choice"], params={"value": unknown})
        if not chosen and not self.blank:
            raise ValidationError(self.error_messages["blank"])

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return ",".join(str(v) for v in value if v)
        return super().to_python(value)

    def get_prep_value(self, value):
        return self.to_python(value)

    def formfield(self, **kwargs):
        field = self

        class Field(forms.MultipleChoiceField):
            def prepare_value(self, value):
                if isinstance(value, str):
                    return [v for v in value.split(",") if v]
                return value

            def clean(self, value):
                return ",".join(super().clean(value))

            def has_changed(self, initial, data):
                return super().has_changed(self.prepare_value(initial), data)

        return Field(
            choices=self.choices,
            required=not field.blank,
            label=capfirst(field.verbose_name),
            help_text=field.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def values(self, instance) -> list[str]:
        raw = getattr(instance, self.attname) or ""
        return [v for v in raw.split(",") if v]
