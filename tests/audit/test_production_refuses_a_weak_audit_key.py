"""Production does not start without a proper AUDIT_LOG_KEY: missing, too short, or the
development key published in the source code."""

import pytest

from maatwerk.settings.base import _AUDIT_LOG_DEVELOPMENT_KEY

from ..core.test_web_hardening import _manage, _production_env


@pytest.mark.parametrize(
    "key",
    ["", "too-short-for-an-hmac-key", _AUDIT_LOG_DEVELOPMENT_KEY],
    ids=["missing", "short", "development-key"],
)
def test_production_refuses_an_unsafe_audit_log_key(key):
    result = _manage("check", env=_production_env(AUDIT_LOG_KEY=key))

    assert result.returncode != 0
    assert "AUDIT_LOG_KEY" in result.stderr and "secrets.token_urlsafe" in result.stderr


def test_production_accepts_a_long_random_audit_log_key():
    result = _manage("check", env=_production_env(AUDIT_LOG_KEY="k" * 20 + "-random-enough-1234"))

    assert result.returncode == 0, result.stderr
