from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates.credential_urls import public_urlpatterns as credential_public_urls
from certificates.views import verify_json
from cms.views import admin_login
from training.feed_views import calendar_feed

urlpatterns = [
    # One login flow: the admin's login goes to allauth, so MFA cannot be bypassed.
    path("admin/login/", admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Private calendar feeds: fetched by calendar apps, no language prefix, no cookies.
    re_path(
        r"^calendar/(?P<token>[A-Za-z0-9_-]{16,64})\.ics$", calendar_feed, name="calendar_feed"
    ),
    # Keys, issuer profile and status lists that credential verifiers fetch.
    *credential_public_urls,
    re_path(r"^verify/(?P<code>[^/]{1,64})\.json$", verify_json, name="certificate_verify_json"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("clusters.urls")),
    path("", include("training.urls")),
    path("", include("certificates.urls")),
    path("", include("cms.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "cms.errors.page_not_found"
handler500 = "cms.errors.server_error"
