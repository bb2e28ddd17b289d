"""Reports in the Wagtail admin: the "Reports" menu item and URLs (/admin/reports/),
and the dashboard's figures (reports/panels.py).

Everything is shown to people with a report scope only (reports.permissions); the
views check the scope again (404 without one).
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .panels import dashboard_panels
from .permissions import report_scope


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return report_scope(request.user) is not None


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/", include("reports.urls", namespace="reports"))]


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    # After Certificates (270). Not "Reports"/"reports": that is Wagtail's own submenu
    # (locked pages, site history...), which network admins also see.
    return ReportsMenuItem(
        _("Training reports"),
        reverse("reports:index"),
        name="training-reports",
        icon_name="table",
        order=280,
    )


hooks.register("construct_homepage_panels", dashboard_panels)
