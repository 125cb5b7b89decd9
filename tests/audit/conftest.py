import pytest
from django.db import connection

from maatwerk.audit.services import log_access

from ..factories import CaseFactory, MemberFactory


@pytest.fixture(autouse=True)
def anchor_dir(settings, tmp_path):
    """Every test anchors into its own directory."""
    settings.AUDIT_ANCHOR_DIR = str(tmp_path / "ankers")
    return tmp_path / "ankers"


@pytest.fixture
def logged_case(consulent):
    case = CaseFactory(household__team=consulent.team)
    MemberFactory(household=case.household)
    return case


@pytest.fixture
def five_rows(consulent, logged_case):
    """Five chained rows, oldest first."""
    return [
        log_access(user=consulent, case=logged_case, action="read", channel=f"scherm:{n}")[0]
        for n in range(5)
    ]


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
