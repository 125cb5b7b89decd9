"""Cases for the route API tests: one in behandeling in team Noord (with "kanarie" canaries in
what it says about the household) and one in team Zuid, and helpers that take a case along the
route through the API, as a client would."""

import datetime
from decimal import Decimal

import pytest

from maatwerk.cases.workflow import CaseStatus

from ...factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory


def _route_case(consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, first_name="Yvonne", last_name="Fictief", bsn="")
    case = CaseFactory(
        household=household, regisseur=consulent, status=CaseStatus.IN_BEHANDELING, eligible=True
    )
    BlockageFactory(case=case)
    return case


@pytest.fixture
def route_case(consulent):
    return _route_case(consulent)


@pytest.fixture
def zuid_route_case(consulent_zuid):
    return _route_case(consulent_zuid)


def proposal_body(case, **overrides) -> dict:
    return {
        "case": case.pk,
        "solution": "Kanarie: participatiebonus om de schuldregeling rond te krijgen.",
        "cost_estimate": "3000.00",
        "within_frameworks": True,
        "rendement_score": 4,
        "rendement_motivation": "Kanarie: voorkomt jaren bewindvoering.",
        "legitimiteit_score": 3,
        "legitimiteit_motivation": "Past in de beleidsregels participatie.",
        "betrokkenheid_score": 5,
        "betrokkenheid_motivation": "Yvonne stelde het zelf voor.",
        **overrides,
    }


@pytest.fixture
def on_agenda(client_for):
    """Put the case on the agenda as `user`; the agenda item as the API returns it."""

    def put(user, case, **body):
        body = {"case": case.pk, "question": "Kan de bonus de schulden deblokkeren?", **body}
        response = client_for(user).post("/api/v1/agenda-items/", body, format="json")
        assert response.status_code == 201, response.content
        return response.json()

    return put


@pytest.fixture
def proposed(client_for, on_agenda, omo):
    """Agenda, outcome 'besluit nu' and a proposal by `user`; the proposal as returned."""

    def propose(user, case, **overrides):
        item = on_agenda(user, case)
        outcome = client_for(omo).post(
            f"/api/v1/agenda-items/{item['id']}/outcome/", {"outcome": "besluit_nu"}, format="json"
        )
        assert outcome.status_code == 200, outcome.content
        response = client_for(user).post(
            "/api/v1/proposals/", proposal_body(case, **overrides), format="json"
        )
        assert response.status_code == 201, response.content
        return response.json()

    return propose


TODAY = datetime.date.today
COLLEGE_COST = Decimal("50000.00")
