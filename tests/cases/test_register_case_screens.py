"""A consulent registers a case through the intake steps and lands on the dossier."""

import pytest
from django.urls import reverse

from maatwerk.audit.models import AccessLog
from maatwerk.cases.models import Blockage, Case, Household, Member
from maatwerk.cases.workflow import CaseStatus

from ..factories import RuleFactory

pytestmark = pytest.mark.django_db


def _formset(prefix: str, rows: list[dict], initial: int = 0) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data |= {f"{prefix}-{index}-{key}": value for key, value in row.items()}
    return data


def _first_step(**overrides) -> dict:
    data = {
        "signal-title": "Huurschuld en schulden blokkeren werk",
        "signal-signal_source": "kcc",
        "signal-signal_date": "2026-10-01",
        "hh-street": "Lindelaan",
        "hh-house_number": "4",
        "hh-postcode": "1234 AB",
        "hh-city": "Demodam",
        "hh-wijk": "Noord",
        **_formset(
            "members",
            [
                {
                    "first_name": "Yvonne",
                    "last_name": "Testpersoon",
                    "date_of_birth": "1984-03-02",
                    "role": "hoofdbewoner",
                    "bsn": "111222333",
                },
                {
                    "first_name": "Sem",
                    "last_name": "Testpersoon",
                    "date_of_birth": "2015-06-01",
                    "role": "kind",
                    "bsn": "",
                },
            ],
        ),
        "verder": "1",
    }
    return data | overrides


def test_consulent_registers_household_and_case_in_steps(client, consulent):
    client.force_login(consulent)
    data = _first_step()
    data["signal-regisseur"] = str(consulent.pk)

    response = client.post(reverse("cases:create"), data)

    case = Case.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("cases:step", args=[case.pk, "leefgebieden"])
    assert case.status == CaseStatus.AANGEMELD
    assert case.household.team == consulent.team
    assert case.reference.startswith("MW-")
    assert Member.objects.filter(household=case.household).count() == 2
    assert Member.objects.get(first_name="Yvonne").bsn == "111222333"

    response = client.post(
        reverse("cases:step", args=[case.pk, "leefgebieden"]),
        _formset(
            "domains",
            [
                {"code": "financien_schulden", "description": "EUR 81.000 schuld"},
                {"code": "werk_participatie", "description": "Wil werken"},
            ],
        )
        | {"verder": "1"},
    )
    assert response.status_code == 302
    rule = RuleFactory()
    client.post(
        reverse("cases:step", args=[case.pk, "knelpunten"]),
        _formset(
            "blockages",
            [{"rule": str(rule.pk), "owner": "", "explanation": "Korting op uitkering"}],
        ),
    )
    assert Blockage.objects.get(case=case).owner == rule.owner

    dossier = client.get(reverse("cases:detail", args=[case.pk]))
    content = dossier.content.decode()
    assert "Yvonne Testpersoon" in content
    assert "•••••333" in content and "111222333" not in content
    assert "Casus aangemeld" in content
    assert "Leefgebieden bijgewerkt" in content
    assert AccessLog.objects.filter(
        case_id=case.pk, action="read", channel="scherm:dossier"
    ).exists()


def test_invalid_bsn_and_future_birth_date_save_nothing(client, consulent):
    client.force_login(consulent)
    data = _first_step()
    data["signal-regisseur"] = str(consulent.pk)
    data["members-0-bsn"] = "123456789"
    data["members-1-date_of_birth"] = "2999-01-01"

    response = client.post(reverse("cases:create"), data)

    assert response.status_code == 200
    content = response.content.decode()
    assert "elfproef" in content
    assert "toekomst" in content
    assert not Household.objects.exists() and not Case.objects.exists()


def test_a_member_without_a_name_is_refused(client, consulent):
    client.force_login(consulent)
    data = _first_step()
    data["signal-regisseur"] = str(consulent.pk)
    data["members-0-first_name"] = ""

    response = client.post(reverse("cases:create"), data)

    assert response.status_code == 200
    assert "Dit veld is vereist" in response.content.decode()
    assert not Case.objects.exists()
