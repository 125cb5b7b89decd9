"""Beheer keeps the funds with their mandate limits and the catalogue of kengetallen; every
change is in the change history under the beheerder. No other role opens these screens, and
the ledger has no admin screen at all."""

import pytest
from auditlog.models import LogEntry
from django.urls import NoReverseMatch, reverse

from maatwerk.fund.models import CostItem

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["fund_fund", "fund_costitem"])
def test_beheer_opens_the_fund_and_catalogue_screens(client, beheerder, model):
    client.force_login(beheerder)
    assert client.get(reverse(f"admin:{model}_changelist")).status_code == 200
    assert client.get(reverse(f"admin:{model}_add")).status_code == 200


def test_a_changed_kengetal_is_in_the_history_under_the_beheerder(client, beheerder):
    item = CostItem.objects.get(name__startswith="Beschermingsbewind")
    client.force_login(beheerder)
    response = client.post(
        reverse("admin:fund_costitem_change", args=[item.pk]),
        {
            "name": item.name,
            "unit_cost": "1600.00",
            "unit": item.unit,
            "payer": item.payer,
            "is_active": "on",
            "source": item.source,
            "source_year": "2016",
            "note": "",
        },
    )
    assert response.status_code == 302
    entry = LogEntry.objects.get_for_object(item).latest("timestamp")
    assert entry.actor == beheerder and "unit_cost" in entry.changes


def test_the_ledger_has_no_admin_screen_and_others_see_none(client, controller):
    with pytest.raises(NoReverseMatch):
        reverse("admin:fund_ledgerentry_changelist")
    client.force_login(controller)
    assert client.get(reverse("admin:fund_costitem_changelist")).status_code in (302, 403)
