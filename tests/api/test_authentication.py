import pytest
from django.core.management import call_command
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def test_it_answers_401_without_credentials(noord_case):
    response = APIClient().get("/api/v1/cases/")

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Token"
    assert "anarie" not in response.content.decode()


def test_it_accepts_a_token_made_with_the_management_command(consulent, noord_case):
    call_command("drf_create_token", consulent.username)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get(user=consulent).key}")

    response = client.get("/api/v1/cases/")

    assert response.status_code == 200
    assert [case["id"] for case in response.json()["results"]] == [noord_case.pk]


def test_it_answers_401_in_dutch_for_a_wrong_token(noord_case):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token niet-geldig")

    response = client.get(f"/api/v1/cases/{noord_case.pk}/")

    assert response.status_code == 401
    assert response.json() == {"detail": "Ongeldige token."}


def test_an_inactive_users_token_is_refused(consulent):
    token = Token.objects.create(user=consulent)
    consulent.is_active = False
    consulent.save()
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")

    assert client.get("/api/v1/cases/").status_code == 401
