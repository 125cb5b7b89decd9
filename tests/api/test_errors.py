"""Whatever a client sends, the answer is JSON with a 4xx, never a 500."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from maatwerk.api.exceptions import exception_handler
from maatwerk.cases.models import Case, Household, Member

pytestmark = pytest.mark.django_db

WRITES = [
    ("post", "/api/v1/cases/"),
    ("post", "/api/v1/households/"),
    ("post", "/api/v1/members/"),
    ("post", "/api/v1/blockages/"),
    ("post", "/api/v1/organisations/"),
]


@pytest.mark.parametrize("raw", ["null", "[]", '""', "42", "{", "[{}]"])
@pytest.mark.parametrize(("method", "path"), WRITES)
def test_odd_json_bodies_get_a_400(client_for, omo, method, path, raw):
    counts = (Case.objects.count(), Household.objects.count(), Member.objects.count())

    response = getattr(client_for(omo), method)(path, raw, content_type="application/json")

    assert response.status_code == 400
    assert isinstance(response.json(), dict)
    assert (Case.objects.count(), Household.objects.count(), Member.objects.count()) == counts


@pytest.mark.parametrize("raw", ["null", "[]", '""', "{}"])
@pytest.mark.parametrize("resource", ["cases", "households", "members", "blockages"])
def test_odd_bodies_on_update_get_a_400_or_change_nothing(
    client_for, consulent, noord_case, resource, raw
):
    ids = {
        "cases": noord_case.pk,
        "households": noord_case.household_id,
        "members": noord_case.household.members.get().pk,
        "blockages": noord_case.blockages.get().pk,
    }

    response = client_for(consulent).patch(
        f"/api/v1/{resource}/{ids[resource]}/", raw, content_type="application/json"
    )

    assert response.status_code in (200, 400)
    noord_case.refresh_from_db()
    assert noord_case.title.startswith("Kanarie")


def test_an_empty_body_gets_the_required_fields_in_dutch(client_for, consulent):
    response = client_for(consulent).post("/api/v1/cases/", "", content_type="application/json")

    assert response.status_code == 400
    assert response.json()["title"] == ["Dit veld is vereist."]


@pytest.mark.parametrize("pk", ["abc", "99999999999999999999999", "-1", "1.5"])
def test_odd_ids_are_a_404(client_for, consulent, pk):
    assert client_for(consulent).get(f"/api/v1/cases/{pk}/").status_code == 404


@pytest.mark.parametrize("value", ["abc", "99999999999999999999999", "1.5"])
def test_odd_references_in_a_body_are_a_400(client_for, consulent, value):
    response = client_for(consulent).post(
        "/api/v1/members/",
        {"household": value, "first_name": "A", "last_name": "B", "role": "kind"},
        format="json",
    )

    assert response.status_code == 400
    assert "household" in response.json()


def test_the_handler_turns_django_errors_into_field_errors():
    by_field = exception_handler(ValidationError({"title": "Te kort", "__all__": "Mis"}), {})
    plain = exception_handler(ValidationError(["Een", "Twee"]), {})

    assert by_field.status_code == plain.status_code == 400
    assert by_field.data == {"title": ["Te kort"], "non_field_errors": ["Mis"]}
    assert plain.data == {"non_field_errors": ["Een", "Twee"]}


def test_the_handler_keeps_a_services_permission_message_and_hides_404_details():
    denied = exception_handler(PermissionDenied("U mag dit dossier niet wijzigen."), {})
    missing = exception_handler(Http404("No Case matches the given query."), {})

    assert (denied.status_code, denied.data) == (
        403,
        {"detail": "U mag dit dossier niet wijzigen."},
    )
    assert (missing.status_code, missing.data) == (404, {"detail": "Niet gevonden."})
