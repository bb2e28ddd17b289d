"""Training in Wagtail: the cohorts section of course pages, and the admin of cohorts and rosters."""

from wagtail import hooks

from .course_section import course_cohorts_section, course_progress_section
from .lesson_access import lesson_access, lesson_progress_section, private_lesson_responses

hooks.register("course_page_sections", course_progress_section, order=-1)
hooks.register("course_page_sections", course_cohorts_section)

# Lessons: who reads the body, the trainee's "mark completed" and progress (lesson_access.py).
hooks.register("before_serve_page", lesson_access)
hooks.register("on_serve_page", private_lesson_responses)
hooks.register("lesson_page_sections", lesson_progress_section)

# --- The admin of cohorts and rosters (training/admin_views.py) ---------------
# The permission policy is registered first, before anything asks Wagtail's
# policy registry about cohorts (registering later raises).

from wagtail.permissions import register_permission_policy  # noqa: E402

from .admin_views import CohortViewSet, admin_urls, cohort_permission_policy  # noqa: E402
from .models import Cohort  # noqa: E402

register_permission_policy(Cohort, cohort_permission_policy())


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return CohortViewSet("cohorts")


@hooks.register("register_admin_urls")
def register_roster_urls():
    return admin_urls()


@hooks.register("register_admin_urls")
def register_attendance_urls():
    """Attendance of a session, the room's check-in screen, a cohort's progress matrix."""
    from .attendance_admin_views import admin_urls as attendance_urls

    return attendance_urls()


@hooks.register("register_admin_urls")
def register_session_urls():
    # A cohort's sessions: list, add, weekly pattern, edit, cancel (training/session_admin_views.py).
    from .session_admin_views import admin_urls as session_admin_urls

    return session_admin_urls()


# The roster import's admin pages register themselves (training/import_hooks.py).
from . import import_hooks  # noqa: E402, F401
