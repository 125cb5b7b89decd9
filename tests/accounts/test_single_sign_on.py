"""OIDC single sign-on is configuration only and off by default; when on, it links to
accounts functioneel beheer created, by e-mail, and never creates new ones."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from maatwerk.accounts.oidc import MaatwerkOIDCBackend

ROOT = Path(__file__).resolve().parents[2]
OIDC_SETTINGS = {
    "OIDC_RP_CLIENT_ID": "maatwerk",
    "OIDC_RP_CLIENT_SECRET": "geheim",
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "https://idp.gemeente.example/auth",
    "OIDC_OP_TOKEN_ENDPOINT": "https://idp.gemeente.example/token",
    "OIDC_OP_USER_ENDPOINT": "https://idp.gemeente.example/userinfo",
    "OIDC_RP_SIGN_ALGO": "HS256",
}


def test_single_sign_on_is_off_by_default(settings, client):
    assert settings.OIDC_RP_CLIENT_ID == ""
    assert "mozilla_django_oidc" not in settings.INSTALLED_APPS
    assert "gemeente-account" not in client.get("/inloggen/").content.decode()


def test_configuring_the_identity_provider_switches_it_on():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env |= OIDC_SETTINGS | {"DJANGO_SETTINGS_MODULE": "maatwerk.settings.test"}
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "from django.urls import reverse; "
        "print(settings.AUTHENTICATION_BACKENDS[1], reverse('oidc_authentication_init'))"
    )

    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "maatwerk.accounts.oidc.MaatwerkOIDCBackend",
        "/oidc/authenticate/",
    ]


@pytest.mark.django_db
@override_settings(**OIDC_SETTINGS)
def test_the_e_mail_claim_finds_an_existing_active_account_only(consulent):
    consulent.email = "s.devries@gemeente.example"
    consulent.save()
    backend = MaatwerkOIDCBackend()

    assert list(backend.filter_users_by_claims({"email": "S.deVries@gemeente.example"})) == [
        consulent
    ]
    assert not backend.filter_users_by_claims({"email": "onbekend@gemeente.example"}).exists()
    assert backend.create_user({"email": "onbekend@gemeente.example"}) is None
    consulent.is_active = False
    consulent.save()
    assert not backend.filter_users_by_claims({"email": consulent.email}).exists()
