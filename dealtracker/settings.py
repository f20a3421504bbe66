"""Dealtracker settings: one file, driven by the environment, with working defaults.

With nothing set this is the embedded default (SQLite, tasks run in-process, local memory
cache, DEBUG on). `DATABASE_URL=postgres://…` and `REDIS_URL=redis://…` make it the production
setup; `DEBUG=False` then also demands a real `SECRET_KEY`.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name: str, default: str) -> bool:
    value = os.environ.get(name, default)
    if value not in ("True", "False", "true", "false", "1", "0"):
        raise ImproperlyConfigured(f"{name} must be True or False, got {value!r}")
    return value in ("True", "true", "1")


def envint(name: str, default: str) -> int:
    value = os.environ.get(name, default)
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from exc


def envsecret(name: str, default: str = "") -> str:
    """Read NAME, or the file named by NAME_FILE (Docker and systemd credentials)."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text().strip()
    return os.environ.get(name, default)


DEVELOPMENT_SECRET_KEY = "dealtracker-development-key-never-use-in-production"

DEBUG = envbool("DEBUG", "True")
SECRET_KEY = envsecret("SECRET_KEY", DEVELOPMENT_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is the development key while DEBUG is off: set SECRET_KEY (or SECRET_KEY_FILE)."
    )

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if DEBUG:
    ALLOWED_HOSTS += ["localhost", "127.0.0.1", "[::1]", "testserver"]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.syndication",
    "django_htmx",
    "simple_history",
    "dealtracker.deals",
    "dealtracker.ingest",
    "dealtracker.dashboard",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "dealtracker.urls"
WSGI_APPLICATION = "dealtracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=envint("CONN_MAX_AGE", "0")
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions and a busy timeout keep the in-process worker and the web
    # server from failing with "database is locked" when they write at the same time.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "dealtracker")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Celery: Redis as broker when REDIS_URL is set; otherwise tasks run in-process.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", "False" if REDIS_URL else "True")
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_TASK_DEFAULT_QUEUE", "dealtracker")
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", "120")
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", "180")
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Static files are served by whitenoise from STATIC_ROOT (after collectstatic) in production,
# and straight from the source folders when DEBUG is on, so `make run` needs no collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "admin:login"

# Analysts read the dashboard without an account unless this is switched on.
DASHBOARD_REQUIRE_LOGIN = envbool("DASHBOARD_REQUIRE_LOGIN", "False")

CLASSIFIER_MODEL_DIR = Path(os.environ.get("CLASSIFIER_MODEL_DIR", BASE_DIR / "var" / "models"))

if not DEBUG:
    SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", "True")
    CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", "True")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# Dashboard
# plotly.min.js is served straight from the installed Python `plotly` package (under
# static/vendor/plotly/), so the JavaScript never drifts from the version the figures are built
# with. The world topojson it needs lives in static/vendor/topojson/ (scripts/vendor_topojson.sh).
# WhiteNoise serves from the finders while DEBUG is on (its default), from STATIC_ROOT otherwise.
import plotly as _plotly  # noqa: E402

STATICFILES_DIRS += [("vendor/plotly", Path(_plotly.__file__).resolve().parent / "package_data")]
# Django 6's CSP: scripts only from our own host (htmx, plotly.min.js, charts.js, the admin's
# nonce'd scripts); no 'unsafe-eval' because the charts use SVG traces only. plotly.js writes
# <style> elements and style attributes as it draws, so styles need 'unsafe-inline'.
from django.utils.csp import CSP  # noqa: E402

MIDDLEWARE += ["django.middleware.csp.ContentSecurityPolicyMiddleware"]
TEMPLATES[0]["OPTIONS"]["context_processors"] += ["django.template.context_processors.csp"]
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
DASHBOARD_PAGE_SIZE = envint("DASHBOARD_PAGE_SIZE", "25")

# Ingestion
# Loopback, private and link-local addresses are refused unless this is on (tests need loopback).
DEALTRACKER_ALLOW_PRIVATE_URLS = envbool("DEALTRACKER_ALLOW_PRIVATE_URLS", "False")
INGEST_USER_AGENT = os.environ.get(
    "INGEST_USER_AGENT",
    "DealtrackerBot/0.1 (+https://github.com/dealtracker/dealtracker; news monitoring)",
)
INGEST_CONNECT_TIMEOUT = float(os.environ.get("INGEST_CONNECT_TIMEOUT", "5"))
INGEST_READ_TIMEOUT = float(os.environ.get("INGEST_READ_TIMEOUT", "15"))
INGEST_TOTAL_TIMEOUT = float(os.environ.get("INGEST_TOTAL_TIMEOUT", "60"))
INGEST_MAX_BYTES = envint("INGEST_MAX_BYTES", "5000000")
INGEST_FETCH_RETRIES = envint("INGEST_FETCH_RETRIES", "2")
INGEST_FETCH_BACKOFF_SECONDS = float(os.environ.get("INGEST_FETCH_BACKOFF_SECONDS", "0.5"))
INGEST_POLITENESS_DELAY = float(os.environ.get("INGEST_POLITENESS_DELAY", "1.0"))
INGEST_RESPECT_ROBOTS = envbool("INGEST_RESPECT_ROBOTS", "True")
INGEST_GDELT_ENDPOINT = os.environ.get(
    "INGEST_GDELT_ENDPOINT", "https://api.gdeltproject.org/api/v2/doc/doc"
)
INGEST_NEAR_DUPLICATE_SIMILARITY = float(os.environ.get("INGEST_NEAR_DUPLICATE_SIMILARITY", "0.7"))
INGEST_MATCH_WINDOW_DAYS = envint("INGEST_MATCH_WINDOW_DAYS", "365")
INGEST_STUCK_AFTER_MINUTES = envint("INGEST_STUCK_AFTER_MINUTES", "15")
# Worker retries of a transient fetch failure: up to this many, waiting ~30 s, 60 s, 120 s…
INGEST_TASK_MAX_RETRIES = envint("INGEST_TASK_MAX_RETRIES", "4")
INGEST_TASK_RETRY_BACKOFF_SECONDS = float(os.environ.get("INGEST_TASK_RETRY_BACKOFF_SECONDS", "30"))
