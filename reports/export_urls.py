"""Report exports, included by reports/urls.py under "exports/" (namespace `reports`)."""

from django.urls import path

from . import export_views

urlpatterns = [
    path("", export_views.export, name="export"),
    path("<int:export_id>/", export_views.export_status, name="export_status"),
    path("<int:export_id>/download/", export_views.export_download, name="export_download"),
]
