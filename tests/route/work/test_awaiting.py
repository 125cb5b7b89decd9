"""“Te besluiten”: the open proposals whose mandate level the user's role decides."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from maatwerk.route import services

from .conftest import case_of, proposal_on

pytestmark = pytest.mark.django_db

AWAITING = reverse("route:awaiting")


def listed(client) -> list:
    return list(client.get(AWAITING).context["page"].object_list)


def test_the_teamleider_sees_proposals_within_the_frameworks_not_their_own(
    client, consulent, teamleider, omo
):
    theirs = proposal_on(consulent, omo, case_of(consulent))
    own = proposal_on(teamleider, omo, case_of(consulent))
    outside = proposal_on(consulent, omo, case_of(consulent), within_frameworks=False)
    college = proposal_on(consulent, omo, case_of(consulent), cost_estimate=Decimal("90000"))
    client.force_login(teamleider)

    assert listed(client) == [theirs]
    assert {own, outside, college}.isdisjoint(listed(client))


def test_the_omo_functionaris_sees_outside_the_frameworks_and_college_proposals(
    client, consulent, omo, wethouder
):
    inside = proposal_on(consulent, omo, case_of(consulent))
    outside = proposal_on(consulent, omo, case_of(consulent), within_frameworks=False)
    college = proposal_on(consulent, omo, case_of(consulent), cost_estimate=Decimal("90000"))
    own = proposal_on(omo, omo, case_of(consulent), within_frameworks=False)
    consultation = services.put_before_portefeuillehouder(omo, outside, wethouder, "Akkoord?")
    services.record_portfolio_view(wethouder, consultation, "Ik steun het.")
    client.force_login(omo)

    response = client.get(AWAITING)

    assert list(response.context["page"].object_list) == [outside, college]
    assert inside not in response.context["page"].object_list
    assert own not in response.context["page"].object_list
    html = response.content.decode()
    assert outside.case.reference in html and "geraadpleegd" in html
    assert "€ 90.000,00" in html
    assert reverse("cases:detail", args=[college.case.pk]) in html


def test_a_decided_proposal_leaves_the_list_and_an_aangehouden_one_stays(
    client, consulent, teamleider, omo
):
    decided = proposal_on(consulent, omo, case_of(consulent))
    held = proposal_on(consulent, omo, case_of(consulent))
    services.decide(teamleider, decided, outcome="akkoord", motivation="Doelmatig.")
    services.decide(teamleider, held, outcome="aangehouden", motivation="Eerst een offerte.")
    client.force_login(teamleider)

    assert listed(client) == [held]


def test_a_withdrawn_decision_takes_the_proposal_off_the_list(client, consulent, teamleider, omo):
    proposal = proposal_on(consulent, omo, case_of(consulent))
    first = services.decide(teamleider, proposal, outcome="akkoord", motivation="Prima.")
    services.supersede_decision(
        teamleider, first, reason="Ten onrechte.", outcome="ingetrokken", motivation="Fout."
    )
    client.force_login(teamleider)

    assert listed(client) == []


def test_a_teamleider_does_not_see_proposals_of_another_team(
    client, consulent_zuid, teamleider, omo
):
    proposal_on(consulent_zuid, omo, case_of(consulent_zuid))
    client.force_login(teamleider)

    assert listed(client) == []


def test_the_list_is_paginated_by_25(client, consulent, teamleider, omo, monkeypatch):
    for _ in range(26):
        proposal_on(consulent, omo, case_of(consulent))
    client.force_login(teamleider)

    first = client.get(AWAITING)
    second = client.get(AWAITING, {"pagina": 2})

    assert len(first.context["page"].object_list) == 25
    assert len(second.context["page"].object_list) == 1
    assert "Pagina 1 van 2" in first.content.decode()


def test_the_list_says_since_when_each_proposal_waits(client, consulent, teamleider, omo):
    proposal = proposal_on(consulent, omo, case_of(consulent))
    client.force_login(teamleider)

    html = client.get(AWAITING).content.decode()

    assert proposal.case.title in html
    assert str(datetime.date.today().year) in html
    assert (consulent.get_full_name()) in html


def test_the_portefeuillehouder_does_not_open_the_list(client, wethouder):
    client.force_login(wethouder)

    assert client.get(AWAITING).status_code == 403
