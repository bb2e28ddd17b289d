"""Settings shared by every environment.

Only settings read the environment (django-environ). The defaults give the
embedded set-up: SQLite, Celery tasks run eagerly in-process, local media.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False) if (BASE_DIR / ".env").exists() else None

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # Ours, lowest layer first (DESIGN.md §1).
    "core",
    "clusters",
    "courses",
    "training",
    "certificates",
    "reports",
    "cms",
    # Wagtail.
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Answers anonymous visitors from the page cache before routing (core/page_cache.py);
    # after the middleware above so cached answers get their security headers.
    "core.page_cache.PageCacheMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees the outcome of authentication (django-axes docs).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# SQLite (the embedded default) ignores covering columns of indexes; they only speed up
# PostgreSQL (reports/models.py).
SILENCED_SYSTEM_CHECKS = ["models.W040"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "clusters.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out username + address before the others run.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "profile"
LOGOUT_REDIRECT_URL = "/"

# --- Languages (DESIGN.md §7) -------------------------------------------------
# Spanish first. The URL prefix is /es/ and /en/; numbers and dates follow es-MX
# through lms/formats/es (Django's "es" formats use a decimal comma, Mexico does not).
LANGUAGE_CODE = "es"
LANGUAGES = [("es", _("Spanish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["lms.formats"]
TIME_ZONE = "America/Mexico_City"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("es", "Español"), ("en", "English")]

# --- Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail ------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Red de Clústeres Automotrices de México"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# One login flow for the site and the admin, so MFA cannot be bypassed (STACK-NOTES).
WAGTAILADMIN_LOGIN_URL = "admin_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
if DATABASES["default"].get("ENGINE", "").endswith("postgresql"):
    # Spanish stemming without accents (core/migrations/0002_spanish_search_config.py).
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "lms_spanish"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No third-party avatar service: it would send people's email hashes abroad.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Accounts (django-allauth, django-axes) -----------------------------------
ACCOUNT_ADAPTER = "clusters.adapters.AccountAdapter"
# "Signed in as …" shows the person's name (or email), never the generated username.
ACCOUNT_USER_DISPLAY = "clusters.adapters.user_display"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
# The issue asks for a clear message when an address is taken; that reveals which
# addresses have accounts, which we accept for a training portal (closing note of issue 2).
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Red Automotriz] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env("ACCOUNT_DEFAULT_HTTP_PROTOCOL", default="http")
# Wrong passwords are django-axes' job (per username + address, with a cool-off);
# allauth's own per-address limit would lock a whole training room behind one NAT.
# A whole class signs up and logs in together from one address: keep per-address
# limits high enough for a room of 100 people.
ACCOUNT_RATE_LIMITS = {"login_failed": False, "signup": "100/m/ip", "login": "200/m/ip"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Red Automotriz MX"

AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "clusters.adapters.axes_username"
AXES_LOCKOUT_CALLABLE = "clusters.views.lockout"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env.int("AXES_PROXY_COUNT", default=0)
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# --- Email: every message goes through one Celery task (core.tasks) ------------
EMAIL_BACKEND = "core.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env(
    "EMAIL_DELIVERY_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Red Automotriz <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery (DESIGN.md §5) ----------------------------------------------------
# No broker configured: tasks run eagerly in the web process (embedded default).
# Certificates (certificates/keys.py): the RS256 key that signs credentials.
CERTIFICATES_ISSUER_KEY_FILE = env.path(
    "CERTIFICATES_ISSUER_KEY_FILE", default=BASE_DIR / "var" / "issuer-key.pem"
)
CERTIFICATES_PREVIOUS_KEY_FILES = env.list("CERTIFICATES_PREVIOUS_KEY_FILES", default=[])
CERTIFICATES_ISSUER_KEY_AUTOCREATE = False
CERTIFICATES_ISSUER_KEY_BITS = 3072
# Attempts of one certificate closer together than this count once (a racing duplicate).
CERTIFICATES_CLAIM_WINDOW_SECONDS = 5
CERTIFICATES_RETRY_SECONDS = 30
CERTIFICATES_ISSUER_NAME = env(
    "CERTIFICATES_ISSUER_NAME", default="Red de Clústeres Automotrices de México"
)

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
# Redis redelivers a task still unacknowledged after the visibility timeout, so it
# must outlast the hard time limit or a long task runs twice (STACK-NOTES).
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_DEFAULT_QUEUE = "lms"
CELERY_BEAT_SCHEDULE: dict = {}  # filled in lms/celery.py, the one place periodic jobs live
CELERY_TIMEZONE = TIME_ZONE

EMAIL_TASK_MAX_ATTEMPTS = 5

# Days after a cohort's last day when outcomes are decided for cohorts nobody finished
# (training.tasks.finish_ended_cohorts).
TRAINING_FINISH_AFTER_DAYS = env.int("TRAINING_FINISH_AFTER_DAYS", default=14)

CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://lms"),
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        # Wagtail's background tasks (search index, references) log every run at INFO.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
