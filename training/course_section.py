"""The sections training adds to a course page (`course_page_sections` hooks).

"Upcoming cohorts": anonymous visitors get it inside the cached page; the cached
copy depends on the course's cohorts, so an enrollment anywhere refreshes the
seats shown.

"Your progress": only for a signed-in person taking part in a cohort of the
course, so never part of the anonymous cached copy.
"""

from django.template.loader import render_to_string

from core import page_cache
from courses.selectors import course_prerequisites

from . import learning, permissions
from .selectors import cohort_list_for_course
from .services import course_cohorts_cache_name, missing_prerequisites, profile_missing_fields


def course_cohorts_section(*, page, request) -> str:
    page_cache.depends_on(request, course_cohorts_cache_name(page))
    user = request.user
    profile = getattr(user, "trainee_profile", None) if user.is_authenticated else None
    cohorts = cohort_list_for_course(course=page, profile=profile)
    missing_fields = profile_missing_fields(profile) if user.is_authenticated else []
    missing_keys = (
        {c.translation_key for c in missing_prerequisites(profile=profile, course=page)}
        if profile is not None and cohorts
        else set()
    )
    missing = (
        [c for c in course_prerequisites(course=page) if c.translation_key in missing_keys]
        if missing_keys
        else []
    )
    return render_to_string(
        "training/includes/course_cohorts.html",
        {
            "page": page,
            "cohorts": cohorts,
            "missing_fields": missing_fields,
            "missing_prerequisites": missing,
        },
        request=request,
    )


def course_progress_section(*, page, request) -> str:
    """Where the person stands against the course's rule: attendance, lessons, assessment."""
    if not request.user.is_authenticated:
        return ""
    enrollment = permissions.enrollment_for_course(request.user, page)
    if enrollment is None:
        return ""
    learning.attach_progress([enrollment])
    return render_to_string(
        "training/learning/course_progress.html",
        {"page": page, "enrollment": enrollment, "facts": enrollment.progress},
        request=request,
    )
