"""Case files for the API tests. The Noord case is full of "kanarie" canaries: text that must
never reach a role without access to personal data."""

import datetime

import pytest
from django.utils import timezone

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory

CANARIES = ("anarie", "Canarina", "111222333", "222333")


@pytest.fixture
def client_for(api_client):
    def authenticate(user):
        api_client.force_authenticate(user)
        return api_client

    return authenticate


def _case_file(team, regisseur, **overrides):
    household = HouseholdFactory(team=team, street="Kanariestraat", city="Kanariedam")
    MemberFactory(
        household=household, first_name="Canarina", last_name="Kanarievogel", bsn="111222333"
    )
    fields = {
        "household": household,
        "regisseur": regisseur,
        "title": "Kanarie: schulden en dreigende huisuitzetting",
        "eligible": True,
        "stagnation_risk": "Kanarie raakt de woning kwijt",
        "consent_date": timezone.localdate() - datetime.timedelta(days=10),
        "consent_scope": "Kanarie mag met de woningcorporatie",
        **overrides,
    }
    case = CaseFactory(**fields)
    case.domains.update(description="Kanarie-probleem")
    BlockageFactory(case=case, explanation="Kanarie: de kostendelersnorm verlaagt de uitkering")
    return case


@pytest.fixture
def noord_case(consulent):
    return _case_file(consulent.team, consulent)


@pytest.fixture
def zuid_case(consulent_zuid):
    return _case_file(consulent_zuid.team, consulent_zuid)


def assert_no_canaries(payload: str) -> None:
    for canary in CANARIES:
        assert canary not in payload
