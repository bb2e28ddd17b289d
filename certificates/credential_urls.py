"""Open Badges 3.0 endpoints.

`public_urlpatterns` (no language prefix, see lms/urls.py) are fetched by verifiers
and named in every credential, so their paths must never change. `urlpatterns` is the
page that checks a pasted credential, under the language prefix.
"""

from django.urls import path, re_path

from . import credential_views as views

public_urlpatterns = [
    path(".well-known/jwks.json", views.issuer_jwks, name="issuer_jwks"),
    path("credentials/issuer.json", views.issuer_profile, name="issuer_profile"),
    path("credentials/status/<int:number>", views.status_list_view, name="status_list"),
    re_path(
        r"^credentials/achievements/(?P<code>[^/]{1,40})/(?P<kind>completion|participation)\.json$",
        views.achievement,
        name="credential_achievement",
    ),
]

urlpatterns = [
    path("verify/credential/", views.verify_credential, name="verify_credential"),
]
