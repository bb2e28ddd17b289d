"""Wagtail admin forms of certificates: templates scoped to the person, and reasons.

The template form receives ``for_user`` from the snippet views. A cluster admin
may only pick (and must pick) one of the clusters they run; a network admin may
leave the cluster empty for a network template. Only one template per (cluster,
kind) is the default (a partial unique constraint in the database): a clash is a
form error, found in ``clean`` and, for a concurrent save, from the constraint.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from clusters.permissions import clusters_visible_to, is_network_admin

from .models import CertificateTemplate


def default_clash(instance: CertificateTemplate, cluster, kind) -> CertificateTemplate | None:
    """Another template that is already the default for this cluster (or the network) and kind."""
    others = CertificateTemplate.objects.filter(kind=kind, is_default=True)
    others = (
        others.filter(cluster__isnull=True) if cluster is None else others.filter(cluster=cluster)
    )
    if instance.pk:
        others = others.exclude(pk=instance.pk)
    return others.first()


class CertificateTemplateAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("cluster")
        if field is None:
            return
        network = is_network_admin(self.for_user)
        field.queryset = clusters_visible_to(self.for_user).order_by("name")
        field.required = not network
        if not network:
            field.help_text = _("The cluster whose certificates use this template.")

    def clean(self):
        data = super().clean()
        if data.get("is_default") and "kind" in data and "cluster" not in self.errors:
            clash = default_clash(self.instance, data.get("cluster"), data["kind"])
            if clash is not None:
                self.add_error("is_default", self._clash_message(clash))
        return data

    @staticmethod
    def _clash_message(clash: CertificateTemplate) -> str:
        return _(
            "“%(name)s” is already the default template of this kind for this cluster. "
            "Untick this box, or untick it on that template first."
        ) % {"name": clash.name}

    def save(self, commit=True):
        if not commit:
            return super().save(commit=False)
        try:
            with transaction.atomic():
                return super().save(commit=True)
        except IntegrityError as error:
            # Another admin made a default of the same kind between clean() and save().
            clash = default_clash(
                self.instance, self.cleaned_data.get("cluster"), self.cleaned_data.get("kind")
            )
            if clash is None:
                raise
            raise ValidationError({"is_default": self._clash_message(clash)}) from error


class ReasonForm(forms.Form):
    """Why a certificate is revoked or issued again: kept in its history, shown to auditors."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, required: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = required
