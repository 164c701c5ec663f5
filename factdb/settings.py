"""
Settings for factdb, read from the environment.

With nothing set, factdb runs locally on an embedded SQLite file and accepts only
loopback hosts. Setting ``ALLOWED_HOSTS`` marks a production deployment: then
``SECRET_KEY`` must be set too (startup is refused otherwise) and cookies, HSTS and
HTTPS redirects are switched on, so ``manage.py check --deploy`` is clean.

Variables: ``DATABASE_URL``, ``SECRET_KEY``, ``DEBUG``, ``ALLOWED_HOSTS``,
``CSRF_TRUSTED_ORIGINS``, ``SECURE_SSL_REDIRECT``, ``FACTDB_API_ANON_RATE``,
``FACTDB_API_USER_RATE``, ``FACTDB_API_TOKEN_RATE``, ``FACTDB_CLAIM_PAYLOAD_CACHE``,
``FACTDB_FOUR_EYES_PUBLISHING``, ``FACTDB_TRUSTED_PROXIES``, ``FACTDB_LOGIN_FAILURE_LIMIT``,
``FACTDB_LOGIN_COOLOFF_MINUTES``, ``FACTDB_WEBHOOK_ALLOW_PRIVATE``,
``FACTDB_WEBHOOK_MAX_ATTEMPTS``, ``FACTDB_WEBHOOK_BACKOFF_SECONDS``, ``FACTDB_WEBHOOK_TIMEOUT``.
"""

import datetime
import os
import warnings
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    """Read a boolean environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    """Read a comma-separated environment variable as a list."""
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default)


def env_rate(name, default):
    """Read a DRF throttle rate ("120/minute"); "off" (or empty) switches throttling off."""
    value = os.environ.get(name, default).strip()
    return None if value.lower() in {"", "off", "none"} else value


# A deployment is "production" as soon as it names the hosts it serves.
PRODUCTION = bool(os.environ.get("ALLOWED_HOSTS"))

DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Production deployments (ALLOWED_HOSTS is set) "
            "must provide a long random SECRET_KEY in the environment."
        )
    # Local use only: loopback hosts, never exposed.
    SECRET_KEY = "factdb-local-development-key-not-for-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "django_tasks_db",
    "factdb",
    "sources",
    "claims",
    "benchmarks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into factdb.lockout's 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factdb.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # {{ csp_nonce }} for the few inline scripts (the API docs' ReDoc page).
                "django.template.context_processors.csp",
            ],
        },
    },
]

WSGI_APPLICATION = "factdb.wsgi.application"

# --- Database -------------------------------------------------------------------------
# SQLite by default; PostgreSQL (psycopg 3) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one editor writes; IMMEDIATE transactions plus a
    # busy timeout make a second writer wait for the lock instead of failing with
    # "database is locked".
    # Keep each worker's connection open: opening one per request costs more than a
    # small API request itself (the PRAGMAs below, and a cold page cache every time).
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "600"))
    DATABASES["default"].pop("CONN_HEALTH_CHECKS", None)
    DATABASES["default"]["OPTIONS"] = {
        # A 64 MB page cache and memory-mapped reads keep an API page's claims, chains
        # and speakers in memory between requests (the default cache is 2 MB).
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Who is asking: client addresses and sign-in lockout -----------------------------------
# How many reverse proxies stand in front of factdb and append to X-Forwarded-For. 0 (the
# default): none, the client is the connection's address and X-Forwarded-For is ignored
# (anyone can write it). Behind one proxy (nginx, a load balancer), set 1. Throttles and the
# sign-in lockout both identify clients this way (factdb.client_ip).
FACTDB_TRUSTED_PROXIES = int(os.environ.get("FACTDB_TRUSTED_PROXIES", "0"))
if FACTDB_TRUSTED_PROXIES < 0:
    raise ImproperlyConfigured("FACTDB_TRUSTED_PROXIES is a number of proxies: 0 or more.")

# django-axes: after this many wrong passwords for one username from one address, that
# pair is locked out for the cool-off (the admin's sign-in and the API's token endpoint).
AUTHENTICATION_BACKENDS = [
    "factdb.lockout.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("FACTDB_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("FACTDB_LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "factdb.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "factdb.lockout.lockout_response"
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files (served by the app itself through WhiteNoise) ------------------------
STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Locally (no ALLOWED_HOSTS) WhiteNoise serves the apps' static files straight from their
# directories, so `setup_demo && runserver` gives a styled admin and working API docs with
# DEBUG off and nothing collected. Deployments serve what `collectstatic` wrote to
# STATIC_ROOT (hashed names, compressed), and nothing else.
WHITENOISE_USE_FINDERS = not PRODUCTION
if not PRODUCTION:
    # WhiteNoise warns when STATIC_ROOT does not exist; locally that is the normal case.
    warnings.filterwarnings("ignore", message="No directory at: ", category=UserWarning)

LOGIN_URL = "admin:login"

# --- REST API ---------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_VERSIONING_CLASS": "rest_framework.versioning.URLPathVersioning",
    "DEFAULT_VERSION": "v1",
    "ALLOWED_VERSIONS": ["v1"],
    # Token first, so a request without credentials gets 401 with WWW-Authenticate: Token.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "factdb.api.pagination.KeysetPagination",
    # DRF's JSON parser, with 400 for JSON nested too deeply; form parsers as DRF's defaults.
    "DEFAULT_PARSER_CLASSES": [
        "factdb.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "factdb.api.renderers.ORJSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # An unknown ?format= is a 400 listing the endpoint's formats, not DRF's 404.
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "factdb.api.negotiation.FormatListingNegotiation",
    # Throttles key anonymous clients on the address the trusted proxies saw (factdb.client_ip).
    "NUM_PROXIES": FACTDB_TRUSTED_PROXIES,
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_rate("FACTDB_API_ANON_RATE", "120/minute"),
        "user": env_rate("FACTDB_API_USER_RATE", "1200/minute"),
        # POST /api/v1/auth/token/ per client address: password guessing stays slow.
        "token": env_rate("FACTDB_API_TOKEN_RATE", "10/minute"),
    },
}

SPECTACULAR_SETTINGS = {
    "TITLE": "factdb API",
    "DESCRIPTION": (
        "Figure claims, who said them, where they were published, and what fact-checkers concluded. "
        "Anyone may read published claims and what they link to; drafts and claims in review need a token "
        "or a session of a user who may view claims. Authenticate with `Authorization: Token <key>` "
        "(POST username and password to /api/v1/auth/token/ to get one). Lists are paged with cursors: "
        "follow `next`."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "ENUM_NAME_OVERRIDES": {
        "RatingEnum": "claims.models.review.Rating",
        "ClaimStatusEnum": "claims.models.claim.ClaimStatus",
        "ReviewStatusEnum": "claims.models.review.ReviewStatus",
        "QualifierEnum": "claims.figures.Qualifier",
        "RoleEnum": "claims.models.attribution.Role",
        "VerbEnum": "claims.models.attribution.Verb",
    },
}

# --- History ----------------------------------------------------------------------------
SIMPLE_HISTORY_REVERT_DISABLED = False

# --- Content-Security-Policy (Django's own middleware) ----------------------------------------
# Scripts only from factdb itself, or inline with the response's nonce; no plugins, no other
# origins, no framing. Styles may be inline (the admin's widgets, select2 and the SVG charts
# set style attributes); that is far less dangerous than inline script. ReDoc runs its search
# in a worker made from a blob: URL. The metric chart's SVG file sets a stricter policy of its own.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "worker-src": [CSP.SELF, "blob:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# --- Production hardening -----------------------------------------------------------------
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# How many claim payloads each SQLite connection keeps for the API until the database
# changes (claims.api.payload_cache); 0 turns the cache off. Not used on PostgreSQL.
FACTDB_CLAIM_PAYLOAD_CACHE = int(os.environ.get("FACTDB_CLAIM_PAYLOAD_CACHE", "5000"))

# --- Workflow ---------------------------------------------------------------------------
# Four-eyes publishing: nobody publishes a claim they were the last to edit (its history
# says who); another reviewer must. Off by default.
FACTDB_FOUR_EYES_PUBLISHING = env_bool("FACTDB_FOUR_EYES_PUBLISHING", default=False)

# --- Claim sheets and ClaimReview ----------------------------------------------------------
# Who publishes our own reviews in ClaimReview JSON-LD (schema.org ``author``).
FACTDB_PUBLISHER_NAME = os.environ.get("FACTDB_PUBLISHER_NAME", "factdb")
FACTDB_PUBLISHER_URL = os.environ.get("FACTDB_PUBLISHER_URL", "")

# --- Background tasks and webhooks ------------------------------------------------------
# Django's tasks framework with django-tasks-db's database backend: a task is a row in the
# same database (SQLite or PostgreSQL), so nothing else has to run but its worker,
# ``manage.py db_worker`` (docs/webhooks.md, docs/operations.md).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Webhook deliveries: tries per delivery, and the first retry's wait in seconds (each
# next one waits five times longer: 60 s, 5 min, 25 min, ~2 h, ...).
FACTDB_WEBHOOK_MAX_ATTEMPTS = int(os.environ.get("FACTDB_WEBHOOK_MAX_ATTEMPTS", "6"))
FACTDB_WEBHOOK_BACKOFF_SECONDS = float(os.environ.get("FACTDB_WEBHOOK_BACKOFF_SECONDS", "60"))
# Seconds to connect and to read the receiver's answer (a slow receiver ties up a worker).
FACTDB_WEBHOOK_TIMEOUT = float(os.environ.get("FACTDB_WEBHOOK_TIMEOUT", "5"))
# Receivers on loopback, private or link-local addresses are refused unless this is on
# (a subscription must not make the server probe its own network); on for local demos.
FACTDB_WEBHOOK_ALLOW_PRIVATE = env_bool("FACTDB_WEBHOOK_ALLOW_PRIVATE", default=not PRODUCTION)
