"""Overbruggingsprocedure: a pre-financed amount stays a receivable until repaid (in part or
in full) or written off with a reason; once overdue it is on the controller's worklist, with a
reminder on the first working day after the due date and then every ten working days."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from maatwerk.core.working_days import WorkingDays
from maatwerk.fund import selectors, services
from maatwerk.fund.models import LedgerEntry, Receivable, Reminder
from maatwerk.route import services as route
from maatwerk.route.models import Decision

from .conftest import proposal_on_the_table

pytestmark = pytest.mark.django_db


@pytest.fixture
def receivable(consulent, omo, teamleider, controller, route_case, fund):
    decision = route.decide(
        teamleider,
        proposal_on_the_table(consulent, omo, route_case, fund),
        outcome="akkoord",
        motivation="Doelmatig",
    )
    commitment = Decision.objects.get(pk=decision.pk).commitment
    return services.prefinance(
        controller,
        commitment,
        "2000",
        debtor_kind="wlz",
        debtor="Zorgkantoor",
        due_date=datetime.date.today() + datetime.timedelta(days=20),
        payee="Zorgaanbieder",
        reference="VF-1",
    )


def test_pre_financing_pays_now_and_stays_owed(controller, fund, receivable):
    totals = services.totals(fund)
    assert (totals.paid, totals.receivable, totals.available) == (
        Decimal("2000.00"),
        Decimal("2000.00"),
        Decimal("7000.00"),
    )
    services.repay(controller, receivable, "500", reference="TB-1")
    assert services.receivable_open(receivable) == Decimal("1500.00")
    assert services.totals(fund).available == Decimal("7500.00")

    before = LedgerEntry.objects.count()
    with pytest.raises(ValidationError, match=r"nog EUR 1\.500,00 open"):
        services.repay(controller, receivable, "1500.01", reference="TB-2")
    with pytest.raises(ValidationError, match="waarom"):
        services.write_off(controller, receivable, reason="")
    assert LedgerEntry.objects.count() == before

    services.write_off(controller, receivable, reason="Zorgkantoor weigert definitief")
    assert services.receivable_open(receivable) == 0
    totals = services.totals(fund)
    assert (totals.receivable, totals.available, totals.paid) == (
        Decimal("0.00"),
        Decimal("7500.00"),
        Decimal("2000.00"),
    )


def test_a_due_date_in_the_past_is_refused(controller, fund, receivable):
    commitment = receivable.entries.get().commitment
    with pytest.raises(ValidationError) as error:
        services.prefinance(
            controller,
            commitment,
            "10",
            debtor_kind="school",
            debtor="School",
            due_date=datetime.date.today(),
            payee="X",
            reference="Y",
        )
    assert "due_date" in error.value.message_dict


def test_an_overdue_receivable_comes_on_the_worklist_with_working_day_reminders(
    client, controller, fund, receivable
):
    friday = datetime.date(2026, 11, 27)  # a Friday
    assert friday.weekday() == 4
    Receivable.objects.filter(pk=receivable.pk).update(due_date=friday)
    receivable.refresh_from_db()
    calendar = WorkingDays.load()

    first = services.next_reminder(receivable, calendar)
    assert first == datetime.date(2026, 11, 30)  # the Monday after
    rows = selectors.open_receivables(selectors.funds_for(controller))
    [row] = rows
    assert row.overdue and row.reminder_due
    assert row.working_days_overdue == calendar.between(friday, datetime.date.today())

    reminder = services.record_reminder(controller, receivable, "Brief verstuurd")
    Reminder.objects.filter(pk=reminder.pk).update(sent_on=first)
    assert services.next_reminder(receivable, calendar) == calendar.add(first, 10)

    client.force_login(controller)
    page = client.get(reverse("fund:worklist")).content.decode()
    assert "Zorgkantoor" in page and "EUR 2.000,00" in page


def test_a_reminder_before_the_due_date_is_refused(controller, receivable):
    with pytest.raises(ValidationError, match="nog niet verlopen"):
        services.record_reminder(controller, receivable)
