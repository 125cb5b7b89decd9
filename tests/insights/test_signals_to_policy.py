"""The register of signals to policy: proposed from the report's blockage ranking, kept by the
OMO-functionaris and the beleidsmedewerker, printed in the report."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from maatwerk.insights import services
from maatwerk.insights.models import PolicySignal, SignalStatus

from .quarter import END, START

pytestmark = pytest.mark.django_db

QUERY = f"?van={START.isoformat()}&tot={END.isoformat()}"


def test_the_ranking_proposes_the_rules_that_block_most_and_taking_one_up_links_its_cases(
    quarter, omo
):
    report = services.report_for(omo.municipality, START, END)
    proposed = services.proposed_signals(report)
    assert [rule["rule"] for rule in proposed] == [
        "Participatiewet – kostendelersnorm",
        "Woningtoewijzing – hardheidsclausule",
    ]
    assert [r[2].text() for r in report.table("voorstellen").rows] == ["12", "< 5"]

    signal = services.signal_from_blockage(omo, proposed[0]["rule_id"], START, END)
    assert signal.cases.count() == 12
    assert signal.owner.name == "Gemeente Testdam – Werk en Inkomen"
    assert signal.status == SignalStatus.GESIGNALEERD

    again = services.report_for(omo.municipality, START, END)
    assert [r["rule"] for r in services.proposed_signals(again)] == [
        "Woningtoewijzing – hardheidsclausule"
    ]
    assert again.table("signalen").rows[0][0].text() == "Participatiewet – kostendelersnorm"


def test_beleid_answers_a_signal_with_a_response_and_its_date(quarter, omo, beleid):
    report = services.report_for(omo.municipality, START, END)
    signal = services.signal_from_blockage(omo, report.blockage_ranking[0]["rule_id"], START, END)
    with pytest.raises(ValidationError) as missing:
        services.update_signal(beleid, signal, status="bij_beleid", response="Wordt bekeken.")
    assert "response_date" in missing.value.message_dict
    services.update_signal(
        beleid, signal, status="opgelost", response="Beleidsregel aangepast.", response_date=END
    )
    signal.refresh_from_db()
    assert (signal.status, signal.response, signal.response_date) == (
        "opgelost",
        "Beleidsregel aangepast.",
        END,
    )
    row = services.report_for(omo.municipality, START, END).table("signalen").rows[0]
    assert [cell.text() for cell in row[2:]] == [
        "Opgelost",
        "Beleidsregel aangepast.",
        "30-09-2026",
    ]


def test_a_consulent_keeps_no_signals(consulent, quarter):
    with pytest.raises(PermissionDenied):
        services.create_signal(consulent, title="x", owner=None)
    assert not PolicySignal.objects.exists()


def test_the_screens_show_beleid_a_number_of_cases_never_their_references(
    client, quarter, omo, beleid
):
    client.force_login(omo)
    rule_id = services.report_for(omo.municipality, START, END).blockage_ranking[0]["rule_id"]
    response = client.post(reverse("insights:propose") + QUERY, {"rule": rule_id})
    signal = PolicySignal.objects.get()
    assert response.status_code == 302
    references = sorted(signal.cases.values_list("reference", flat=True))
    assert (
        references[0] in client.get(reverse("insights:signal", args=[signal.pk])).content.decode()
    )

    client.force_login(beleid)
    page = client.get(reverse("insights:signal", args=[signal.pk])).content.decode()
    assert "<dd>12</dd>" in page
    assert not any(reference in page for reference in references)
    response = client.post(
        reverse("insights:signal", args=[signal.pk]),
        {
            "status": "bij_beleid",
            "response": "In behandeling bij Werk en Inkomen.",
            "response_date": "2026-10-05",
        },
    )
    assert response.status_code == 302
    listing = client.get(reverse("insights:signals")).content.decode()
    assert "Bij beleid" in listing


def test_a_new_signal_without_a_title_is_refused_and_nothing_is_stored(client, omo, quarter):
    client.force_login(omo)
    response = client.post(reverse("insights:signals"), {"title": " ", "owner": ""})
    assert response.status_code == 400
    assert "Beschrijf het knelpunt." in response.content.decode()
    assert not PolicySignal.objects.exists()
