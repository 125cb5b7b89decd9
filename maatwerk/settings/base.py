"""Settings shared by every environment. Environment-specific files (dev, test, production)
import this module and override only what differs."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# SECRET_KEY: signs sessions and CSRF tokens. Required in production.
SECRET_KEY = env_str("SECRET_KEY", "dev-only-not-secret")
# DEBUG: detailed error pages; never on in production.
DEBUG = env_bool("DEBUG", False)
# DJANGO_DEBUG_PAGES: with DEBUG on, show Django's debug pages (traceback, URL list) instead of
# the product's Dutch 404 and 500 pages. For a developer chasing a bug; the demo leaves it off.
DEBUG_ERROR_PAGES = env_bool("DJANGO_DEBUG_PAGES", False)
# ALLOWED_HOSTS: comma-separated host names this instance answers to.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
# CSRF_TRUSTED_ORIGINS: comma-separated origins (https://maatwerk.gemeente.nl) behind a proxy.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# DATABASE_URL: postgres://user:pass@host:5432/name; SQLite file in var/ when unset.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # JIT compilation costs ~200 ms on the first big-looking plan of a connection and saves
    # nothing on these short queries. Parallel workers neither: starting them costs 10-20 ms
    # before the first row, more than the page queries take on their own, and under load the
    # cores they would use are busy serving other requests.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c jit=off -c max_parallel_workers_per_gather=0"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# E-mail for reminders (`manage.py run_due_tasks`). EMAIL_HOST: the SMTP relay; without it no
# e-mail is sent and reminders stay in-app only. EMAIL_PORT (587), EMAIL_HOST_USER,
# EMAIL_HOST_PASSWORD, EMAIL_USE_TLS (on), DEFAULT_FROM_EMAIL: as Django names them.
# EMAIL_BACKEND: Django's mail backend (SMTP by default); EMAIL_FILE_PATH for the file backend.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
EMAIL_HOST = env_str("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "maatwerk@localhost")
# REMINDER_EMAIL: send reminder e-mails (on when EMAIL_HOST is set).
REMINDER_EMAIL = env_bool("REMINDER_EMAIL", bool(EMAIL_HOST))
# SITE_URL: the address users open (https://maatwerk.gemeente.nl), for links in e-mails.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

# FIELD_ENCRYPTION_KEYS: comma-separated Fernet keys for data encrypted at rest (the BSN).
# The first key encrypts; all keys decrypt, so a key can be rotated without downtime.
FIELD_ENCRYPTION_KEYS = env_list(
    "FIELD_ENCRYPTION_KEYS", "ZGV2LW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE="
)
# BSN_HASH_KEY: secret for the keyed hash that lets a BSN be found without decrypting.
BSN_HASH_KEY = env_str("BSN_HASH_KEY", "dev-only-bsn-hash-key")

# Access log (NEN 7513). AUDIT_LOG_KEY: secret for the keyed hash chain (HMAC-SHA256) of the
# access log; without it nobody can recompute a row's hash after changing it. At least 32
# bytes; make one with `python -c "import secrets; print(secrets.token_urlsafe(48))"`. Keep it
# outside the database and its back-ups. The default below is published (development and
# tests only); production refuses it.
_AUDIT_LOG_DEVELOPMENT_KEY = "dev-only-audit-log-key-published-in-the-source-code"
AUDIT_LOG_KEY = env_str("AUDIT_LOG_KEY", _AUDIT_LOG_DEVELOPMENT_KEY)
# AUDIT_LOG_PREVIOUS_KEYS: comma-separated keys that signed older rows, kept after a rotation
# so `verify_audit` can still check them; new rows always use AUDIT_LOG_KEY.
AUDIT_LOG_PREVIOUS_KEYS = env_list("AUDIT_LOG_PREVIOUS_KEYS")
# AUDIT_ANCHOR_DIR: where `anchor_audit` appends its signed digests of the log's head, one JSON
# line per run. Put it outside the database's reach (another disk, an append-only mount).
AUDIT_ANCHOR_DIR = env_str("AUDIT_ANCHOR_DIR", str(BASE_DIR / "var" / "audit-anchors"))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "rules.apps.AutodiscoverRulesConfig",
    "auditlog",
    "django_htmx",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "maatwerk.core",
    "maatwerk.accounts",
    "maatwerk.cases",
    "maatwerk.audit",
    "maatwerk.api",
    "maatwerk.demo",
    "maatwerk.privacy",
    "maatwerk.retention",
    "maatwerk.fund",
    "maatwerk.route",
    "maatwerk.vraagbaak",
    "maatwerk.register",
    "maatwerk.insights",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "maatwerk.errors.DevErrorPagesMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "maatwerk.accounts.middleware.SessionLifetimeMiddleware",
    "maatwerk.accounts.middleware.RequireTwoFactorMiddleware",
    "maatwerk.accounts.middleware.PolicyMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
    "maatwerk.core.middleware.NoStoreMiddleware",
    # Last, as django-axes asks: it turns a lock-out into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out account is refused before its password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

ROOT_URLCONF = "maatwerk.urls"
WSGI_APPLICATION = "maatwerk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "maatwerk" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "maatwerk.accounts.context_processors.role",
            ],
        },
    }
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("Engels"))]
LOCALE_PATHS = [BASE_DIR / "maatwerk" / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "maatwerk" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# REQUIRE_2FA: every role that can see personal data logs in with a TOTP code. Only the local
# demo may switch it off; production settings refuse to start without it.
MAATWERK_REQUIRE_2FA = env_bool("REQUIRE_2FA", True)
OTP_TOTP_ISSUER = "Maatwerk"

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed attempts for one user name
# from one address, that combination is locked for AXES_COOLOFF_MINUTES. Attempts are logged.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # axes' own log lines would carry the user name; ours carry ids only
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # a permanent record of every failed attempt
# Over-long user names are cut to axes' column width, so they fail as a normal sign-in error.
AXES_USERNAME_CALLABLE = "maatwerk.accounts.lockout.username_for_lockout"

# SESSION_ABSOLUTE_HOURS: a session ends this long after log-in, however active.
SESSION_ABSOLUTE_HOURS = env_int("SESSION_ABSOLUTE_HOURS", 10)
# SESSION_IDLE_MINUTES: a session ends after this many minutes without a request.
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_MINUTES", 15) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "maatwerk.api.authentication.VerifiedSessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "maatwerk.api.schema.ApiAutoSchema",
    "DEFAULT_PARSER_CLASSES": [
        "maatwerk.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "maatwerk.api.pagination.Pagination",
    # JSON only: the browsable API is a developer's tool (see dev.py), not for production.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "PAGE_SIZE": 25,
    "EXCEPTION_HANDLER": "maatwerk.api.exceptions.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Maatwerk API",
    "DESCRIPTION": _("Casusdossiers voor maatwerk bij huishoudens met meervoudige problematiek."),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Serve Redoc from our own static files: no third-party origin in the CSP.
    "REDOC_DIST": "SIDECAR",
    # The route's choice sets appear under several field names: one component name each.
    "ENUM_NAME_OVERRIDES": {
        "AgendaOutcomeEnum": "maatwerk.route.models.Outcome",
        "DecisionOutcomeEnum": "maatwerk.route.models.DecisionOutcome",
        "MandateLevelEnum": "maatwerk.route.models.MandateLevel",
        "PhaseEnum": "maatwerk.route.workflow.Phase",
        "EscalationStatusEnum": "maatwerk.route.models.EscalationStatus",
        "CaseStatusEnum": "maatwerk.cases.workflow.CaseStatus",
        "GoalStatusEnum": "maatwerk.route.models.GoalStatus",
        "LifeDomainEnum": "maatwerk.cases.domains.LifeDomain",
        "ChangeEnum": "maatwerk.route.models.Change",
        "YesNoUnknownEnum": "maatwerk.route.models.YesNoUnknown",
        "PayerKindEnum": "maatwerk.fund.models.PayerKind",
        "ScenarioKindEnum": "maatwerk.fund.models.ScenarioKind",
        "UnitEnum": "maatwerk.fund.models.Unit",
        "EntryKindEnum": "maatwerk.fund.models.EntryKind",
        "MoneySourceEnum": "maatwerk.fund.models.MoneySource",
        "TopUpSourceEnum": "maatwerk.fund.models.TopUpSource",
        "AuthorityStatusEnum": "maatwerk.register.models.Authority.Status",
        "PartnerRequestStatusEnum": "maatwerk.register.models.PartnerRequest.Status",
    },
    "TAGS": [
        {"name": _("Casussen"), "description": _("Casusdossiers en hun statuswijzigingen.")},
        {"name": _("Huishoudens"), "description": _("Het adres en wie er wonen.")},
        {"name": _("Gezinsleden"), "description": _("De mensen in een huishouden.")},
        {"name": _("Knelpunten"), "description": _("Regels die een oplossing in de weg staan.")},
        {"name": _("Organisaties"), "description": _("De lijst van organisaties.")},
        {"name": _("Route"), "description": _("Waar een casus staat op de maatwerkroute.")},
        {
            "name": _("Vraagbaak"),
            "description": _("Geanonimiseerde precedenten, gezocht in eigen woorden."),
        },
        {
            "name": _("Rapportage"),
            "description": _(
                "De kwartaalrapportage (kleine aantallen afgeschermd) en de signalen aan beleid."
            ),
        },
        {
            "name": _("Casusoverleg"),
            "description": _("Agendapunten van het wekelijkse casusoverleg en hun uitkomst."),
        },
        {
            "name": _("Maatwerkcanvas"),
            "description": _("Het canvas van een casus; elke opgeslagen versie blijft bewaard."),
        },
        {
            "name": _("Voorstellen"),
            "description": _("Voorstellen met de Waardendriehoek, advies en consultatie."),
        },
        {
            "name": _("Besluiten"),
            "description": _("Besluiten op mandaat; nooit gewijzigd, alleen vervangen."),
        },
        {
            "name": _("Meldingen"),
            "description": _("De eigen herinneringen aan termijnen van wie is ingelogd."),
        },
        {
            "name": _("Escalatie"),
            "description": _(
                "De escalatieladder per soort knelpunt, de overlegtafel en de landelijke "
                "escalatie (Landelijk Maatwerkloket, LET)."
            ),
        },
        {
            "name": _("Time-out"),
            "description": _("Opgeschorte besluiten of invorderingen die het bestaan bedreigen."),
        },
        {
            "name": _("Plan en monitoring"),
            "description": _(
                "Het plan (1Gezin1Plan), de monitoringsmomenten, de evaluatie en de termijnen."
            ),
        },
        {
            "name": _("Fondsen"),
            "description": _(
                "Het maatwerkfonds en de stelposten: stand, boekingen (nooit gewijzigd, alleen "
                "gecorrigeerd) en voorfinanciering."
            ),
        },
        {"name": _("Kengetallen"), "description": _("De kostencatalogus met bronnen.")},
        {
            "name": _("Kassabonnen"),
            "description": _("Kosten met en zonder de maatwerkoplossing, per casus."),
        },
        {
            "name": _("Verrekening"),
            "description": _("Verrekenoverzichten voor partners waar de baten landen."),
        },
        {
            "name": _("Maatwerkregister"),
            "description": _(
                "Organisaties en contactpersonen (landelijke uitvoeringsorganisaties en lokale "
                "partners) en de bevoegdhedenkaart: wie per regel kan afwijken."
            ),
        },
        {
            "name": _("Verzoeken aan partners"),
            "description": _(
                "Vragen vanuit een casus aan een contactpersoon, binnen 2 werkdagen beantwoord; "
                "alleen met toestemming van het huishouden om informatie te delen."
            ),
        },
    ],
}

AUDITLOG_INCLUDE_ALL_MODELS = False

# LOG_LEVEL: level of the structured (JSON) application log written to standard output.
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(message)s"}},
    # A refused request (4xx) is logged as one line; only a server error carries a traceback.
    "filters": {
        "no_client_error_traceback": {"()": "maatwerk.core.logging.NoClientErrorTraceback"}
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["no_client_error_traceback"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own default handler for "django" prints tracebacks of refusals when DEBUG
        # is on; without it everything goes through the filtered console handler above.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.db.backends": {"level": "WARNING"},
    },
}

FORM_RENDERER = "maatwerk.core.renderers.NLDesignRenderer"

# Content-Security-Policy: no inline script, no third-party origins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Optional single sign-on (OpenID Connect). Set OIDC_RP_CLIENT_ID to switch it on; the other
# OIDC_* variables then describe the identity provider.
OIDC_RP_CLIENT_ID = env_str("OIDC_RP_CLIENT_ID", "")
if OIDC_RP_CLIENT_ID:
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.insert(1, "maatwerk.accounts.oidc.MaatwerkOIDCBackend")
    OIDC_RP_CLIENT_SECRET = env_str("OIDC_RP_CLIENT_SECRET")
    OIDC_OP_AUTHORIZATION_ENDPOINT = env_str("OIDC_OP_AUTHORIZATION_ENDPOINT")
    OIDC_OP_TOKEN_ENDPOINT = env_str("OIDC_OP_TOKEN_ENDPOINT")
    OIDC_OP_USER_ENDPOINT = env_str("OIDC_OP_USER_ENDPOINT")
    OIDC_OP_JWKS_ENDPOINT = env_str("OIDC_OP_JWKS_ENDPOINT", "")
    OIDC_RP_SIGN_ALGO = env_str("OIDC_RP_SIGN_ALGO", "RS256")
    OIDC_RP_SCOPES = "openid email profile"
    OIDC_CREATE_USER = False
    LOGIN_REDIRECT_URL_FAILURE = "/inloggen/"
# OIDC_IDP_ENFORCES_MFA: the identity provider already requires a second factor.
OIDC_IDP_ENFORCES_MFA = env_bool("OIDC_IDP_ENFORCES_MFA", False)
