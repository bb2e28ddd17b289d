"""Training in Wagtail: the cohorts section of course pages, and the admin of cohorts and rosters."""

from wagtail import hooks

from .course_section import course_cohorts_section

hooks.register("course_page_sections", course_cohorts_section)

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


# The roster import's admin pages register themselves (training/import_hooks.py).
from . import import_hooks  # noqa: E402, F401
