"""What DRF itself answers reaches the API's users in Dutch, addressed with "u": request-level
refusals (not signed in, media type, Accept header, method, throttling, unreadable body)
and field messages DRF leaves untranslated."""

import pytest
from rest_framework import exceptions
from rest_framework.test import APIRequestFactory

from maatwerk.api.exceptions import dutch_field_message, exception_handler

pytestmark = pytest.mark.django_db


def _handled(exc, method: str = "post", **request_kwargs):
    request = getattr(APIRequestFactory(), method)("/api/v1/cases/", **request_kwargs)
    return exception_handler(exc, {"request": request})


def test_method_not_allowed_names_the_method_in_dutch():
    response = _handled(exceptions.MethodNotAllowed("DELETE"), method="delete")

    assert response.status_code == 405
    assert response.data == {"detail": "De methode DELETE is op dit adres niet toegestaan."}


def test_throttling_says_when_to_try_again():
    response = _handled(exceptions.Throttled(wait=2.2))

    assert response.status_code == 429
    assert response.data == {
        "detail": "Te veel verzoeken achter elkaar. Probeer het over 3 seconden opnieuw."
    }


def test_a_malformed_request_without_own_message_gets_a_dutch_one():
    response = _handled(exceptions.ParseError())

    assert response.data == {"detail": "De gegevens in het verzoek zijn onleesbaar."}


def test_a_services_own_permission_message_is_kept():
    response = _handled(exceptions.PermissionDenied("U mag dit dossier niet wijzigen."))

    assert response.data == {"detail": "U mag dit dossier niet wijzigen."}


def test_an_anonymous_caller_is_told_to_sign_in(api_client):
    response = api_client.get("/api/v1/cases/")

    assert response.status_code == 401
    assert response.json()["detail"].startswith("U bent niet aangemeld")


def test_an_accept_header_the_api_cannot_answer_is_a_406_in_dutch(api_client, consulent):
    api_client.force_authenticate(consulent)

    response = api_client.get("/api/v1/cases/", HTTP_ACCEPT="text/xml")

    assert response.status_code == 406
    assert response.json() == {
        "detail": "Het antwoord kan alleen als JSON worden gegeven; vraag om application/json."
    }


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("Must be a valid boolean.", "Kies ja of nee."),
        ("Not a valid string.", "Dit moet tekst zijn."),
        ("Ensure this field has no more than 10 elements.", "Geef er hoogstens 10."),
        (
            "Surrogate characters are not allowed: U+D800.",
            "Bevat een teken dat geen geldige tekst is (U+D800).",
        ),
    ],
)
def test_drfs_untranslated_field_messages_are_said_in_dutch(english, dutch):
    assert dutch_field_message(english) == dutch


def test_a_field_error_drf_leaves_in_english_reaches_the_client_in_dutch(api_client, consulent):
    api_client.force_authenticate(consulent)

    response = api_client.post("/api/v1/cases/", {"household_involved": "x"}, format="json")

    assert response.status_code == 400
    assert response.json()["household_involved"] == ["Kies ja of nee."]
