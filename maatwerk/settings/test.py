"""The test suite: fast password hashing, an in-memory SQLite database unless DATABASE_URL
points at PostgreSQL (the suite runs a second time that way)."""

import os
import tempfile

os.environ.setdefault("DATABASE_URL", "sqlite://:memory:")
# Most tests sign in with force_login; the two-factor tests switch it on themselves.
os.environ.setdefault("REQUIRE_2FA", "false")
# Anchors of the access log go to a scratch directory, never into the working tree.
os.environ.setdefault("AUDIT_ANCHOR_DIR", tempfile.mkdtemp(prefix="maatwerk-anchors-"))

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
# TEST_DATABASE_NAME: run two suites against one PostgreSQL server side by side.
if os.environ.get("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}

# Everything down to DEBUG reaches the loggers (the suite checks it for personal data); only
# warnings and worse are printed.
LOGGING["root"]["level"] = "DEBUG"
LOGGING["handlers"]["console"]["level"] = "WARNING"
