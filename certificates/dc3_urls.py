"""DC-3 and DC-4 pages (included under the language prefix by certificates/urls.py)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import dc3_views

urlpatterns = [
    path(_("certificates/dc4/"), dc3_views.company_dc4, name="company_dc4"),
    path(_("certificates/<str:code>/dc3.pdf"), dc3_views.certificate_dc3, name="certificate_dc3"),
]
