"""Production refuses a secret that protects nothing: missing, published in this repository
(the development defaults, the tests' stand-ins), too short for its purpose, or — for the
BSN encryption keys — not a real Fernet key. The refusal names the variable and the exact
command that makes a good value, never the value itself."""

import base64
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from maatwerk.settings.env import (
    GENERATE_FERNET,
    GENERATE_RANDOM,
    PUBLISHED_SECRETS,
    fernet_key_problem,
)

ROOT = Path(__file__).resolve().parent.parent.parent
DEV_FERNET_KEY = "ZGV2LW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE="


def good_production_env(**overrides: str) -> dict[str, str]:
    """An environment the production settings accept, with fresh random secrets."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE", "REQUIRE_2FA", "DEBUG", "OIDC_"))
        and k not in ("SECRET_KEY", "FIELD_ENCRYPTION_KEYS", "BSN_HASH_KEY", "AUDIT_LOG_KEY")
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "maatwerk.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": "sqlite:////tmp/maatwerk-secrets-check.sqlite3",
        "ALLOWED_HOSTS": "maatwerk.gemeente.example",
        "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "BSN_HASH_KEY": secrets.token_urlsafe(48),
        "AUDIT_LOG_KEY": secrets.token_urlsafe(48),
    }
    return env | overrides


def _load_settings(env: dict[str, str], module: str = "maatwerk.settings.production"):
    code = f"import {module} as s; print(len(s.FIELD_ENCRYPTION_KEYS))"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_starts_with_freshly_generated_secrets():
    second = Fernet.generate_key().decode()
    env = good_production_env()
    env["FIELD_ENCRYPTION_KEYS"] += f",{second}"

    result = _load_settings(env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"


BAD = [
    ("FIELD_ENCRYPTION_KEYS", DEV_FERNET_KEY, "published", GENERATE_FERNET),
    ("FIELD_ENCRYPTION_KEYS", "geen-sleutel-maar-wel-lang-genoeg-voor-de-lengte!", "base64", None),
    (
        "FIELD_ENCRYPTION_KEYS",
        base64.urlsafe_b64encode(os.urandom(33)).decode(),
        "32 bytes",
        None,
    ),
    (
        "FIELD_ENCRYPTION_KEYS",
        base64.urlsafe_b64encode(b"onze-eigen-sleutel-van-32-tekens").decode(),
        "typed text",
        None,
    ),
    ("FIELD_ENCRYPTION_KEYS", "", "required", None),
    ("BSN_HASH_KEY", "abc", "too short", GENERATE_RANDOM),
    ("BSN_HASH_KEY", "dev-only-bsn-hash-key", "published", None),
    ("BSN_HASH_KEY", "a" * 64, "repetitive", None),
    ("BSN_HASH_KEY", "", "required", None),
    ("SECRET_KEY", "dev-only-not-secret", "published", None),
    ("SECRET_KEY", secrets.token_urlsafe(20), "too short", None),
    ("SECRET_KEY", "", "required", None),
]


@pytest.mark.parametrize(
    ("name", "value", "reason", "command"),
    BAD,
    ids=[f"{name}-{reason}" for name, _, reason, _ in BAD],
)
def test_production_refuses_a_secret_that_protects_nothing(name, value, reason, command):
    result = _load_settings(good_production_env(**{name: value}))

    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert "ImproperlyConfigured" in last_line and name in last_line
    assert reason in last_line
    assert (command or (GENERATE_FERNET if "ENCRYPTION" in name else GENERATE_RANDOM)) in last_line
    if value:
        assert value not in result.stderr  # a refused secret is not printed


def test_a_published_key_among_rotated_keys_is_refused_too():
    keys = f"{Fernet.generate_key().decode()},{DEV_FERNET_KEY}"

    result = _load_settings(good_production_env(FIELD_ENCRYPTION_KEYS=keys))

    assert result.returncode != 0
    assert "FIELD_ENCRYPTION_KEYS (key 2) is a published" in result.stderr


def test_every_development_default_is_on_the_published_list():
    """A new or changed default in base.py must be added to PUBLISHED_SECRETS."""
    env = {
        k: v
        for k, v in good_production_env().items()
        if k not in ("SECRET_KEY", "FIELD_ENCRYPTION_KEYS", "BSN_HASH_KEY", "AUDIT_LOG_KEY")
    }
    code = (
        "import maatwerk.settings.base as s; "
        "print(s.SECRET_KEY); print(s.BSN_HASH_KEY); print(s.AUDIT_LOG_KEY); "
        "print(*s.FIELD_ENCRYPTION_KEYS, sep='\\n')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    defaults = result.stdout.split()
    assert len(defaults) >= 3
    assert set(defaults) <= PUBLISHED_SECRETS


@pytest.mark.parametrize(
    ("command", "check"),
    [
        (GENERATE_FERNET, fernet_key_problem),
        (GENERATE_RANDOM, lambda value: None if len(value) >= 50 else "too short"),
    ],
    ids=["fernet", "random"],
)
def test_the_advertised_command_makes_a_value_production_accepts(command, check):
    code = command.removeprefix('python -c "').removesuffix('"')

    value = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    ).stdout.strip()

    assert check(value) is None
