"""Cases on the agenda and proposals on the table, made through the route's services (as the
screens make them), in two teams of one municipality."""

from decimal import Decimal

import pytest

from maatwerk.accounts.roles import Role
from maatwerk.cases.workflow import CaseStatus
from maatwerk.route import services
from maatwerk.route.models import Outcome

from ...factories import CaseFactory, HouseholdFactory, MemberFactory, UserFactory


@pytest.fixture
def teamleider_zuid(team_zuid):
    return UserFactory(username="teamleider2", role=Role.TEAMLEIDER, team=team_zuid)


def case_of(regisseur, *, first_name="Anna", last_name="Fictief", street="Kanariestraat"):
    """A case in behandeling of the regisseur's team, with one named household member."""
    household = HouseholdFactory(team=regisseur.team, street=street, postcode="9876 ZX")
    MemberFactory(household=household, first_name=first_name, last_name=last_name, bsn="")
    return CaseFactory(
        household=household, regisseur=regisseur, status=CaseStatus.IN_BEHANDELING, eligible=True
    )


def on_agenda(user, case, question="Welke oplossing past hier?"):
    return services.put_on_agenda(user, case, question)


def proposal_fields(**overrides) -> dict:
    return {
        "solution": "Participatiebonus om de schuldregeling rond te krijgen.",
        "cost_estimate": Decimal("3000.00"),
        "within_frameworks": True,
        "rendement_score": 4,
        "rendement_motivation": "Voorkomt jaren bewindvoering.",
        "legitimiteit_score": 3,
        "legitimiteit_motivation": "Past in de beleidsregels participatie.",
        "betrokkenheid_score": 5,
        "betrokkenheid_motivation": "Het huishouden stelde dit zelf voor.",
        **overrides,
    }


def proposal_on(proposer, omo, case, **overrides):
    """Agenda, besluit nu, a proposal by `proposer`."""
    item = on_agenda(proposer, case)
    services.record_outcome(omo, item, Outcome.BESLUIT_NU)
    return services.submit_proposal(proposer, case, **proposal_fields(**overrides))
