"""Production: PostgreSQL, Redis, secrets from the environment, no defaults for secrets.

Refuses to start without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL, and passes
`manage.py check --deploy --fail-level WARNING` (tests/lms/test_settings.py).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env


def _required(name: str) -> str:
    value = env(name, default="")
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


DEBUG = False
SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
DATABASES = {"default": env.db_url_config(_required("DATABASE_URL"))}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

CACHES = {"default": env.cache("CACHE_URL", default=env("REDIS_URL", default="locmemcache://lms"))}

STORAGES = {
    "default": {
        "BACKEND": env(
            "DEFAULT_FILE_STORAGE_BACKEND",
            default="django.core.files.storage.FileSystemStorage",
        )
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Certificates are signed with a key the operator keeps (manage.py create_issuer_key).
CERTIFICATES_ISSUER_KEY_FILE = _required("CERTIFICATES_ISSUER_KEY_FILE")
if not os.access(CERTIFICATES_ISSUER_KEY_FILE, os.R_OK):
    raise ImproperlyConfigured(
        f"The issuer key {CERTIFICATES_ISSUER_KEY_FILE} does not exist or cannot be read."
    )
CERTIFICATES_ISSUER_KEY_AUTOCREATE = False

EMAIL_DELIVERY_BACKEND = env(
    "EMAIL_DELIVERY_BACKEND", default="django.core.mail.backends.smtp.EmailBackend"
)

# Sessions read from the cache (Redis), written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its preview views SAMEORIGIN itself
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
