"""Pages of trainees and company coordinators: enroll, withdraw, my learning, my company."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from clusters.models import TraineeProfile
from courses.selectors import catalog_url, localize_courses

from . import learning, permissions, selectors, services
from .forms import ColleaguesEnrollForm, DecisionForm
from .models import Cohort, Enrollment


def _profile(request) -> TraineeProfile | None:
    return TraineeProfile.objects.filter(user=request.user).select_related("company").first()


def _back(request, default: str) -> str:
    target = request.POST.get("next") or request.META.get("HTTP_REFERER") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


def _outcome_message(request, enrollment: Enrollment) -> None:
    course = enrollment.cohort.course.localized.title
    if enrollment.status == Enrollment.Status.ENROLLED:
        messages.success(request, _("You are enrolled in %(course)s.") % {"course": course})
    elif enrollment.status == Enrollment.Status.WAITLISTED:
        messages.info(
            request,
            _("The cohort is full: you are on the waiting list for %(course)s.")
            % {"course": course},
        )
    elif enrollment.status == Enrollment.Status.PENDING:
        messages.info(
            request,
            _("Your request for %(course)s is waiting for your company's approval.")
            % {"course": course},
        )


@login_required
@require_POST
def cohort_enroll(request, cohort_id: int):
    profile = _profile(request)
    if profile is None:
        messages.info(request, _("Complete your profile first; then enroll."))
        return redirect(reverse("profile") + "?next=" + _back(request, reverse("my_learning")))
    try:
        enrollment = services.enrollment_request(
            actor=request.user, cohort_id=cohort_id, profile=profile
        )
    except Cohort.DoesNotExist as exc:
        raise Http404 from exc
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(_back(request, reverse("my_learning")))
    _outcome_message(request, enrollment)
    return redirect("my_learning")


@login_required
@require_POST
def enrollment_withdraw(request, enrollment_id: int):
    profile = _profile(request)
    if profile is None:
        raise Http404
    try:
        enrollment = selectors.enrollment_get_for_trainee(
            profile=profile, enrollment_id=enrollment_id
        )
        services.enrollment_withdraw(actor=request.user, enrollment_id=enrollment.pk)
    except Enrollment.DoesNotExist as exc:
        raise Http404 from exc
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("You have withdrawn from %(course)s.")
            % {"course": enrollment.cohort.course.localized.title},
        )
    return redirect("my_learning")


def _attach_courses(enrollments) -> None:
    """Each enrollment's course in the reader's language, as `enrollment.course`."""
    courses = localize_courses({e.cohort.course for e in enrollments})
    for enrollment in enrollments:
        enrollment.course = courses[enrollment.cohort.course.translation_key]


GROUPS = (
    (Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED, Enrollment.Status.PENDING),
    (Enrollment.Status.COMPLETED, Enrollment.Status.PARTICIPATED, Enrollment.Status.NOT_COMPLETED),
    (Enrollment.Status.WITHDRAWN, Enrollment.Status.REJECTED),
)


@login_required
def my_learning(request):
    profile = _profile(request)
    enrollments = selectors.enrollment_list_for_trainee(profile=profile) if profile else []
    _attach_courses(enrollments)
    learning.attach_progress(enrollments)  # completion facts of those taking part
    current = [e for e in enrollments if e.status in GROUPS[0]]
    finished = [e for e in enrollments if e.status in GROUPS[1]]
    closed = [e for e in enrollments if e.status in GROUPS[2]]
    current.sort(key=lambda e: (e.cohort.starts_on, e.pk))
    return render(
        request,
        "training/my_learning.html",
        {
            "profile": profile,
            "current": current,
            "finished": finished,
            "closed": closed,
            "coordinates": bool(permissions.coordinated_companies(request.user).exists()),
            "catalog_url": catalog_url(),
        },
    )


@login_required
def company_requests(request):
    """A coordinator's page: requests to approve, and enrolling colleagues in bulk."""
    if not permissions.coordinated_companies(request.user).exists() and not (
        permissions.administered_cluster_ids(request.user)
        or permissions.is_network_admin(request.user)
    ):
        raise PermissionDenied
    pending = list(selectors.pending_requests_for(request.user)[:200])
    _attach_courses(pending)
    enroll_form = ColleaguesEnrollForm(user=request.user, data=None)
    return render(
        request,
        "training/company_requests.html",
        {"pending": pending, "decision_form": DecisionForm(), "enroll_form": enroll_form},
    )


@login_required
@require_POST
def company_decide(request, enrollment_id: int):
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose approve or reject."))
        return redirect("company_requests")
    try:
        enrollment = services.enrollment_decide(
            actor=request.user,
            enrollment_id=enrollment_id,
            approve=form.cleaned_data["decision"] == "approve",
            note=form.cleaned_data["note"],
        )
    except (Enrollment.DoesNotExist, PermissionDenied) as exc:
        raise Http404 from exc
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("%(name)s: %(status)s.")
            % {"name": enrollment.trainee.full_name, "status": enrollment.get_status_display()},
        )
    return redirect("company_requests")


@login_required
@require_POST
def company_enroll(request):
    if not permissions.coordinated_companies(request.user).exists():
        raise PermissionDenied
    form = ColleaguesEnrollForm(user=request.user, data=request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect("company_requests")
    placed, refused = services.enrollments_add_colleagues(
        actor=request.user,
        cohort_id=form.cleaned_data["cohort"].pk,
        profiles=form.cleaned_data["people"],
    )
    for enrollment in placed:
        messages.success(
            request,
            _("%(name)s: %(status)s.")
            % {"name": enrollment.trainee.full_name, "status": enrollment.get_status_display()},
        )
    for profile, reason in refused:
        messages.error(request, f"{profile.full_name}: {reason}")
    return redirect("company_requests")
