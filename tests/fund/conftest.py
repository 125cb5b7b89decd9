"""A fund of the test municipality for this year with EUR 10.000 allocated, its keeper (the
controller), and a case ready for a proposal that asks money of it."""

from decimal import Decimal

import pytest
from django.utils import timezone

from maatwerk.cases.workflow import CaseStatus
from maatwerk.fund import catalogue, services
from maatwerk.fund.models import CostItem, Fund, FundKind, MoneySource
from maatwerk.route import services as route
from maatwerk.route.models import Outcome

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory
from ..route.test_flow import proposal_fields


def make_fund(controller, budget="10000.00", **fields) -> Fund:
    fund = Fund.objects.create(
        **{
            "municipality": controller.municipality,
            "name": "OMO-fonds",
            "kind": FundKind.FONDS,
            "year": timezone.localdate().year,
            "source": MoneySource.FDSD,
            "rules": "Voor maatwerk waar geen regulier budget voor is.",
            **fields,
        }
    )
    if budget:
        services.allocate(controller, fund, budget, reason="Raadsbesluit")
    return fund


def kassabon_with_a_line(consulent, case, title: str, line: str):
    """A kassabon with one investment of EUR 3.000 in the "met" scenario (the one a proposal
    with a fund request freezes)."""
    kassabon = services.create_kassabon(consulent, case, title=title)
    services.add_line(
        consulent,
        kassabon,
        "met",
        description=line,
        unit_cost="3000",
        unit="once",
        periods=1,
        payer="gemeente_participatie",
        investment=True,
    )
    return kassabon


@pytest.fixture(autouse=True)
def _catalogue(db):
    """The seed kengetallen (a test on the transactional database flushes the migration's)."""
    catalogue.seed(CostItem)


@pytest.fixture
def fund(controller):
    return make_fund(controller)


def fund_fields(fund, amount="3000.00", **overrides) -> dict:
    return proposal_fields(
        cost_estimate=Decimal(amount),
        fund_requested=True,
        fund=fund,
        fund_amount=Decimal(amount),
        regular_budget_reason="Geen Wmo-voorziening: het gaat om een schuldregeling.",
        **overrides,
    )


def proposal_on_the_table(consulent, omo, case, fund, amount="3000.00", **overrides):
    item = route.put_on_agenda(consulent, case, "Kan het fonds de schuldregeling rond maken?")
    route.record_outcome(omo, item, Outcome.BESLUIT_NU)
    return route.submit_proposal(consulent, case, **fund_fields(fund, amount, **overrides))


@pytest.fixture
def route_case(consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, first_name="Yvonne", last_name="Fictief", bsn="")
    case = CaseFactory(
        household=household, regisseur=consulent, status=CaseStatus.IN_BEHANDELING, eligible=True
    )
    BlockageFactory(case=case)
    return case
