"""The test suite: fast password hashing, an in-memory SQLite database unless DATABASE_URL
points at PostgreSQL (the suite runs a second time that way)."""

import os

os.environ.setdefault("DATABASE_URL", "sqlite://:memory:")
# Most tests sign in with force_login; the two-factor tests switch it on themselves.
os.environ.setdefault("REQUIRE_2FA", "false")

from .base import *

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATABASES["default"]["CONN_MAX_AGE"] = 0
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# A test database per test process, so two runs on one PostgreSQL server never collide.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["TEST"] = {"NAME": f"test_maatwerk_{os.getpid()}"}

# Everything down to DEBUG reaches the loggers (the suite checks it for personal data); only
# warnings and worse are printed.
LOGGING["root"]["level"] = "DEBUG"
LOGGING["handlers"]["console"]["level"] = "WARNING"
