"""The test suite: SQLite by default, PostgreSQL and Redis when the environment names them."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Browser tests run under live_server: manifest storage there serves an unstyled admin.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = env.path("MEDIA_ROOT", default="/tmp/lms-test-media")
WAGTAILADMIN_BASE_URL = "http://testserver"
AXES_FAILURE_LIMIT = 3
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Static files come straight from the finders (no collectstatic before tests).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The main suite runs tasks eagerly even when a broker is configured; the worker
# tests run in their own process with CELERY_TASK_ALWAYS_EAGER=false (Makefile).
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
# One throw-away signing key for the test run, made on first use (2048 bits: faster).
CERTIFICATES_ISSUER_KEY_FILE = env.path(
    "CERTIFICATES_ISSUER_KEY_FILE", default="/tmp/lms-test-issuer-key.pem"
)
CERTIFICATES_ISSUER_KEY_AUTOCREATE = True
CERTIFICATES_ISSUER_KEY_BITS = 2048
