"""Certificate pages under the language prefix.

`verify/` is not translated: the QR code prints `/verify/<code>/` without a
language, and the locale middleware redirects it to the reader's language.
"""

from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path("verify/", views.verify_lookup, name="certificate_verify_lookup"),
    path("", include("certificates.credential_urls")),
    # No dots: `/verify/<code>.json` (lms/urls.py) must never be redirected here.
    re_path(r"^verify/(?P<code>[^/.]{1,64})/$", views.verify, name="certificate_verify"),
    path(_("my-certificates/"), views.my_certificates, name="my_certificates"),
    path(_("certificates/<str:code>/pdf/"), views.certificate_pdf, name="certificate_pdf"),
    path(
        _("certificates/<str:code>/credential/"),
        views.certificate_credential,
        name="certificate_credential",
    ),
    path("", include("certificates.dc3_urls")),
]
