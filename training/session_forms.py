"""Admin forms for a cohort's sessions: dates and wall-clock times in the cluster's zone.

The forms only read what was typed; turning local times into UTC instants is
`training.schedule.local_slot`, and every rule (inside the cohort's dates, at most 14
hours, no overlap) is the service's, whose errors land back on these fields.
"""

from django import forms
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

from .schedule import Slot, local_slot

TIME_INPUT = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class _PlaceFields(forms.Form):
    topic = forms.CharField(label=_("Topic"), max_length=200, required=False)
    location = forms.CharField(
        label=_("Place"),
        max_length=300,
        required=False,
        help_text=_("Leave empty to use the cohort's."),
    )
    online_url = forms.URLField(
        label=_("Online link"),
        required=False,
        assume_scheme="https",
        help_text=_("Leave empty to use the cohort's."),
    )

    def place_values(self) -> dict:
        data = self.cleaned_data
        return {
            "topic": data["topic"],
            "location": data["location"],
            "online_url": data["online_url"],
        }


class SessionForm(_PlaceFields):
    """One session: its day, start and end (an end before the start is the next morning)."""

    # Where the service's errors about the instants go on this form.
    SERVICE_FIELDS = {"starts_at": "date", "ends_at": "end_time"}

    date = forms.DateField(label=_("Date"), widget=DATE_INPUT)
    start_time = forms.TimeField(label=_("Starts at"), widget=TIME_INPUT)
    end_time = forms.TimeField(
        label=_("Ends at"),
        widget=TIME_INPUT,
        help_text=_("An end earlier than the start means the next day (a night session)."),
    )
    field_order = ["date", "start_time", "end_time", "topic", "location", "online_url"]

    @classmethod
    def initial_for(cls, session) -> dict:
        tz = session.cohort.cluster_tz
        start = timezone.localtime(session.starts_at, tz)
        end = timezone.localtime(session.ends_at, tz)
        return {
            "date": start.date(),
            "start_time": start.time().replace(second=0, microsecond=0),
            "end_time": end.time().replace(second=0, microsecond=0),
            "topic": session.topic,
            "location": session.location,
            "online_url": session.online_url,
        }

    def slot(self, tz) -> Slot:
        data = self.cleaned_data
        return local_slot(data["date"], data["start_time"], data["end_time"], tz)


class WeeklySessionsForm(_PlaceFields):
    """A weekly pattern: the same hours on chosen weekdays between two dates."""

    SERVICE_FIELDS = {"starts_at": None, "ends_at": "end_time"}

    first_date = forms.DateField(label=_("First date"), widget=DATE_INPUT)
    last_date = forms.DateField(label=_("Last date"), widget=DATE_INPUT)
    weekdays = forms.TypedMultipleChoiceField(
        label=_("Days of the week"),
        choices=list(WEEKDAYS.items()),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one day of the week.")},
    )
    start_time = forms.TimeField(label=_("Starts at"), widget=TIME_INPUT)
    end_time = forms.TimeField(
        label=_("Ends at"),
        widget=TIME_INPUT,
        help_text=_("An end earlier than the start means the next day (a night session)."),
    )
    field_order = [
        "first_date",
        "last_date",
        "weekdays",
        "start_time",
        "end_time",
        "topic",
        "location",
        "online_url",
    ]

    def clean(self):
        data = super().clean()
        first, last = data.get("first_date"), data.get("last_date")
        if first and last and last < first:
            self.add_error("last_date", _("The last date cannot come before the first."))
        return data


def add_service_errors(form: forms.Form, error) -> None:
    """Put a service's ValidationError on the field it concerns (else on the whole form)."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        field = form.SERVICE_FIELDS.get(name, name)
        form.add_error(field if field in form.fields else None, errors)
