"""Production: every secret from the environment, no insecure fallback. Start-up fails loudly
when something required is missing or unsafe."""

import os

from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_int, env_str

for _required in (
    "SECRET_KEY",
    "DATABASE_URL",
    "ALLOWED_HOSTS",
    "FIELD_ENCRYPTION_KEYS",
    "BSN_HASH_KEY",
):
    if not os.environ.get(_required):
        raise ImproperlyConfigured(f"Environment variable {_required} is required in production.")

from .base import *

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production.")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters in production.")
if not MAATWERK_REQUIRE_2FA:
    raise ImproperlyConfigured("REQUIRE_2FA cannot be switched off in production.")

STATIC_ROOT = env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles"))

# Behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# SECURE_SSL_REDIRECT: redirect plain HTTP to HTTPS (switch off only if the proxy does it).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# SECURE_HSTS_SECONDS: how long browsers must use HTTPS only (default one year).
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Access log key (NEN 7513): required, long enough, and not the published development key.
from .base import _AUDIT_LOG_DEVELOPMENT_KEY

if not os.environ.get("AUDIT_LOG_KEY"):
    raise ImproperlyConfigured(
        "Environment variable AUDIT_LOG_KEY is required in production. Make one with: "
        'python -c "import secrets; print(secrets.token_urlsafe(48))"'
    )
if len(AUDIT_LOG_KEY.encode()) < 32 or AUDIT_LOG_KEY == _AUDIT_LOG_DEVELOPMENT_KEY:
    raise ImproperlyConfigured(
        "AUDIT_LOG_KEY must be a secret of at least 32 bytes, not the development key. Make "
        'one with: python -c "import secrets; print(secrets.token_urlsafe(48))"'
    )
