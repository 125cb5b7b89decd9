"""Row locks only mean something on the real engine: these run on PostgreSQL."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from maatwerk.audit.services import log_access, verify_chain
from maatwerk.cases import services
from maatwerk.cases.models import Case, CaseStatusChange
from maatwerk.cases.workflow import CaseStatus

from ..factories import CaseFactory, HouseholdFactory, MemberFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks")


def _in_threads(count: int, work) -> list:
    barrier = threading.Barrier(count)
    outcomes: list = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index] = work(index)
        except Exception as error:
            outcomes[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_simultaneous_registrations_get_unique_consecutive_references(consulent):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, bsn="")  # a case is about people

    outcomes = _in_threads(
        6,
        lambda i: (
            services.create_case(
                consulent,
                household=household,
                title=f"Casus {i}",
                signal_source="kcc",
                signal_date="2026-11-01",
            ).reference
        ),
    )

    assert all(isinstance(ref, str) for ref in outcomes), outcomes
    numbers = sorted(int(ref.rsplit("-", 1)[1]) for ref in outcomes)
    assert numbers == list(range(numbers[0], numbers[0] + 6))


def test_two_people_closing_the_same_case_at_once_record_one_transition(consulent, teamleider):
    case = CaseFactory(household__team=consulent.team, status=CaseStatus.IN_BEHANDELING)
    users = [consulent, teamleider]

    outcomes = _in_threads(
        2, lambda i: services.transition_case(users[i], case, CaseStatus.AFGESLOTEN, "Doel bereikt")
    )

    assert sum(isinstance(o, Case) for o in outcomes) == 1
    assert sum(isinstance(o, ValidationError) for o in outcomes) == 1
    assert CaseStatusChange.objects.filter(case=case, target=CaseStatus.AFGESLOTEN).count() == 1


def test_the_access_log_chain_stays_intact_under_concurrent_reads(consulent):
    case = CaseFactory(household__team=consulent.team)

    _in_threads(
        8, lambda i: log_access(user=consulent, case=case, action="read", channel=f"scherm:{i}")
    )

    assert verify_chain() is None
