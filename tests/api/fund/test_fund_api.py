"""The fund through the API: the same rules as on the screens (budget op is a 409, bad
amounts a Dutch 400 and the ledger as before), the authorization table answered exactly for
every role, and no role receiving a field outside its allowlist — the controller gets
figures, references and reasons, never a name or a free text."""

import datetime
from decimal import Decimal

import pytest

from maatwerk.accounts import policy
from maatwerk.accounts.roles import Role
from maatwerk.fund import services
from maatwerk.fund.models import CostItem, Kassabon, LedgerEntry
from maatwerk.route import services as route
from maatwerk.route.models import Decision

from ...fund.conftest import kassabon_with_a_line, make_fund, proposal_on_the_table
from ..conftest import assert_no_canaries

pytestmark = pytest.mark.django_db

ROLE_FIXTURES = {
    Role.CONSULENT: "consulent",
    Role.TEAMLEIDER: "teamleider",
    Role.OMO_FUNCTIONARIS: "omo",
    Role.PORTEFEUILLEHOUDER: "wethouder",
    Role.CONTROLLER: "controller",
    Role.BELEIDSMEDEWERKER: "beleid",
    Role.BEHEERDER: "beheerder",
}


@pytest.fixture
def world(consulent, omo, teamleider, controller, noord_case):
    fund = make_fund(controller)
    kassabon_with_a_line(consulent, noord_case, "Kanarie kassabon", "Kanarie vrije regel")
    noord_case.status = "in_behandeling"
    noord_case.save()
    proposal = proposal_on_the_table(consulent, omo, noord_case, fund)
    decision = route.decide(teamleider, proposal, outcome="akkoord", motivation="Kanarie motief")
    commitment = Decision.objects.get(pk=decision.pk).commitment
    later = datetime.date.today() + datetime.timedelta(days=30)
    receivable = services.prefinance(
        controller,
        commitment,
        "500",
        debtor_kind="school",
        debtor="Samenwerkingsverband",
        due_date=later,
        payee="Vervoerder",
        reference="V-1",
    )
    statement = services.make_statement(
        controller,
        partner_kind="woningcorporatie",
        period_start=datetime.date.today(),
        period_end=datetime.date.today(),
    )
    return {
        "funds": fund,
        "ledger-entries": commitment,
        "receivables": receivable,
        "cost-items": CostItem.objects.first(),
        "kassabons": Kassabon.objects.get(frozen_at__isnull=False),
        "settlement-statements": statement,
    }


ACTIONS = [
    ("funds", "top-up"),
    ("ledger-entries", "payment"),
    ("ledger-entries", "release"),
    ("ledger-entries", "prefinance"),
    ("ledger-entries", "correction"),
    ("receivables", "repay"),
    ("receivables", "write-off"),
    ("receivables", "reminder"),
    ("kassabons", "lines"),
    ("kassabons", "remove-line"),
    ("kassabons", "realised"),
    ("settlement-statements", "contribution"),
]


def _calls(world):
    for resource, record in world.items():
        yield f"/api/v1/{resource}/", "GET", f"api:{resource}-list"
        yield f"/api/v1/{resource}/", "POST", f"api:{resource}-list"
        yield f"/api/v1/{resource}/{record.pk}/", "GET", f"api:{resource}-detail"
        yield f"/api/v1/{resource}/{record.pk}/", "PATCH", f"api:{resource}-detail"
        yield f"/api/v1/{resource}/{record.pk}/", "DELETE", f"api:{resource}-detail"
    yield f"/api/v1/funds/{world['funds'].pk}/balance/", "GET", "api:funds-balance"
    yield "/api/v1/receivables/overdue/", "GET", "api:receivables-overdue"
    for resource, name in ACTIONS:
        yield f"/api/v1/{resource}/{world[resource].pk}/{name}/", "POST", f"api:{resource}-{name}"


@pytest.mark.parametrize("role", list(ROLE_FIXTURES))
def test_the_fund_api_answers_exactly_as_the_policy_says(request, api_client, world, role):
    user = request.getfixturevalue(ROLE_FIXTURES[role])
    api_client.force_authenticate(user)
    unexpected = []
    for path, method, view_name in _calls(world):
        response = getattr(api_client, method.lower())(path, {}, format="json")
        allowed = policy.is_allowed(view_name, method, user)
        if allowed and response.status_code in (401, 403):
            unexpected.append(("refused", method, path, response.status_code))
        if not allowed and response.status_code not in (403, 405):
            unexpected.append(("allowed", method, path, response.status_code))
    assert unexpected == []


@pytest.mark.parametrize("role", list(ROLE_FIXTURES))
def test_no_role_receives_a_fund_field_outside_its_allowlist(request, api_client, world, role):
    user = request.getfixturevalue(ROLE_FIXTURES[role])
    api_client.force_authenticate(user)
    for resource, record in world.items():
        allowed = policy.allowed_fields(resource, user)
        for path in (f"/api/v1/{resource}/", f"/api/v1/{resource}/{record.pk}/"):
            response = api_client.get(path)
            if response.status_code != 200:
                assert not allowed, (role, path, response.status_code)
                continue
            body = response.json()
            for item in body["results"] if "results" in body else [body]:
                assert set(item) <= allowed, (role, path, set(item) - allowed)


def test_the_controller_gets_figures_and_no_canary(client_for, controller, world):
    api = client_for(controller)
    for path in (
        "/api/v1/kassabons/",
        f"/api/v1/kassabons/{world['kassabons'].pk}/",
        "/api/v1/ledger-entries/",
        "/api/v1/receivables/",
        "/api/v1/funds/",
        "/api/v1/settlement-statements/",
    ):
        response = api.get(path)
        assert response.status_code == 200, path
        assert_no_canaries(response.content.decode())
    body = api.get(f"/api/v1/kassabons/{world['kassabons'].pk}/").json()
    assert body["receipt"]["scenarios"][0]["total"] == "3000.00"
    assert body["receipt"]["scenarios"][0]["lines"][0]["description"] == "Vrije regel"


def test_balance_and_a_payment_through_the_api(client_for, controller, world):
    api = client_for(controller)
    fund, commitment = world["funds"], world["ledger-entries"]
    assert api.get(f"/api/v1/funds/{fund.pk}/balance/").json()["available"] == "7000.00"

    response = api.post(
        f"/api/v1/ledger-entries/{commitment.pk}/payment/",
        {"amount": "1000.00", "payee": "Stichting", "reference": "F-1"},
        format="json",
    )
    assert response.status_code == 201
    assert response.json()["commitment_open_after"] == "1500.00"


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0", "groter zijn dan nul"),
        ("-1", "groter zijn dan nul"),
        ("1.005", "twee cijfers"),
        ("2500.01", "meer dan er op de reservering open staat"),
    ],
)
def test_a_bad_payment_through_the_api_is_a_dutch_400(
    client_for, controller, world, amount, message
):
    api = client_for(controller)
    before = LedgerEntry.objects.count()
    response = api.post(
        f"/api/v1/ledger-entries/{world['ledger-entries'].pk}/payment/",
        {"amount": amount, "payee": "X", "reference": "Y"},
        format="json",
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert LedgerEntry.objects.count() == before


def test_a_malformed_ledger_filter_is_a_dutch_400_not_ignored(client_for, controller, world):
    api = client_for(controller)
    fund = world["funds"]

    filtered = api.get("/api/v1/ledger-entries/", {"fund": fund.pk, "kind": "commitment"})
    malformed = api.get("/api/v1/ledger-entries/", {"fund": "drie"})
    unknown_kind = api.get("/api/v1/ledger-entries/", {"kind": "cadeau"})

    assert filtered.status_code == 200
    assert {e["kind"] for e in filtered.json()["results"]} == {"commitment"}
    assert malformed.status_code == 400 and "geheel getal" in malformed.content.decode()
    assert unknown_kind.status_code == 400 and "geldige keuze" in unknown_kind.content.decode()


def test_amounts_of_a_receivable_are_strings_of_euros_and_cents(client_for, controller, world):
    body = client_for(controller).get(f"/api/v1/receivables/{world['receivables'].pk}/").json()
    overdue = client_for(controller).get("/api/v1/receivables/overdue/").json()

    assert (body["amount"], body["open_amount"]) == ("500.00", "500.00")
    assert overdue == []  # a plain list, the whole worklist: due in 30 days, not yet overdue


def test_repaying_more_than_is_owed_is_refused(client_for, controller, world):
    api = client_for(controller)
    response = api.post(
        f"/api/v1/receivables/{world['receivables'].pk}/repay/",
        {"amount": "500.01", "reference": "T"},
        format="json",
    )
    assert response.status_code == 400 and "nog EUR 500,00 open" in response.content.decode()


def test_budget_op_through_the_api_is_a_409_and_records_nothing(
    client_for, consulent, omo, teamleider, controller, route_case
):
    fund = make_fund(controller, budget="100", name="Stelpost")
    proposal = proposal_on_the_table(consulent, omo, route_case, fund)
    response = client_for(teamleider).post(
        f"/api/v1/proposals/{proposal.pk}/decide/",
        {"outcome": "akkoord", "motivation": "Doelmatig"},
        format="json",
    )
    assert response.status_code == 409
    assert "Budget op" in response.content.decode()
    assert not Decision.objects.filter(proposal=proposal).exists()
    assert services.totals(fund).committed == Decimal("0")


def test_a_fund_request_through_the_api_needs_the_reason(
    client_for, consulent, omo, route_case, fund
):
    item = route.put_on_agenda(consulent, route_case, "Vraag")
    route.record_outcome(omo, item, "besluit_nu")
    response = client_for(consulent).post(
        "/api/v1/proposals/",
        {
            "case": route_case.pk,
            "solution": "Bonus",
            "cost_estimate": "3000.00",
            "within_frameworks": True,
            "fund_requested": True,
            "fund_amount": "3000.00",
            "fund": fund.pk,
            "rendement_score": 4,
            "rendement_motivation": "a",
            "legitimiteit_score": 4,
            "legitimiteit_motivation": "b",
            "betrokkenheid_score": 4,
            "betrokkenheid_motivation": "c",
        },
        format="json",
    )
    assert response.status_code == 400
    assert "regular_budget_reason" in response.json()


def test_a_kassabon_through_the_api_reproduces_the_class_case(client_for, consulent, route_case):
    api = client_for(consulent)
    kassabon = api.post(
        "/api/v1/kassabons/",
        {"case": route_case.pk, "title": "Klas", "horizon_years": 1, "without": "escalatie"},
        format="json",
    ).json()
    hours = CostItem.objects.get(name__startswith="Hulpverlening door")
    traject = CostItem.objects.get(name__startswith="Jeugdzorg trajectfinanciering")
    api.post(
        f"/api/v1/kassabons/{kassabon['id']}/lines/",
        {"scenario": "met", "item": hours.pk, "quantity": "40", "periods": "1", "investment": True},
        format="json",
    )
    body = api.post(
        f"/api/v1/kassabons/{kassabon['id']}/lines/",
        {"scenario": "escalatie", "item": traject.pk, "quantity": "2", "periods": "1"},
        format="json",
    ).json()
    comparison = body["receipt"]["comparisons"][0]
    assert (comparison["investment"], comparison["net_benefit"], comparison["ratio"]) == (
        "3080.00",
        "64920.00",
        "22.08",
    )
    bad = api.post(
        f"/api/v1/kassabons/{kassabon['id']}/lines/",
        {"scenario": "met", "description": "Iets", "unit_cost": "10", "unit": "once"},
        format="json",
    )
    assert bad.status_code == 400 and "periods" in bad.json() and "payer" in bad.json()


def test_a_discount_rate_above_twenty_is_refused_by_the_api(client_for, consulent, route_case):
    response = client_for(consulent).post(
        "/api/v1/kassabons/",
        {"case": route_case.pk, "title": "K", "discount_rate": "25"},
        format="json",
    )
    assert response.status_code == 400 and "tussen 0 en 20" in response.content.decode()


def test_a_kassabon_for_another_teams_case_is_a_dutch_400_and_nothing_is_made(
    client_for, consulent_zuid, route_case
):
    response = client_for(consulent_zuid).post(
        "/api/v1/kassabons/", {"case": route_case.pk, "title": "Kanarie"}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {"case": ["Deze casus bestaat niet."]}
    assert not Kassabon.objects.exists()
