"""The roster import's admin URLs; importing this module registers them with Wagtail.

training/wagtail_hooks.py imports it, so the hooks load with the rest of the
app's Wagtail hooks. Wagtail wraps every admin URL with its "may enter the admin"
check; the views decide the rest (training.permissions).
"""

from django.urls import path
from wagtail import hooks

from . import import_views


@hooks.register("register_admin_urls")
def register_roster_import_urls():
    return [
        path(
            "roster-imports/cohort/<int:cohort_id>/",
            import_views.upload,
            name="training_roster_import",
        ),
        path(
            "roster-imports/template/<str:fmt>/",
            import_views.template_download,
            name="training_roster_import_template",
        ),
        path(
            "roster-imports/<int:import_id>/",
            import_views.detail,
            name="training_roster_import_detail",
        ),
        path(
            "roster-imports/<int:import_id>/confirm/",
            import_views.confirm,
            name="training_roster_import_confirm",
        ),
        path(
            "roster-imports/<int:import_id>/progress/",
            import_views.progress,
            name="training_roster_import_progress",
        ),
    ]
