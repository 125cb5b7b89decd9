"""The portefeuillehouder's screen: exactly the proposals put before them, nothing of the
household, and their view recorded once."""

import pytest
from django.urls import reverse

from maatwerk.accounts.roles import Role
from maatwerk.audit.services import AccessLog
from maatwerk.route import services
from maatwerk.route.models import LegalGround, PortfolioConsultation

from ...factories import UserFactory
from .conftest import case_of, proposal_on

pytestmark = pytest.mark.django_db

PORTFOLIO = reverse("route:portfolio")


@pytest.fixture
def other_wethouder(wethouder):
    return UserFactory(
        username="wethouder2",
        role=Role.PORTEFEUILLEHOUDER,
        team=None,
        municipality=wethouder.municipality,
    )


@pytest.fixture
def put_before(consulent, omo, wethouder):
    case = case_of(consulent, first_name="Annabel", last_name="Vertrouwelijk", street="Geheimlaan")
    proposal = proposal_on(
        consulent,
        omo,
        case,
        within_frameworks=False,
        deviates=True,
        deviation_rule="Kostendelersnorm",
        deviation_ground=LegalGround.HARDHEIDSCLAUSULE,
        deviation_power_holder="Het college",
        deviation_motivation="De zoon blijft alleen tijdelijk.",
    )
    return services.put_before_portefeuillehouder(omo, proposal, wethouder, "Steunt u dit?")


def view_url(consultation) -> str:
    return reverse("route:portfolio_view", args=[consultation.pk])


def test_the_portefeuillehouder_sees_the_proposal_and_nothing_of_the_household(
    client, wethouder, put_before
):
    client.force_login(wethouder)

    response = client.get(PORTFOLIO)

    assert response.status_code == 200
    html = response.content.decode()
    proposal = put_before.proposal
    for shown in (
        proposal.case.reference,
        "Steunt u dit?",
        "Participatiebonus om de schuldregeling rond te krijgen.",
        "€ 3.000,00",
        "Buiten bestaande kaders",
        "Voorkomt jaren bewindvoering.",
        "Kostendelersnorm",
        "Hardheidsclausule",
        "Het college",
    ):
        assert shown in html, shown
    household = proposal.case.household
    hidden_values = ("Annabel", "Vertrouwelijk", "Geheimlaan", household.postcode, household.city)
    for hidden in (*hidden_values, proposal.case.title):
        assert hidden not in html, hidden
    assert reverse("cases:detail", args=[proposal.case.pk]) not in html


def test_reading_the_proposals_is_in_the_access_log(client, wethouder, put_before):
    client.force_login(wethouder)

    client.get(PORTFOLIO)

    row = AccessLog.objects.filter(channel="scherm:portefeuille").latest("pk")
    assert (row.user, row.case_id, row.action) == (wethouder, put_before.proposal.case_id, "read")


def test_another_portefeuillehouder_sees_none_of_them(client, other_wethouder, put_before):
    client.force_login(other_wethouder)

    response = client.get(PORTFOLIO)

    assert response.context["consultations"] == []
    assert put_before.proposal.case.reference not in response.content.decode()


def test_the_view_is_recorded_once(client, wethouder, put_before):
    client.force_login(wethouder)
    field = f"voorlegging-{put_before.pk}-view"

    response = client.post(view_url(put_before), {field: "Ik steun dit voorstel."})

    assert response.status_code == 302
    put_before.refresh_from_db()
    assert put_before.view == "Ik steun dit voorstel." and put_before.answered_at
    again = client.post(view_url(put_before), {field: "Toch niet."})
    assert "al gegeven" in again.content.decode()
    put_before.refresh_from_db()
    assert put_before.view == "Ik steun dit voorstel."
    assert view_url(put_before) not in client.get(PORTFOLIO).content.decode()


def test_an_empty_view_is_refused_with_a_message_on_the_field(client, wethouder, put_before):
    client.force_login(wethouder)

    response = client.post(view_url(put_before), {f"voorlegging-{put_before.pk}-view": " "})

    assert response.status_code == 200
    assert "Schrijf uw zienswijze op." in response.content.decode()
    assert PortfolioConsultation.objects.get(pk=put_before.pk).answered_at is None


def test_a_view_on_a_proposal_put_before_someone_else_is_not_found(
    client, other_wethouder, put_before
):
    client.force_login(other_wethouder)

    response = client.post(view_url(put_before), {f"voorlegging-{put_before.pk}-view": "Ja."})

    assert response.status_code == 404
    assert PortfolioConsultation.objects.get(pk=put_before.pk).answered_at is None


@pytest.mark.parametrize("persona", ["consulent", "omo", "teamleider"])
def test_case_workers_do_not_open_the_portefeuillehouders_screen(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    assert client.get(PORTFOLIO).status_code == 403


def test_the_portefeuillehouder_still_has_no_case_access(client, wethouder, put_before):
    client.force_login(wethouder)

    response = client.get(reverse("cases:detail", args=[put_before.proposal.case_id]))

    assert response.status_code in (403, 404)
