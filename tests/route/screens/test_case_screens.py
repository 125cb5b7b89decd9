"""The route's screens on a case, used as a consulent, a teamleider and the OMO-functionaris
would: each form reaches its service, and each refusal is shown in Dutch."""

import datetime

import pytest
from django.urls import reverse

from maatwerk.route import services
from maatwerk.route.models import CanvasVersion, Decision, Proposal
from maatwerk.route.workflow import Phase

from ..test_flow import on_the_table, phase, proposal_fields

pytestmark = pytest.mark.django_db


def proposal_post(**overrides) -> dict:
    fields = proposal_fields(**overrides)
    data = {key: value for key, value in fields.items() if value not in (False, None)}
    if not isinstance(fields["cost_estimate"], str):  # as a person types it: 3000,00
        data["cost_estimate"] = str(fields["cost_estimate"]).replace(".", ",")
    return data


def test_the_dossier_shows_the_route_with_a_form_to_put_the_case_on_the_agenda(
    client, consulent, route_case
):
    client.force_login(consulent)

    page = client.get(reverse("cases:detail", args=[route_case.pk])).content.decode()

    assert "Maatwerkroute" in page
    assert reverse("route:put_on_agenda", args=[route_case.pk]) in page


def test_a_consulent_puts_the_case_on_the_next_consultation(client, consulent, route_case):
    client.force_login(consulent)

    response = client.post(
        reverse("route:put_on_agenda", args=[route_case.pk]),
        {"agenda-question": "Kan de corporatie de huurschuld bevriezen?"},
    )

    assert response.status_code == 302
    assert phase(route_case) == Phase.GEAGENDEERD
    assert route_case.agenda_items.get().question.startswith("Kan de corporatie")


def test_an_agenda_date_in_the_past_is_refused_and_the_question_kept(client, consulent, route_case):
    client.force_login(consulent)

    response = client.post(
        reverse("route:put_on_agenda", args=[route_case.pk]),
        {"agenda-question": "Mijn lange vraag", "agenda-date": "2020-01-07"},
    )

    assert response.status_code == 400
    assert "in het verleden" in response.content.decode()
    assert "Mijn lange vraag" in response.content.decode()
    assert phase(route_case) == Phase.IN_BEHANDELING


def test_the_canvas_is_saved_as_versions_and_two_versions_are_compared(
    client, consulent, route_case
):
    client.force_login(consulent)
    url = reverse("route:canvas", args=[route_case.pk])
    blockage = route_case.blockages.get()

    client.post(url, {"situation": "Eerste versie", "blockages": [str(blockage.pk)]})
    client.post(url, {"situation": "Tweede versie", "goal": "Een eigen huis"})
    page = client.get(reverse("route:canvas_compare", args=[route_case.pk])).content.decode()

    assert CanvasVersion.objects.filter(case=route_case).count() == 2
    assert "Eerste versie" in page and "Tweede versie" in page
    assert "gewijzigd" in page


def test_a_proposal_with_dutch_amounts_gets_its_mandate_level(client, consulent, omo, route_case):
    item = services.put_on_agenda(consulent, route_case, "Vraag")
    services.record_outcome(omo, item, "besluit_nu")
    client.force_login(consulent)

    response = client.post(
        reverse("route:proposal_new", args=[route_case.pk]),
        proposal_post(cost_estimate="3.080,00"),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    proposal = Proposal.objects.get()
    assert str(proposal.cost_estimate) == "3080.00"
    assert proposal.mandate_level == "binnen_kaders"


def test_a_proposal_without_motivations_is_refused_and_keeps_the_solution(
    client, consulent, omo, route_case
):
    item = services.put_on_agenda(consulent, route_case, "Vraag")
    services.record_outcome(omo, item, "besluit_nu")
    client.force_login(consulent)

    response = client.post(
        reverse("route:proposal_new", args=[route_case.pk]),
        proposal_post(rendement_motivation="", deviates="on"),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Motiveer de score voor rendement." in page
    assert "Noem de regel waarvan wordt afgeweken." in page
    assert "Participatiebonus" in page
    assert not Proposal.objects.exists()


def test_the_proposer_is_not_offered_the_decision_and_a_forged_post_is_refused(
    client, consulent, omo, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    client.force_login(consulent)

    page = client.get(reverse("cases:detail", args=[route_case.pk])).content.decode()
    forged = client.post(
        reverse("route:decide", args=[proposal.pk]), {"outcome": "akkoord", "motivation": "Ja"}
    )

    assert reverse("route:decide", args=[proposal.pk]) not in page
    assert "eigen voorstel" in page
    assert forged.status_code == 403
    assert not Decision.objects.exists()


def test_the_teamleider_decides_within_the_frameworks(
    client, consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    client.force_login(teamleider)

    response = client.post(
        reverse("route:decide", args=[proposal.pk]),
        {"outcome": "akkoord", "motivation": "Goedkoper dan bewindvoering."},
    )

    assert response.status_code == 302
    assert Decision.objects.get().decided_by == teamleider
    assert phase(route_case) == Phase.UITVOERING


def test_above_the_threshold_the_omo_functionaris_cannot_approve_but_records_the_college(
    client, consulent, omo, route_case
):
    proposal = on_the_table(consulent, omo, route_case, cost_estimate="50000")
    client.force_login(omo)
    url = reverse("route:decide", args=[proposal.pk])

    missing = client.post(url, {"outcome": "akkoord", "motivation": "Het College besloot."})
    recorded = client.post(
        url,
        {
            "outcome": "akkoord",
            "motivation": "Het College besloot.",
            "college_date": datetime.date.today().isoformat(),
            "college_reference": "B&W 2026/0412",
        },
    )

    assert missing.status_code == 400
    assert "Vul de datum van het collegebesluit in." in missing.content.decode()
    assert recorded.status_code == 302
    assert Decision.objects.get().college_reference == "B&W 2026/0412"


def test_a_decision_taken_meanwhile_is_a_conflict(client, consulent, omo, teamleider, route_case):
    proposal = on_the_table(consulent, omo, route_case)
    client.force_login(teamleider)
    url = reverse("route:decide", args=[proposal.pk])
    client.get(url)
    services.decide(teamleider, proposal, outcome="afgewezen", motivation="Te duur.")

    response = client.post(url, {"outcome": "akkoord", "motivation": "Toch wel."})

    assert response.status_code == 409
    assert "intussen al besloten" in response.content.decode()
    assert Decision.objects.count() == 1


def test_a_decision_is_replaced_by_a_new_one_with_a_reason(
    client, consulent, omo, teamleider, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    first = services.decide(teamleider, proposal, outcome="afgewezen", motivation="Te duur.")
    client.force_login(teamleider)

    response = client.post(
        reverse("route:supersede", args=[first.pk]),
        {
            "outcome": "akkoord",
            "motivation": "Bezwaar gegrond.",
            "supersede_reason": "Bezwaar van het huishouden gegrond verklaard.",
        },
    )

    assert response.status_code == 302
    assert Decision.objects.get(supersedes=first).outcome == "akkoord"
    assert phase(route_case) == Phase.UITVOERING


def test_the_omo_functionaris_advises_and_puts_the_proposal_before_the_alderman(
    client, consulent, omo, wethouder, route_case
):
    proposal = on_the_table(consulent, omo, route_case, within_frameworks=False)
    client.force_login(omo)

    client.post(
        reverse("route:advice", args=[proposal.pk]),
        {"advies-recommendation": "akkoord", "advies-text": "Goed onderbouwd."},
    )
    client.post(
        reverse("route:consult", args=[proposal.pk]),
        {"voorleggen-portefeuillehouder": wethouder.pk, "voorleggen-question": "Akkoord?"},
    )

    assert proposal.advices.get().text == "Goed onderbouwd."
    assert proposal.portfolio_consultations.get().portefeuillehouder == wethouder


def test_another_teams_case_is_not_found(client, consulent_zuid, route_case):
    client.force_login(consulent_zuid)

    response = client.get(reverse("route:canvas", args=[route_case.pk]))

    assert response.status_code == 404


def test_the_anonymised_dossier_shows_the_route_without_names_or_texts(
    client, consulent, omo, teamleider, controller, route_case
):
    proposal = on_the_table(consulent, omo, route_case)
    services.decide(teamleider, proposal, outcome="akkoord", motivation="Geheime motivering")
    client.force_login(controller)

    page = client.get(reverse("cases:detail", args=[route_case.pk])).content.decode()

    assert "Maatwerkroute" in page and "Akkoord" in page
    for personal in ("Geheime motivering", "Participatiebonus", "Yvonne", consulent.last_name):
        assert personal not in page


def test_the_case_list_shows_and_filters_the_phase(client, consulent, omo, route_case):
    services.put_on_agenda(consulent, route_case, "Vraag")
    client.force_login(consulent)

    listed = client.get(reverse("cases:list"), {"weergave": "team", "fase": "geagendeerd"})
    none = client.get(reverse("cases:list"), {"weergave": "team", "fase": "uitvoering"})

    assert route_case.reference in listed.content.decode()
    assert "Geagendeerd" in listed.content.decode()
    assert route_case.reference not in none.content.decode()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("3.080,00", "3080.00"),
        ("3080", "3080.00"),
        ("€ 3.080", "3080.00"),
        ("13000.50", "13000.50"),
    ],
)
def test_an_amount_is_read_as_a_dutch_person_types_it(typed, stored):
    from decimal import Decimal

    from maatwerk.core.forms import EuroField

    assert EuroField().clean(typed) == Decimal(stored)


def _cases_on_the_agenda(consulent, count: int) -> None:
    from maatwerk.cases.workflow import CaseStatus

    from ...factories import CaseFactory, HouseholdFactory, MemberFactory

    for _ in range(count):
        household = HouseholdFactory(team=consulent.team)
        MemberFactory(household=household, bsn="")
        case = CaseFactory(
            household=household, regisseur=consulent, status=CaseStatus.IN_BEHANDELING
        )
        services.put_on_agenda(consulent, case, "Vraag")


def test_the_phase_column_costs_no_query_per_row(client, consulent):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(consulent)
    url = reverse("cases:list")
    counts = []
    for more in (2, 8):
        _cases_on_the_agenda(consulent, more)
        with CaptureQueriesContext(connection) as queries:
            page = client.get(url, {"weergave": "team"}).content.decode()
        counts.append(len(queries))
        assert page.count("Geagendeerd") >= more
    assert counts[0] == counts[1]
