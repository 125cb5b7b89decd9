"""Proposals, advice and decisions by mandate through the API: every refusal of the services
(own proposal, above the mandate, missing College date, missing motivation, a second
decision) comes back as 400, 403 or 409 with the Dutch reason, and nothing else is stored."""

import datetime

import pytest

from maatwerk.route.models import Advice, Decision, PortfolioConsultation, Proposal
from maatwerk.route.services import phase_of

from .conftest import COLLEGE_COST, proposal_body

pytestmark = pytest.mark.django_db


def _decide(client, proposal, **body):
    body = {"outcome": "akkoord", "motivation": "Goedkoper dan bewind.", **body}
    return client.post(f"/api/v1/proposals/{proposal['id']}/decide/", body, format="json")


def _phase(case):
    return phase_of(type(case).objects.get(pk=case.pk))


def test_a_proposal_is_submitted_with_its_mandate_level(
    client_for, consulent, route_case, proposed
):
    proposal = proposed(consulent, route_case)

    assert proposal["mandate_level"] == "binnen_kaders"
    assert proposal["proposed_by"] == consulent.pk
    assert proposal["decisions"] == []
    assert _phase(route_case) == "besluitvorming"
    listed = client_for(consulent).get(f"/api/v1/proposals/?case={route_case.pk}").json()
    assert [row["id"] for row in listed["results"]] == [proposal["id"]]


def test_a_proposal_before_the_agenda_is_a_forbidden_move(client_for, consulent, route_case):
    response = client_for(consulent).post(
        "/api/v1/proposals/", proposal_body(route_case), format="json"
    )

    assert response.status_code == 400
    assert "geagendeerd" in response.json()["non_field_errors"][0]
    assert not Proposal.objects.exists()


def test_a_score_without_motivation_is_refused_per_field(
    client_for, consulent, route_case, on_agenda
):
    on_agenda(consulent, route_case)

    response = client_for(consulent).post(
        "/api/v1/proposals/",
        proposal_body(route_case, rendement_motivation="", deviates=True),
        format="json",
    )

    assert response.status_code == 400
    errors = response.json()
    assert errors["rendement_motivation"] == ["Motiveer de score voor rendement."]
    assert errors["deviation_rule"] == ["Noem de regel waarvan wordt afgeweken."]
    assert not Proposal.objects.exists()


def test_the_teamleider_decides_within_the_frameworks(
    client_for, consulent, teamleider, route_case, proposed
):
    proposal = proposed(consulent, route_case)

    response = _decide(client_for(teamleider), proposal)

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["outcome"], body["level"], body["decided_by"]) == (
        "akkoord",
        "binnen_kaders",
        teamleider.pk,
    )
    assert body["case"] == route_case.pk
    assert _phase(route_case) == "uitvoering"


def test_nobody_decides_their_own_proposal(client_for, omo, route_case, proposed):
    proposal = proposed(omo, route_case, within_frameworks=False)

    response = _decide(client_for(omo), proposal)

    assert response.status_code == 403
    assert response.json() == {"detail": "U kunt niet besluiten over uw eigen voorstel."}
    assert not Decision.objects.exists()
    assert _phase(route_case) == "besluitvorming"


def test_a_colleague_in_the_same_seat_cannot_decide_either(
    client_for, consulent, route_case, proposed
):
    from ...factories import UserFactory

    colleague = UserFactory(role="consulent", team=consulent.team)
    proposal = proposed(consulent, route_case)

    response = _decide(client_for(colleague), proposal)

    assert response.status_code == 403
    assert "dezelfde rol" in response.json()["detail"]
    assert not Decision.objects.exists()


def test_deciding_above_the_mandate_is_refused(client_for, consulent, omo, route_case, proposed):
    proposal = proposed(consulent, route_case)  # binnen kaders: the teamleider decides

    response = _decide(client_for(omo), proposal)

    assert response.status_code == 403
    assert response.json() == {
        "detail": "Dit voorstel valt niet binnen uw mandaat: de rol Teamleider besluit."
    }
    assert not Decision.objects.exists()


def test_a_college_decision_needs_its_date_and_reference(
    client_for, consulent, omo, route_case, proposed
):
    proposal = proposed(consulent, route_case, cost_estimate=str(COLLEGE_COST))
    assert proposal["mandate_level"] == "college"

    missing = _decide(client_for(omo), proposal)
    recorded = _decide(
        client_for(omo),
        proposal,
        college_date=datetime.date.today().isoformat(),
        college_reference="B&W 2026/123",
    )

    assert missing.status_code == 400
    assert set(missing.json()) == {"college_date", "college_reference"}
    assert recorded.status_code == 201, recorded.content
    assert recorded.json()["college_reference"] == "B&W 2026/123"
    assert Decision.objects.count() == 1


def test_above_the_threshold_the_omo_functionaris_cannot_decide_alone(
    client_for, consulent, teamleider, route_case, proposed
):
    proposal = proposed(consulent, route_case, cost_estimate=str(COLLEGE_COST))

    response = _decide(
        client_for(teamleider),
        proposal,
        college_date=datetime.date.today().isoformat(),
        college_reference="B&W 2026/123",
    )

    assert response.status_code == 403
    assert "College" in response.json()["detail"]
    assert not Decision.objects.exists()


def test_a_rejection_without_motivation_is_refused(
    client_for, consulent, teamleider, route_case, proposed
):
    proposal = proposed(consulent, route_case)

    response = _decide(client_for(teamleider), proposal, outcome="afgewezen", motivation=" ")

    assert response.status_code == 400
    assert response.json() == {"motivation": ["Motiveer het besluit."]}
    assert not Decision.objects.exists()
    assert _phase(route_case) == "besluitvorming"


def test_a_second_decision_is_a_conflict_and_the_first_stands(
    client_for, consulent, teamleider, route_case, proposed
):
    proposal = proposed(consulent, route_case)
    first = _decide(client_for(teamleider), proposal, outcome="afgewezen", motivation="Te duur.")

    second = _decide(client_for(teamleider), proposal, outcome="akkoord", motivation="Toch.")

    assert first.status_code == 201
    assert second.status_code == 409
    assert "al besloten" in second.json()["detail"]
    assert list(Decision.objects.values_list("outcome", flat=True)) == ["afgewezen"]
    assert _phase(route_case) == "afgewezen"


def test_outside_the_frameworks_the_omo_functionaris_decides_after_consultation(
    client_for, consulent, omo, wethouder, route_case, proposed
):
    from maatwerk.route import services

    proposal = proposed(consulent, route_case, within_frameworks=False)
    client = client_for(omo)

    too_early = _decide(client, proposal)
    advice = client.post(
        f"/api/v1/proposals/{proposal['id']}/advice/",
        {"recommendation": "akkoord", "text": "Goed onderbouwd."},
        format="json",
    )
    consult = client.post(
        f"/api/v1/proposals/{proposal['id']}/consult/",
        {"portefeuillehouder": wethouder.pk, "question": "Mag dit buiten de kaders?"},
        format="json",
    )
    # The portefeuillehouder answers on their own screen.
    services.record_portfolio_view(
        wethouder, PortfolioConsultation.objects.get(), "Ik steun dit voorstel."
    )
    decided = _decide(client_for(omo), proposal)

    assert too_early.status_code == 403
    assert "portefeuillehouder" in too_early.json()["detail"]
    assert advice.status_code == 201, advice.content
    assert advice.json()["recommendation"] == "akkoord"
    assert consult.status_code == 201, consult.content
    assert consult.json()["portefeuillehouder"] == wethouder.pk
    assert decided.status_code == 201, decided.content
    assert decided.json()["level"] == "buiten_kaders"
    shown = client_for(omo).get(f"/api/v1/proposals/{proposal['id']}/").json()
    assert [a["id"] for a in shown["advices"]] == [advice.json()["id"]]
    assert shown["portfolio_consultations"][0]["view"] == "Ik steun dit voorstel."
    assert shown["decisions"] == [decided.json()["id"]]


def test_advice_is_never_on_ones_own_proposal(client_for, omo, route_case, proposed):
    proposal = proposed(omo, route_case, within_frameworks=False)

    response = client_for(omo).post(
        f"/api/v1/proposals/{proposal['id']}/advice/",
        {"recommendation": "akkoord", "text": "Prima."},
        format="json",
    )

    assert response.status_code == 403
    assert response.json() == {"detail": "U kunt geen advies geven over uw eigen voorstel."}
    assert not Advice.objects.exists()


def test_only_a_portefeuillehouder_can_be_consulted(
    client_for, consulent, omo, route_case, proposed
):
    proposal = proposed(consulent, route_case, within_frameworks=False)

    response = client_for(omo).post(
        f"/api/v1/proposals/{proposal['id']}/consult/",
        {"portefeuillehouder": consulent.pk, "question": "Mag dit?"},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {"portefeuillehouder": ["Kies een portefeuillehouder."]}
    assert not PortfolioConsultation.objects.exists()


def test_a_decision_is_replaced_by_a_linked_one_never_changed(
    client_for, consulent, teamleider, route_case, proposed
):
    proposal = proposed(consulent, route_case)
    first = _decide(client_for(teamleider), proposal, outcome="afgewezen", motivation="Te duur.")
    first_id = first.json()["id"]
    client = client_for(teamleider)

    without_reason = client.post(
        f"/api/v1/decisions/{first_id}/supersede/",
        {"outcome": "akkoord", "motivation": "Na bezwaar."},
        format="json",
    )
    replaced = client.post(
        f"/api/v1/decisions/{first_id}/supersede/",
        {"outcome": "akkoord", "motivation": "Na bezwaar.", "supersede_reason": "Bezwaar gegrond."},
        format="json",
    )
    again = client.post(
        f"/api/v1/decisions/{first_id}/supersede/",
        {"outcome": "ingetrokken", "motivation": "Toch niet.", "supersede_reason": "Vergissing."},
        format="json",
    )
    changed = client.patch(f"/api/v1/decisions/{first_id}/", {"outcome": "akkoord"})

    assert without_reason.status_code == 400
    assert without_reason.json() == {
        "supersede_reason": ["Geef aan waarom het besluit wordt vervangen."]
    }
    assert replaced.status_code == 201, replaced.content
    assert replaced.json()["supersedes"] == first_id
    assert again.status_code == 409  # the first one was already replaced
    assert changed.status_code == 403
    old = client.get(f"/api/v1/decisions/{first_id}/").json()
    assert (old["outcome"], old["superseded_by"]) == ("afgewezen", replaced.json()["id"])
    assert Decision.objects.count() == 2
    assert _phase(route_case) == "uitvoering"
    listed = client.get(f"/api/v1/decisions/?proposal={proposal['id']}").json()["results"]
    assert [row["id"] for row in listed] == [first_id, replaced.json()["id"]]
