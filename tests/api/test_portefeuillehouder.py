"""The portefeuillehouder has no access to case files through the API (not yet: later issues
give that role its own screens)."""

import pytest

from maatwerk.cases.models import Blockage

pytestmark = pytest.mark.django_db


def test_portefeuillehouder_gets_403_on_every_endpoint(client_for, wethouder, noord_case):
    client = client_for(wethouder)
    member = noord_case.household.members.get()
    blockage = Blockage.objects.get(case=noord_case)
    paths = [
        "/api/v1/cases/",
        f"/api/v1/cases/{noord_case.pk}/",
        "/api/v1/households/",
        f"/api/v1/households/{noord_case.household_id}/",
        "/api/v1/members/",
        f"/api/v1/members/{member.pk}/",
        "/api/v1/blockages/",
        f"/api/v1/blockages/{blockage.pk}/",
        "/api/v1/organisations/",
    ]

    statuses = {path: client.get(path).status_code for path in paths}

    assert set(statuses.values()) == {403}, statuses


def test_portefeuillehouder_cannot_move_a_case(client_for, wethouder, noord_case):
    response = client_for(wethouder).post(
        f"/api/v1/cases/{noord_case.pk}/transition/",
        {"target": "afgesloten", "reason": "Besluit"},
        format="json",
    )

    assert response.status_code == 403
    noord_case.refresh_from_db()
    assert noord_case.status == "aangemeld"
