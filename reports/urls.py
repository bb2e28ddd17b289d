"""The Reports section's URLs, mounted under /admin/reports/ by reports/wagtail_hooks.py.

The exports' URLs (`reports:export`, `reports:export_status`) live in
reports/export_urls.py, written separately; they are included once that module exists.
"""

from importlib.util import find_spec

from django.urls import include, path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.ReportView.as_view(), name="index"),
    path("settings/", views.ReportSettingsView.as_view(), name="settings"),
]

if find_spec("reports.export_urls") is not None:
    urlpatterns.append(path("exports/", include("reports.export_urls")))
