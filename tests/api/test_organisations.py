"""Organisations are a reference list: readable by every role that works with cases,
changeable by case workers and the functioneel beheerder."""

import pytest

from maatwerk.cases.models import Organisation

from ..factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["consulent", "omo", "controller", "beleid", "beheerder"])
def test_every_role_that_sees_cases_reads_organisations(client_for, request, role):
    organisation = OrganisationFactory(name="UWV")

    response = client_for(request.getfixturevalue(role)).get("/api/v1/organisations/")

    assert response.status_code == 200
    assert response.json()["results"] == [{"id": organisation.pk, "name": "UWV", "kind": "overig"}]


@pytest.mark.parametrize("role", ["consulent", "beheerder"])
def test_case_workers_and_the_beheerder_add_and_rename_organisations(client_for, request, role):
    client = client_for(request.getfixturevalue(role))

    created = client.post("/api/v1/organisations/", {"name": "CAK", "kind": "cak"}, format="json")
    renamed = client.patch(
        f"/api/v1/organisations/{created.json()['id']}/",
        {"name": "Centraal Administratie Kantoor"},
        format="json",
    )

    assert (created.status_code, renamed.status_code) == (201, 200)
    assert Organisation.objects.get().name == "Centraal Administratie Kantoor"


@pytest.mark.parametrize("role", ["controller", "beleid"])
def test_finance_and_policy_cannot_change_organisations(client_for, request, role):
    response = client_for(request.getfixturevalue(role)).post(
        "/api/v1/organisations/", {"name": "CAK", "kind": "cak"}, format="json"
    )

    assert response.status_code == 403
    assert not Organisation.objects.exists()


def test_organisation_names_are_unique(client_for, consulent):
    OrganisationFactory(name="UWV")

    response = client_for(consulent).post(
        "/api/v1/organisations/", {"name": "UWV", "kind": "uwv"}, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()) == ["name"]
