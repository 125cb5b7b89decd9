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
