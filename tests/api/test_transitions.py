"""POST cases/{id}/transition/ moves a case through the same transition table as the screens."""

import pytest

from maatwerk.cases.models import CaseStatusChange
from maatwerk.cases.workflow import CaseStatus

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


def _move(client, case, target, reason="Besproken in het casusoverleg"):
    return client.post(
        f"/api/v1/cases/{case.pk}/transition/", {"target": target, "reason": reason}, format="json"
    )


def test_consulent_takes_an_eligible_case_into_treatment(client_for, consulent, noord_case):
    response = _move(client_for(consulent), noord_case, CaseStatus.IN_BEHANDELING)

    assert response.status_code == 200, response.json()
    assert response.json()["status"] == CaseStatus.IN_BEHANDELING
    change = CaseStatusChange.objects.get(case=noord_case, source=CaseStatus.AANGEMELD)
    assert (change.target, change.changed_by, change.reason) == (
        CaseStatus.IN_BEHANDELING,
        consulent,
        "Besproken in het casusoverleg",
    )


def test_a_transition_the_table_does_not_allow_is_a_dutch_400(client_for, consulent, noord_case):
    response = _move(client_for(consulent), noord_case, CaseStatus.HEROPEND)

    assert response.status_code == 400
    assert response.json() == {
        "target": ["Een casus met status ‘Aangemeld’ kan niet naar ‘Heropend’."]
    }
    noord_case.refresh_from_db()
    assert noord_case.status == CaseStatus.AANGEMELD
    assert not CaseStatusChange.objects.filter(case=noord_case).exists()


def test_an_unknown_status_is_refused_by_the_serializer(client_for, consulent, noord_case):
    response = _move(client_for(consulent), noord_case, "vernietigd")

    assert response.status_code == 400
    assert list(response.json()) == ["target"]


def test_a_transition_needs_a_reason(client_for, consulent, noord_case):
    response = _move(client_for(consulent), noord_case, CaseStatus.IN_BEHANDELING, reason="  ")

    assert response.status_code == 400
    assert response.json() == {"reason": ["Geef een reden voor deze statuswijziging."]}


def test_a_case_that_is_not_eligible_needs_a_recorded_reason_first(client_for, consulent):
    case = CaseFactory(household__team=consulent.team)

    response = _move(client_for(consulent), case, CaseStatus.IN_BEHANDELING)

    assert response.status_code == 400
    assert "toetsingscriteria" in response.json()["target"][0]


@pytest.mark.parametrize("body", [None, [], "", {}, {"target": None, "reason": None}])
def test_odd_bodies_get_a_400(client_for, consulent, noord_case, body):
    response = client_for(consulent).post(
        f"/api/v1/cases/{noord_case.pk}/transition/", body, format="json"
    )

    assert response.status_code == 400
