"""Production: every secret from the environment, no insecure fallback. Start-up fails loudly
when something required is missing or unsafe."""

import os

from django.core.exceptions import ImproperlyConfigured

from .env import (
    GENERATE_FERNET,
    env_bool,
    env_int,
    env_secret,
    env_secret_list,
    env_str,
    fernet_key_problem,
)

for _required in ("DATABASE_URL", "ALLOWED_HOSTS"):
    if not os.environ.get(_required):
        raise ImproperlyConfigured(f"Environment variable {_required} is required in production.")

from .base import *

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production.")

# Secrets with a development default in base.py: each must come from the environment, must
# not be a value published in this repository (settings, tests, docs), and must be long
# enough for its purpose. The refusal says how to generate a good one.
# SECRET_KEY: signs sessions and CSRF tokens; at least 50 characters.
SECRET_KEY = env_secret("SECRET_KEY", min_bytes=50)
# FIELD_ENCRYPTION_KEYS: each a Fernet key, the urlsafe base64 of 32 random bytes.
FIELD_ENCRYPTION_KEYS = env_secret_list(
    "FIELD_ENCRYPTION_KEYS", min_bytes=44, generate=GENERATE_FERNET, problem=fernet_key_problem
)
# BSN_HASH_KEY: the HMAC key of the BSN search hash; at least 32 bytes (SHA-256's size).
BSN_HASH_KEY = env_secret("BSN_HASH_KEY", min_bytes=32)
# AUDIT_LOG_KEY: the HMAC key of the access log's chain (NEN 7513); at least 32 bytes.
AUDIT_LOG_KEY = env_secret("AUDIT_LOG_KEY", min_bytes=32)
if OIDC_RP_CLIENT_ID and not OIDC_RP_CLIENT_SECRET:
    raise ImproperlyConfigured("OIDC_RP_CLIENT_SECRET is required when OIDC_RP_CLIENT_ID is set.")
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
