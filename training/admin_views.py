"""The Wagtail admin of cohorts and their rosters, and the roster downloads.

Who sees and does what comes from training.permissions only:
- the "Cohorts" listing is ``cohorts_visible_to(user)``; every per-object view of
  the viewset loads its cohort from it (404 outside it) and asks the permission
  policy for the action on that very cohort (core.admin_scoping): admins of the
  cohort's cluster change it, instructors only look;
- roster pages, roster actions and downloads load the cohort the same way and
  then require ``can_manage_roster`` (403 when the cohort is visible but not
  theirs to manage); a roster row is looked up among that cohort's enrollments
  that ``enrollments_visible_to(user)`` reaches;
- every write is a call to training.services; a refusal (ValidationError)
  becomes a form error or an error message, and nothing is written.
"""

from urllib.parse import urlsplit

import django_filters
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch, ProtectedError, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
    InspectView,
)
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton, ListingButton

from clusters.admin_views import ServiceErrorsMixin
from clusters.models import NETWORK_ADMIN_GROUP, Cluster, ClusterRole, User
from core.admin_scoping import ScopedPermissionPolicy, ScopedViewSetMixin
from courses.models import CoursePage

from . import exports, matrix, permissions, selectors, services
from .admin_forms import (
    AddPersonForm,
    CohortAdminForm,
    EnrollmentMoveForm,
    EnrollmentStatusForm,
    RosterFilterForm,
)
from .models import Cohort, Enrollment, EnrollmentChange

Role = ClusterRole.Role
Status = Enrollment.Status
ROSTER_PER_PAGE = 50


# --- Permission policy -------------------------------------------------------
# What Wagtail asks (menus, buttons, generic views) is answered from
# training.permissions: admins of a cluster hold every action on its cohorts,
# instructors "view" the cohorts they see.


def cohort_admin_actions(user) -> frozenset[str]:
    if permissions.can_add_cohort(user):
        return frozenset({"add", "change", "delete", "view"})
    if permissions.instructing_cluster_ids(user):
        return frozenset({"view"})
    return frozenset()


def cohorts_changeable_by(user) -> QuerySet[Cohort]:
    """The cohorts ``can_change_cohort`` allows, as a queryset (their clusters' cohorts)."""
    allowed = permissions.cohort_clusters_for(user)
    visible = permissions.cohorts_visible_to(user)
    return visible if allowed is None else visible.filter(cluster_id__in=allowed)


def cohort_admin_scope(user, action: str) -> QuerySet[Cohort]:
    if action not in cohort_admin_actions(user):
        return Cohort.objects.none()
    if action == "view":
        return permissions.cohorts_visible_to(user)
    if action == "change":
        return cohorts_changeable_by(user)
    if action == "delete":
        # can_delete_cohort: changeable, and nobody on the roster (any status).
        return cohorts_changeable_by(user).exclude(pk__in=Enrollment.objects.values("cohort_id"))
    return Cohort.objects.none()


def cohort_admin_users(actions):
    actions = set(actions)
    condition = Q(pk__in=[])
    if actions & {"add", "change", "delete", "view"}:
        condition |= Q(is_superuser=True) | Q(groups__name=NETWORK_ADMIN_GROUP)
        condition |= Q(cluster_roles__role=Role.CLUSTER_ADMIN)
    if "view" in actions:
        condition |= Q(cluster_roles__role=Role.INSTRUCTOR)
    return User.objects.filter(condition, is_active=True).distinct()


def cohort_permission_policy() -> ScopedPermissionPolicy:
    return ScopedPermissionPolicy(
        Cohort,
        actions=cohort_admin_actions,
        scope=cohort_admin_scope,
        users=cohort_admin_users,
    )


# --- Shared helpers ----------------------------------------------------------


def roster_url(cohort) -> str:
    return reverse("training_roster", kwargs={"cohort_id": cohort.pk})


def status_url(cohort, status: str) -> str:
    return reverse("training_cohort_status", kwargs={"cohort_id": cohort.pk, "status": status})


STATUS_ACTIONS = {
    Cohort.Status.OPEN: gettext_lazy("Open enrollment"),
    Cohort.Status.CLOSED: gettext_lazy("Close enrollment"),
    Cohort.Status.CANCELLED: gettext_lazy("Cancel cohort"),
    Cohort.Status.FINISHED: gettext_lazy("Finish cohort and decide outcomes"),
}


def can_finish(cohort) -> bool:
    """Finishing decides outcomes: for a cohort that has started and is still running."""
    running = cohort.status in (Cohort.Status.OPEN, Cohort.Status.CLOSED)
    return running and cohort.has_started


def status_actions(cohort) -> list[tuple[str, str]]:
    """(status, label) of the status actions a cohort offers now.

    A finished cohort can be reopened (which undoes the final outcomes) but not
    cancelled: its outcomes are decided.
    """
    if cohort.status == Cohort.Status.CANCELLED:
        return []
    actions = []
    for status, label in STATUS_ACTIONS.items():
        if status == cohort.status:
            continue
        if status == Cohort.Status.FINISHED and not can_finish(cohort):
            continue
        if status == Cohort.Status.CANCELLED and cohort.status == Cohort.Status.FINISHED:
            continue
        actions.append((status, label))
    return actions


def status_actions_for(user, cohort) -> list[tuple[str, str]]:
    """The actions this person may take: admins all; the cohort's instructors only finishing."""
    if permissions.can_change_cohort(user, cohort):
        return status_actions(cohort)
    if permissions.can_manage_sessions(user, cohort):
        return [(s, label) for s, label in status_actions(cohort) if s == Cohort.Status.FINISHED]
    return []


def load_cohort(request, cohort_id: int, *, manage: bool = True) -> Cohort:
    """The cohort from the person's scope (404 outside it); 403 unless they manage its roster."""
    cohort = get_object_or_404(
        permissions.cohorts_visible_to(request.user).select_related("course", "cluster"),
        pk=cohort_id,
    )
    if manage and not permissions.can_manage_roster(request.user, cohort):
        raise PermissionDenied
    return cohort


def safe_next(request, fallback: str) -> str:
    """The ``next`` URL posted with a form when it points back to the same page, else fallback."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe and urlsplit(target).path == urlsplit(fallback).path else fallback


def error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


# --- Cohort viewset views ----------------------------------------------------


class CohortIndexView(IndexView):
    default_ordering = "-starts_on"

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        buttons.append(
            ListingButton(
                _("Roster"),
                url=roster_url(instance),
                icon_name="group",
                priority=5,
                attrs={"aria-label": _("Roster of %(cohort)s") % {"cohort": instance}},
            )
        )
        policy = self.permission_policy
        if policy and policy.user_has_permission_for_instance(
            self.request.user, "change", instance
        ):
            for priority, (status, label) in enumerate(status_actions(instance), start=40):
                buttons.append(
                    Button(
                        label,
                        url=status_url(instance, status),
                        icon_name="calendar",
                        priority=priority,
                    )
                )
        return buttons


class CohortCreateView(ServiceErrorsMixin, CreateView):
    pass


class CohortEditView(ServiceErrorsMixin, EditView):
    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(_("Roster"), url=roster_url(self.object), icon_name="group"),
        ]

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        for priority, (status, label) in enumerate(status_actions(self.object), start=40):
            buttons.append(
                Button(
                    label,
                    url=status_url(self.object, status),
                    icon_name="calendar",
                    priority=priority,
                )
            )
        return buttons


class CohortInspectView(InspectView):
    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(_("Roster"), url=roster_url(self.object), icon_name="group"),
        ]

    def get_edit_url(self):
        if self.user_has_permission_for_instance("change", self.object):
            return super().get_edit_url()
        return None

    def get_delete_url(self):
        if self.user_has_permission_for_instance("delete", self.object):
            return super().get_delete_url()
        return None


class CohortDeleteView(DeleteView):
    """Deletes a cohort nobody ever enrolled in (permissions.can_delete_cohort)."""

    def delete_action(self):
        with transaction.atomic():
            cohort = Cohort.objects.select_for_update(of=("self",)).get(pk=self.object.pk)
            if not permissions.can_delete_cohort(self.request.user, cohort):
                raise PermissionDenied
            super().delete_action()

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ProtectedError:
            messages.error(
                self.request,
                _("%(cohort)s has people on its roster and was kept; cancel it instead.")
                % {"cohort": self.object},
            )
            return redirect(self.get_success_url())


# --- Filters -----------------------------------------------------------------


def _visible(request) -> QuerySet[Cohort]:
    return permissions.cohorts_visible_to(getattr(request, "user", None))


def _cluster_choices(request):
    return Cluster.objects.filter(pk__in=_visible(request).values("cluster_id")).order_by("name")


def _course_choices(request):
    return CoursePage.objects.filter(pk__in=_visible(request).values("course_id")).order_by("code")


class CohortFilterSet(WagtailFilterSet):
    cluster = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Cluster"), queryset=_cluster_choices
    )
    course = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Course"), queryset=_course_choices
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=Cohort.Status.choices
    )
    when = django_filters.ChoiceFilter(
        label=gettext_lazy("When"),
        choices=[
            ("upcoming", gettext_lazy("Upcoming")),
            ("running", gettext_lazy("Running now")),
            ("past", gettext_lazy("Past")),
        ],
        method="filter_when",
    )

    class Meta:
        model = Cohort
        fields = ["cluster", "course", "status", "when"]

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        if value == "upcoming":
            return queryset.filter(starts_on__gt=today)
        if value == "running":
            return queryset.filter(starts_on__lte=today, ends_on__gte=today)
        if value == "past":
            return queryset.filter(ends_on__lt=today)
        return queryset


# --- Viewset -----------------------------------------------------------------


def _seats(cohort: Cohort) -> str:
    return f"{cohort.enrolled_count} / {cohort.capacity}"


class CohortViewSet(ScopedViewSetMixin, ModelViewSet):
    """Cohorts in the admin: listed, created and edited through ``services.cohort_save``."""

    model = Cohort
    icon = "calendar"
    menu_label = gettext_lazy("Cohorts")
    menu_name = "cohorts"
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False
    index_view_class = CohortIndexView
    add_view_class = CohortCreateView
    edit_view_class = CohortEditView
    delete_view_class = CohortDeleteView
    inspect_view_class = CohortInspectView
    search_fields = ["course__code", "course__title", "name", "location"]
    search_backend_name = None
    filterset_class = CohortFilterSet
    list_per_page = 25
    list_display = [
        "__str__",
        Column("course_title", label=gettext_lazy("Course"), accessor="course.title"),
        Column("cluster", label=gettext_lazy("Cluster"), accessor="cluster.short_name"),
        "starts_on",
        "status",
        Column("seats", label=gettext_lazy("Enrolled / seats"), accessor=_seats),
        "waitlist_count",
        "pending_count",
    ]
    inspect_view_fields = [
        "course",
        "cluster",
        "name",
        "starts_on",
        "ends_on",
        "capacity",
        "enrolled_count",
        "waitlist_count",
        "pending_count",
        "modality",
        "language",
        "location",
        "online_url",
        "instructors",
        "enrollment_opens_at",
        "enrollment_closes_at",
        "visibility",
        "status",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("course"),
                    FieldPanel("cluster"),
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                    FieldRowPanel([FieldPanel("capacity"), FieldPanel("status")]),
                ],
                heading=gettext_lazy("Cohort"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("modality"), FieldPanel("language")]),
                    FieldPanel("location"),
                    FieldPanel("online_url"),
                    FieldPanel("instructors"),
                    FieldPanel("checkin_grace_minutes"),
                ],
                heading=gettext_lazy("Delivery"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("enrollment_opens_at"), FieldPanel("enrollment_closes_at")]
                    ),
                    FieldPanel("visibility"),
                    FieldPanel("invited_companies"),
                ],
                heading=gettext_lazy("Enrollment"),
            ),
        ],
        base_form_class=CohortAdminForm,
    )

    def get_scope_queryset(self, user):
        return permissions.cohorts_visible_to(user).select_related("course", "cluster")

    def get_permissions_to_register(self):
        # Access comes from roles, never from Django model permissions.
        return Permission.objects.none()


# --- Cohort status: open, close, cancel ---------------------------------------


class CohortStatusView(WagtailAdminTemplateMixin, TemplateView):
    """GET: confirm; POST: ``services.cohort_set_status``.

    The cohort's cluster admins open, close and cancel; finishing (deciding the
    outcomes) is also for its instructors, like the service allows.
    """

    template_name = "training/admin/cohort_status_confirm.html"
    header_icon = "calendar"

    def dispatch(self, request, cohort_id: int, status: str):
        self.cohort = load_cohort(request, cohort_id, manage=False)
        finishing = status == Cohort.Status.FINISHED
        allowed = permissions.can_manage_sessions if finishing else permissions.can_change_cohort
        if not allowed(request.user, self.cohort):
            raise PermissionDenied
        if status not in STATUS_ACTIONS:
            raise Http404
        self.status = status
        return super().dispatch(request, cohort_id=cohort_id, status=status)

    def fallback_url(self) -> str:
        if self.status == Cohort.Status.FINISHED:
            return reverse("training_cohort_progress", kwargs={"cohort_id": self.cohort.pk})
        return roster_url(self.cohort)

    def get_page_title(self):
        return STATUS_ACTIONS[self.status]

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            cohort=self.cohort,
            status=self.status,
            cancelling=self.status == Cohort.Status.CANCELLED,
            active_count=self.cohort.enrolled_count
            + self.cohort.waitlist_count
            + self.cohort.pending_count,
            form_action=status_url(self.cohort, self.status),
            back_url=safe_next(self.request, self.fallback_url()),
            next_url=safe_next(self.request, self.fallback_url()),
        )
        if self.status == Cohort.Status.FINISHED:
            finishable = can_finish(self.cohort)
            context.update(
                finishing=True,
                can_finish=finishable,
                preview=matrix.outcome_preview(self.cohort) if finishable else {},
            )
        return context

    def post(self, request, *args, **kwargs):
        back = safe_next(request, self.fallback_url())
        try:
            services.cohort_set_status(
                actor=request.user, cohort_id=self.cohort.pk, status=self.status
            )
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(
                request,
                _("%(cohort)s: %(status)s.")
                % {"cohort": self.cohort, "status": Cohort.Status(self.status).label},
            )
        return redirect(back)


# --- Roster ------------------------------------------------------------------


def move_targets(user, cohort: Cohort) -> list[Cohort]:
    """Other cohorts of the same course (any language) whose roster this person manages."""
    candidates = (
        permissions.cohorts_visible_to(user)
        .filter(course__translation_key=cohort.course.translation_key)
        .exclude(pk=cohort.pk)
        .exclude(status=Cohort.Status.CANCELLED)
        .select_related("course", "cluster")
        .order_by("starts_on", "pk")
    )
    return [c for c in candidates if permissions.can_manage_roster(user, c)]


class RosterView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "training/admin/roster.html"
    header_icon = "group"

    def dispatch(self, request, cohort_id: int):
        self.cohort = load_cohort(request, cohort_id)
        return super().dispatch(request, cohort_id=cohort_id)

    def get_page_title(self):
        return _("Roster")

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request, cohort, user = self.request, self.cohort, self.request.user
        filters = RosterFilterForm(request.GET or None)
        status, query = filters.values()
        rows = selectors.roster_for(cohort=cohort, status=status, query=query).prefetch_related(
            Prefetch(
                "changes",
                queryset=EnrollmentChange.objects.select_related("actor__trainee_profile"),
            )
        )
        paginator = WagtailPaginator(rows, ROSTER_PER_PAGE)
        page = paginator.get_page(request.GET.get("p"))
        targets = move_targets(user, cohort)
        labels = dict(Status.choices)
        for enrollment in page.object_list:
            enrollment.next_statuses = [
                (value, labels[value])
                for value, _label in Status.choices
                if enrollment.can_move_to(value)
            ]
            enrollment.can_move = enrollment.status in Enrollment.ACTIVE and bool(targets)
            enrollment.history = [
                {
                    "at": change.at,
                    "from": labels.get(change.from_status, change.from_status),
                    "to": labels.get(change.to_status, change.to_status),
                    "actor": change.actor.get_full_name() if change.actor_id else "",
                    "note": change.note,
                }
                for change in enrollment.changes.all()
            ]
        export_query = urlencode({k: v for k, v in (("status", status), ("q", query)) if v})
        can_change = permissions.can_change_cohort(user, cohort)
        context.update(
            cohort=cohort,
            filters=filters,
            page_obj=page,
            paginator=paginator,
            elided_page_range=paginator.get_elided_page_range(page.number),
            enrollments=page.object_list,
            move_targets=targets,
            is_filtered=bool(status or query),
            current_url=request.get_full_path(),
            add_form=AddPersonForm(),
            export_csv_url=self._export_url("csv", export_query),
            export_xlsx_url=self._export_url("xlsx", export_query),
            import_url=self._import_url(),
            can_change=can_change,
            status_actions=status_actions_for(user, cohort),
            progress_url=reverse("training_cohort_progress", kwargs={"cohort_id": cohort.pk}),
            edit_url=reverse("cohorts:edit", args=[cohort.pk]) if can_change else None,
            status_urls={s: status_url(cohort, s) for s, _label in status_actions(cohort)},
        )
        return context

    def _export_url(self, fmt: str, query: str) -> str:
        url = reverse("training_roster_export", kwargs={"cohort_id": self.cohort.pk, "fmt": fmt})
        return f"{url}?{query}" if query else url

    def _import_url(self) -> str | None:
        # The import view is registered separately (training/import_views.py).
        try:
            return reverse("training_roster_import", kwargs={"cohort_id": self.cohort.pk})
        except NoReverseMatch:
            return None


class RosterActionView(View):
    """Base of the roster's POST actions: scoped loading, then back to the roster with its filters."""

    http_method_names = ["post"]

    def dispatch(self, request, cohort_id: int, **kwargs):
        self.cohort = load_cohort(request, cohort_id)
        return super().dispatch(request, cohort_id=cohort_id, **kwargs)

    def enrollment(self, enrollment_id: int) -> Enrollment:
        return get_object_or_404(
            permissions.enrollments_visible_to(self.request.user)
            .filter(cohort=self.cohort)
            .select_related("trainee"),
            pk=enrollment_id,
        )

    def back(self):
        return redirect(safe_next(self.request, roster_url(self.cohort)))


class EnrollmentStatusView(RosterActionView):
    def post(self, request, cohort_id: int, enrollment_id: int):
        enrollment = self.enrollment(enrollment_id)
        form = EnrollmentStatusForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a valid status."))
            return self.back()
        new = form.cleaned_data["status"]
        try:
            services.enrollment_set_status(
                actor=request.user,
                enrollment_id=enrollment.pk,
                status=new,
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            messages.error(request, f"{enrollment.trainee.full_name}: {error_text(error)}")
        else:
            messages.success(
                request,
                _("%(name)s: %(status)s.")
                % {"name": enrollment.trainee.full_name, "status": Status(new).label},
            )
        return self.back()


class EnrollmentMoveView(RosterActionView):
    def post(self, request, cohort_id: int, enrollment_id: int):
        enrollment = self.enrollment(enrollment_id)
        targets = move_targets(request.user, self.cohort)
        form = EnrollmentMoveForm(request.POST, cohorts=targets)
        if not form.is_valid():
            messages.error(request, _("Choose one of the cohorts offered."))
            return self.back()
        target = next(c for c in targets if c.pk == form.cleaned_data["to_cohort"])
        try:
            moved = services.enrollment_move(
                actor=request.user,
                enrollment_id=enrollment.pk,
                to_cohort_id=target.pk,
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            messages.error(request, f"{enrollment.trainee.full_name}: {error_text(error)}")
        else:
            messages.success(
                request,
                _("%(name)s moved to %(cohort)s (%(status)s).")
                % {
                    "name": enrollment.trainee.full_name,
                    "cohort": target,
                    "status": moved.get_status_display(),
                },
                buttons=[messages.button(roster_url(target), _("Open that roster"))],
            )
        return self.back()


class EnrollmentAddView(RosterActionView):
    def post(self, request, cohort_id: int):
        form = AddPersonForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Type the person's email address or CURP."))
            return self.back()
        try:
            profile = form.find_profile()
            enrollment = services.enrollment_add(
                actor=request.user, cohort_id=self.cohort.pk, profile=profile
            )
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(
                request,
                _("%(name)s added: %(status)s.")
                % {"name": profile.full_name, "status": enrollment.get_status_display()},
            )
        return self.back()


class RosterExportView(View):
    http_method_names = ["get"]

    def get(self, request, cohort_id: int, fmt: str):
        if fmt not in exports.FORMATS:
            raise Http404
        cohort = load_cohort(request, cohort_id)
        status, query = RosterFilterForm(request.GET or None).values()
        rows = selectors.roster_for(cohort=cohort, status=status, query=query)
        return exports.roster_response(cohort, rows, fmt)


def admin_urls():
    """The roster's URLs, registered under /admin/ by wagtail_hooks."""
    return [
        path("cohorts/<int:cohort_id>/roster/", RosterView.as_view(), name="training_roster"),
        path(
            "cohorts/<int:cohort_id>/roster/add/",
            EnrollmentAddView.as_view(),
            name="training_roster_add",
        ),
        path(
            "cohorts/<int:cohort_id>/roster/<int:enrollment_id>/status/",
            EnrollmentStatusView.as_view(),
            name="training_roster_status",
        ),
        path(
            "cohorts/<int:cohort_id>/roster/<int:enrollment_id>/move/",
            EnrollmentMoveView.as_view(),
            name="training_roster_move",
        ),
        path(
            "cohorts/<int:cohort_id>/roster/export/<str:fmt>/",
            RosterExportView.as_view(),
            name="training_roster_export",
        ),
        path(
            "cohorts/<int:cohort_id>/status/<str:status>/",
            CohortStatusView.as_view(),
            name="training_cohort_status",
        ),
    ]
