"""The fund's operations through the screen and through the API leave the same bookings and
the same timeline lines, and refuse the same bad input with the same Dutch message: both call
the one service."""

from decimal import Decimal

import pytest
from django.urls import reverse

from maatwerk.cases.models import TimelineEntry
from maatwerk.fund.models import LedgerEntry
from maatwerk.route import services as route
from maatwerk.route.models import Decision

from ..factories import CaseFactory
from ..fund.conftest import make_fund, proposal_on_the_table

pytestmark = pytest.mark.django_db

FIELDS = ("kind", "amount", "payee", "reference", "booked_by_id", "commitment_open_after")


def _commitment(consulent, omo, teamleider, fund):
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    decision = route.decide(
        teamleider,
        proposal_on_the_table(consulent, omo, case, fund),
        outcome="akkoord",
        motivation="Doelmatig",
    )
    return Decision.objects.get(pk=decision.pk).commitment


def _row(entry: LedgerEntry) -> tuple:
    return tuple(getattr(entry, name) for name in FIELDS)


def test_a_payment_on_the_screen_and_through_the_api_is_the_same_booking(
    client, api_client, consulent, omo, teamleider, controller
):
    fund = make_fund(controller)
    on_screen = _commitment(consulent, omo, teamleider, fund)
    through_api = _commitment(consulent, omo, teamleider, fund)
    client.force_login(controller)
    api_client.force_authenticate(controller)

    client.post(
        reverse("fund:payment", args=[on_screen.pk]),
        {"betaling-amount": "1.250,50", "betaling-payee": "Stichting", "betaling-reference": "F"},
    )
    api_client.post(
        f"/api/v1/ledger-entries/{through_api.pk}/payment/",
        {"amount": "1250.50", "payee": "Stichting", "reference": "F"},
        format="json",
    )

    screen_row = _row(LedgerEntry.objects.get(commitment=on_screen))
    api_row = _row(LedgerEntry.objects.get(commitment=through_api))
    assert screen_row == api_row
    assert screen_row[1] == Decimal("1250.50")
    lines = [
        list(
            TimelineEntry.objects.filter(case_id=c.case_id, kind="fund").values_list(
                "text", flat=True
            )
        )
        for c in (on_screen, through_api)
    ]
    assert lines[0] == lines[1] and len(lines[0]) == 2


@pytest.mark.parametrize("amount", ["0", "-2", "1.001", "3000.01"])
def test_the_screen_and_the_api_refuse_the_same_payment_with_the_same_message(
    client, api_client, consulent, omo, teamleider, controller, amount
):
    fund = make_fund(controller)
    commitment = _commitment(consulent, omo, teamleider, fund)
    client.force_login(controller)
    api_client.force_authenticate(controller)
    before = LedgerEntry.objects.count()

    page = client.post(
        reverse("fund:payment", args=[commitment.pk]),
        {
            "betaling-amount": amount.replace(".", ","),
            "betaling-payee": "X",
            "betaling-reference": "Y",
        },
        follow=True,
    ).content.decode()
    answer = api_client.post(
        f"/api/v1/ledger-entries/{commitment.pk}/payment/",
        {"amount": amount, "payee": "X", "reference": "Y"},
        format="json",
    )

    assert answer.status_code == 400
    [message] = [m for messages in answer.json().values() for m in messages]
    assert message.replace("'", "&#x27;") in page
    assert LedgerEntry.objects.count() == before
