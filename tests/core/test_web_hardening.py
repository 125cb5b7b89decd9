"""Headers, CSRF, error pages and production settings a CISO will check."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.test import Client
from django.urls import reverse

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pages(client, consulent):
    case = CaseFactory(household__team=consulent.team)
    client.force_login(consulent)
    return [
        reverse("cases:list"),
        reverse("cases:detail", args=[case.pk]),
        reverse("cases:step", args=[case.pk, "huishouden"]),
        reverse("cases:create"),
    ]


def test_pages_carry_a_strict_content_security_policy(client, pages):
    for url in pages:
        policy = client.get(url)["Content-Security-Policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy


def test_no_page_contains_inline_script_or_style(client, pages):
    for url in [*pages, reverse("login")]:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert " style=" not in html and "<style" not in html, url
        assert " on" + "click=" not in html


def test_security_headers_and_no_caching_of_personal_pages(client, pages):
    response = client.get(pages[1])
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cache-Control"] == "no-store"


def test_a_post_without_csrf_token_is_refused(consulent):
    client = Client(enforce_csrf_checks=True)
    client.force_login(consulent)
    case = CaseFactory(household__team=consulent.team)

    response = client.post(reverse("cases:note", args=[case.pk]), {"text": "Zonder token"})

    assert response.status_code == 403
    assert not case.timeline.filter(text="Zonder token").exists()


def test_a_server_error_shows_a_generic_dutch_page(client, consulent, monkeypatch):
    from maatwerk.cases import services

    case = CaseFactory(household__team=consulent.team)
    client.force_login(consulent)
    client.raise_request_exception = False
    monkeypatch.setattr(services, "eligibility", lambda case: 1 / 0)

    response = client.get(reverse("cases:detail", args=[case.pk]))

    assert response.status_code == 500
    body = response.content.decode()
    assert "Er ging iets mis" in body
    assert "ZeroDivisionError" not in body and case.title not in body


def _production_env(**overrides) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE", "REQUIRE_2FA", "DEBUG"))
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "maatwerk.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": "sqlite:////tmp/maatwerk-deploy-check.sqlite3",
        "ALLOWED_HOSTS": "maatwerk.gemeente.example",
        # Fresh random values: production refuses published ones (test_production_secrets.py).
        "FIELD_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "BSN_HASH_KEY": secrets.token_urlsafe(48),
        "AUDIT_LOG_KEY": secrets.token_urlsafe(48),
    }
    return env | overrides


def _manage(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=_production_env())

    assert result.returncode == 0, result.stderr + result.stdout


@pytest.mark.parametrize(
    "override",
    [
        {"SECRET_KEY": ""},
        {"DEBUG": "true"},
        {"REQUIRE_2FA": "false"},
        {"FIELD_ENCRYPTION_KEYS": ""},
        {"SECRET_KEY": "short"},
    ],
)
def test_production_refuses_to_start_with_unsafe_settings(override):
    result = _manage("check", env=_production_env(**override))

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


def test_api_docs_are_served_from_our_own_static_files(client):
    response = client.get("/api/v1/docs/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "drf_spectacular_sidecar/redoc" in html
    assert "cdn" not in html.lower()
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "worker-src blob:" in policy
