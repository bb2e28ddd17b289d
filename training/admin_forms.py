"""Wagtail admin forms for cohorts and rosters: choices scoped to the person, writes through services.

The cohort form receives ``for_user`` from the admin view; every choice list is
cut to what that person may assign (training.permissions and
clusters.permissions), and save() calls ``services.cohort_save`` with that
person as the actor, so the service's rules hold in the admin too. The roster
forms only parse: the views call the services.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from clusters import permissions as cluster_permissions
from clusters.admin_forms import ServiceModelForm
from clusters.models import Cluster, ClusterRole, Company, TraineeProfile, User
from clusters.validators import normalize_identifier
from courses.models import CoursePage

from . import permissions, services
from .models import Cohort, Enrollment

Role = ClusterRole.Role


def course_choices_for(user, *, keep=None):
    """Live Spanish course pages a person may open cohorts of: their clusters' and the
    network's (cluster empty); network admins, every course. ``keep`` stays listed."""
    courses = CoursePage.objects.live().filter(locale__language_code="es")
    allowed = permissions.cohort_clusters_for(user)
    if allowed is not None:
        courses = courses.filter(Q(cluster__isnull=True) | Q(cluster_id__in=allowed))
    if keep is not None:
        courses = CoursePage.objects.filter(Q(pk__in=courses.values("pk")) | Q(pk=keep))
    return courses.order_by("code", "pk")


def instructor_choices_for(user, *, keep=()):
    """People holding the instructor role in a cluster where this person opens cohorts."""
    allowed = permissions.cohort_clusters_for(user)
    roles = ClusterRole.objects.filter(role=Role.INSTRUCTOR)
    if allowed is not None:
        roles = roles.filter(cluster_id__in=allowed)
    condition = Q(pk__in=roles.values("user_id")) | Q(pk__in=list(keep))
    return (
        User.objects.filter(condition, is_active=True)
        .select_related("trainee_profile")
        .order_by("trainee_profile__paternal_surname", "trainee_profile__given_names", "email")
    )


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, course):
        return f"{course.code} · {course.title}"


class InstructorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        return f"{user.get_full_name()} <{user.email}>" if user.email else user.get_full_name()


class CompanyChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, company):
        return str(company)


class CohortAdminForm(ServiceModelForm):
    course = CourseChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        help_text=_("Published courses of your clusters and of the whole network."),
    )
    cluster = forms.ModelChoiceField(label=_("Cluster"), queryset=Cluster.objects.none())
    instructors = InstructorChoiceField(
        label=_("Instructors"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("People with the instructor role in the cohort's cluster."),
    )
    invited_companies = CompanyChoiceField(
        label=_("Invited companies"),
        queryset=Company.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Only used when enrollment is for invited companies. Only companies you can see "
            "are listed; invitations you cannot see are kept."
        ),
    )

    class Meta:
        model = Cohort
        fields = [
            "course",
            "cluster",
            "name",
            "starts_on",
            "ends_on",
            "capacity",
            "modality",
            "language",
            "location",
            "online_url",
            "instructors",
            "enrollment_opens_at",
            "enrollment_closes_at",
            "visibility",
            "invited_companies",
            "status",
            "checkin_grace_minutes",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        actor = self.for_user
        editing = self.instance.pk is not None
        current_instructors = (
            list(self.instance.instructors.values_list("pk", flat=True)) if editing else []
        )
        self._current_instructors = set(current_instructors)
        if "course" in self.fields:
            self.fields["course"].queryset = course_choices_for(
                actor, keep=self.instance.course_id if editing else None
            )
        if "cluster" in self.fields:
            allowed = permissions.cohort_clusters_for(actor)
            clusters = (
                Cluster.objects.all() if allowed is None else Cluster.objects.filter(pk__in=allowed)
            )
            self.fields["cluster"].queryset = clusters.order_by("name")
        if "instructors" in self.fields:
            self.fields["instructors"].queryset = instructor_choices_for(
                actor, keep=current_instructors
            )
        if "invited_companies" in self.fields:
            self.fields["invited_companies"].queryset = cluster_permissions.companies_visible_to(
                actor
            ).order_by("legal_name")
        if "status" in self.fields and editing:
            self.fields["status"].help_text = _(
                "Cancelling withdraws everyone on the roster and tells them; "
                "a cancelled cohort cannot be reopened."
            )

    def clean(self):
        cleaned = super().clean()
        cluster = cleaned.get("cluster")
        instructors = cleaned.get("instructors")
        if cluster is not None and instructors:
            added = {user.pk for user in instructors} - self._current_instructors
            qualified = set(
                ClusterRole.objects.filter(
                    cluster=cluster, role=Role.INSTRUCTOR, user_id__in=added
                ).values_list("user_id", flat=True)
            )
            if added - qualified:
                names = ", ".join(
                    user.get_full_name() for user in instructors if user.pk in added - qualified
                )
                self.add_error(
                    "instructors",
                    _("%(names)s is not an instructor of %(cluster)s.")
                    % {"names": names, "cluster": cluster.short_name},
                )
        if cleaned.get("visibility") == Cohort.Visibility.INVITED and not (
            cleaned.get("invited_companies") or self._hidden_invitations()
        ):
            self.add_error("invited_companies", _("Choose the companies invited to this cohort."))
        return cleaned

    def _hidden_invitations(self) -> list[int]:
        """Companies already invited that this person cannot see: kept as they are."""
        if self.instance.pk is None or "invited_companies" not in self.fields:
            return []
        visible = self.fields["invited_companies"].queryset.values("pk")
        return list(
            self.instance.invited_companies.exclude(pk__in=visible).values_list("pk", flat=True)
        )

    def save_through_service(self):
        data = self.cleaned_data
        invited = [*data.get("invited_companies", []), *self._hidden_invitations()]
        fields = {name: data.get(name) for name in services.COHORT_FIELDS if name in data}
        editing = self.instance.pk is not None
        # A new status of an existing cohort goes through cohort_set_status, which
        # withdraws and tells everyone when a cohort is cancelled (cohort_save would not).
        new_status = fields.pop("status", None) if editing else None
        cohort = services.cohort_save(
            actor=self.for_user,
            cohort=self.instance if editing else None,
            instructors=list(data.get("instructors") or []),
            invited_companies=invited,
            **fields,
        )
        if new_status and new_status != cohort.status:
            try:
                cohort = services.cohort_set_status(
                    actor=self.for_user, cohort_id=cohort.pk, status=new_status
                )
            except ValidationError as error:
                raise ValidationError({"status": error.messages}) from error
        return cohort


# --- Roster ------------------------------------------------------------------


class RosterFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("All statuses")), *Enrollment.Status.choices],
        required=False,
    )
    q = forms.CharField(
        label=_("Search by name, email or CURP"), max_length=100, required=False, strip=True
    )

    def values(self) -> tuple[str, str]:
        if not self.is_valid():
            return "", ""
        return self.cleaned_data["status"], self.cleaned_data["q"]


class EnrollmentStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Enrollment.Status.choices)
    note = forms.CharField(label=_("Note (optional)"), max_length=300, required=False)


class EnrollmentMoveForm(forms.Form):
    to_cohort = forms.TypedChoiceField(label=_("Move to"), coerce=int, choices=())
    note = forms.CharField(label=_("Note (optional)"), max_length=300, required=False)

    def __init__(self, *args, cohorts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_cohort"].choices = [(c.pk, str(c)) for c in cohorts]


class AddPersonForm(forms.Form):
    identifier = forms.CharField(
        label=_("Email or CURP"),
        max_length=254,
        help_text=_("The person must already have an account with a trainee profile."),
    )

    def find_profile(self) -> TraineeProfile:
        """The trainee profile the email or CURP names; ValidationError with a clear reason."""
        identifier = self.cleaned_data["identifier"].strip()
        if "@" in identifier:
            profile = (
                TraineeProfile.objects.select_related("user")
                .filter(user__email__iexact=identifier)
                .first()
            )
            if profile is None:
                if User.objects.filter(email__iexact=identifier).exists():
                    raise forms.ValidationError(
                        _(
                            "%(who)s has an account but no trainee profile yet; ask them to "
                            "complete their profile first."
                        )
                        % {"who": identifier}
                    )
                raise forms.ValidationError(
                    _("Nobody with the email address %(who)s is registered.") % {"who": identifier}
                )
            return profile
        curp = normalize_identifier(identifier)
        profile = TraineeProfile.objects.select_related("user").filter(curp=curp).first()
        if profile is None:
            raise forms.ValidationError(
                _("Nobody with the CURP %(who)s is registered.") % {"who": curp}
            )
        return profile
