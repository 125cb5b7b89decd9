"""A stored choice shows its label. The case's status and a domain's code use label_of instead
of Django's get_FOO_display (which translates every label of the field on each call); what
they show must stay the same."""

import pytest

from maatwerk.cases.domains import LifeDomain
from maatwerk.cases.models import Case, CaseDomain
from maatwerk.cases.workflow import CaseStatus
from maatwerk.core.choices import label_of


@pytest.mark.parametrize("status", CaseStatus.values)
def test_every_status_shows_its_label(status):
    assert Case(status=status).get_status_display() == str(CaseStatus(status).label)


@pytest.mark.parametrize("code", LifeDomain.values)
def test_every_domain_shows_its_label_also_as_its_name(code):
    domain = CaseDomain(code=code)

    assert domain.get_code_display() == str(LifeDomain(code).label) == str(domain)


def test_a_value_that_is_no_longer_a_choice_shows_itself():
    assert Case(status="opgeheven").get_status_display() == "opgeheven"
    assert label_of(LifeDomain, "") == ""
