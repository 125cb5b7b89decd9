"""Reading settings from the environment: every variable is documented where it is read,
and a bad value stops start-up with a clear message instead of falling back silently."""

import base64
import os
from collections.abc import Callable, Iterable

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on", "ja"}
_FALSE = {"0", "false", "no", "off", "nee", ""}


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Environment variable {name} is required.")
    return value


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    lowered = raw.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"Environment variable {name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"Environment variable {name} must be a whole number.") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Secret values that are published — in this repository's settings, tests or docs — and so
# protect nothing. Production refuses each of them. Add a value here when one is published.
PUBLISHED_SECRETS = frozenset(
    {
        # maatwerk/settings/base.py: the development and demo defaults
        "dev-only-not-secret",
        "ZGV2LW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=",
        "dev-only-bsn-hash-key",
        "dev-only-audit-log-key-published-in-the-source-code",
        # tests/core/test_web_hardening.py: the deploy check's stand-in values (older ones)
        "x" * 30 + "-production-secret-for-the-deploy-check-only",
        "ZGVwbG95LWNoZWNrLWtleS0zMi1ieXRlcy1sb25nISE=",
        "deploy-check-hash-key",
        "deploy-check-audit-log-key-of-at-least-32-bytes",
    }
)

# How to make a good secret, quoted in every refusal.
GENERATE_RANDOM = 'python -c "import secrets; print(secrets.token_urlsafe(64))"'
GENERATE_FERNET = (
    'python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"'
)


def fernet_key_problem(key: str) -> str | None:
    """Why `key` is no good Fernet key, or None: it must be urlsafe base64 of 32 bytes, and
    those bytes must look random — base64 of typed text ("dev-only-key…") is not a key."""
    try:
        raw = base64.urlsafe_b64decode(key.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return "is not urlsafe base64"
    if len(raw) != 32 or base64.urlsafe_b64encode(raw).decode() != key:
        return "is not the urlsafe base64 of exactly 32 bytes"
    if all(32 <= byte < 127 for byte in raw):
        return "encodes typed text, not random bytes"
    return None


def check_secret(
    name: str,
    value: str,
    *,
    min_bytes: int,
    generate: str,
    known_bad: Iterable[str] = PUBLISHED_SECRETS,
    problem: Callable[[str], str | None] | None = None,
) -> str:
    """`value` when it can be trusted as the secret `name`; otherwise ImproperlyConfigured
    with the reason and the one-liner that makes a good one."""
    reason = None
    if not value:
        reason = "is required"
    elif value in known_bad:
        reason = "is a published development or test value"
    elif len(value.encode()) < min_bytes:
        reason = f"is too short: at least {min_bytes} bytes, this one has {len(value.encode())}"
    elif len(set(value)) < 8:
        reason = "is too repetitive to be random"
    elif problem is not None:
        reason = problem(value)
    if reason:
        raise ImproperlyConfigured(
            f"Environment variable {name} {reason}. Generate a good one with: {generate}"
        )
    return value


def env_secret(
    name: str,
    *,
    min_bytes: int,
    generate: str = GENERATE_RANDOM,
    known_bad: Iterable[str] = PUBLISHED_SECRETS,
    problem: Callable[[str], str | None] | None = None,
) -> str:
    """A secret from the environment that production can trust: present, not a published
    value, at least `min_bytes` long, and passing `problem` (which returns a reason or None).
    The refusal names the variable and how to generate a good value, never the value."""
    return check_secret(
        name,
        os.environ.get(name, ""),
        min_bytes=min_bytes,
        generate=generate,
        known_bad=known_bad,
        problem=problem,
    )


def env_secret_list(
    name: str,
    *,
    min_bytes: int,
    generate: str = GENERATE_RANDOM,
    known_bad: Iterable[str] = PUBLISHED_SECRETS,
    problem: Callable[[str], str | None] | None = None,
) -> list[str]:
    """`env_secret` for a comma-separated list (keys being rotated): every item is checked."""
    items = env_list(name)
    if not items:
        check_secret(name, "", min_bytes=min_bytes, generate=generate)
    return [
        check_secret(
            f"{name} (key {index})",
            item,
            min_bytes=min_bytes,
            generate=generate,
            known_bad=known_bad,
            problem=problem,
        )
        for index, item in enumerate(items, start=1)
    ]
