"""A case ready for the route: in behandeling in team Noord, with a blockage, and the people
who take it to a decision."""

import pytest

from maatwerk.cases.workflow import CaseStatus

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory


@pytest.fixture
def route_case(consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, first_name="Yvonne", last_name="Fictief", bsn="")
    case = CaseFactory(
        household=household, regisseur=consulent, status=CaseStatus.IN_BEHANDELING, eligible=True
    )
    BlockageFactory(case=case)
    return case


@pytest.fixture
def decided_case(consulent, omo, teamleider, route_case):
    """The case after an approving decision by the teamleider: in uitvoering."""
    from maatwerk.route import services

    from .test_flow import on_the_table

    proposal = on_the_table(consulent, omo, route_case)
    services.decide(teamleider, proposal, outcome="akkoord", motivation="Goedkoper dan bewind.")
    return type(route_case).objects.get(pk=route_case.pk)
