"""Every write of the fund — screen and API — is done under the person who acted: each
booking names who booked it, the catalogue's and the kassabon's changes are in the change
history with an actor, and a write that touches a case file adds its row to the access log.
Walks every write URL the fund declares in its policy."""

import datetime

import pytest
from auditlog.models import LogEntry
from django.urls import resolve, reverse

from maatwerk.audit.services import AccessLog
from maatwerk.fund import catalogue, services
from maatwerk.fund import policy as fund_policy
from maatwerk.fund.models import CostItem, Kassabon, LedgerEntry, Line, Receivable
from maatwerk.route import services as route
from maatwerk.route.models import Decision

from ..factories import CaseFactory
from ..fund.conftest import make_fund, proposal_on_the_table

pytestmark = pytest.mark.django_db

WRITES = {"POST", "PUT", "PATCH"}
FUND_WRITES = {name for name, methods in fund_policy.ENTRIES.items() if WRITES & set(methods)}
# Writes that concern no case file: the fund itself, reminders to a party, statements.
NO_CASE = {
    "fund:top_up",
    "fund:remind",
    "fund:statements",
    "fund:contribution",
    "api:funds-top-up",
    "api:receivables-reminder",
    "api:settlement-statements-list",
    "api:settlement-statements-contribution",
}


class Recorder:
    def __init__(self, client, reached: set) -> None:
        self.client, self.reached = client, reached

    def post(self, path: str, data=None, **kwargs):
        view_name = resolve(path.split("?")[0]).view_name
        self.reached.add(view_name)
        logged = AccessLog.objects.count()
        response = self.client.post(path, data or {}, **kwargs)
        expected = (200, 201) if path.startswith("/api/") else (302,)
        assert response.status_code in expected, (path, response.status_code, response.content)
        if view_name not in NO_CASE:
            assert AccessLog.objects.count() > logged, f"POST {view_name}: geen logregel"
        return response


def _decided_case(consulent, omo, teamleider, fund):
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    services.create_kassabon(consulent, case, title="Kassabon")
    kassabon = services.open_kassabon(case)
    services.add_line(
        consulent, kassabon, "met", item=CostItem.objects.first(), periods=1, investment=True
    )
    decision = route.decide(
        teamleider,
        proposal_on_the_table(consulent, omo, case, fund, "1000"),
        outcome="akkoord",
        motivation="Doelmatig",
    )
    return case, Decision.objects.get(pk=decision.pk).commitment


def _overdue(receivable: Receivable) -> None:
    # A receivable whose due date passed (set up by the test, not by a service).
    Receivable.objects.filter(pk=receivable.pk).update(
        due_date=datetime.date.today() - datetime.timedelta(days=30)
    )


def _screens(client, reached, consulent, controller, fund, case, commitment):
    screen = Recorder(client, reached)
    later = (datetime.date.today() + datetime.timedelta(days=40)).isoformat()
    today = datetime.date.today().isoformat()
    client.force_login(controller)
    screen.post(
        reverse("fund:top_up", args=[fund.pk]),
        {"aanvulling-amount": "50", "aanvulling-source": "savings", "aanvulling-reference": "M1"},
    )
    screen.post(
        reverse("fund:payment", args=[commitment.pk]),
        {"betaling-amount": "100", "betaling-payee": "A", "betaling-reference": "F1"},
    )
    payment = LedgerEntry.objects.filter(commitment=commitment, kind="payment").get()
    screen.post(
        reverse("fund:correct", args=[payment.pk]),
        {"correctie-amount": "10", "correctie-reason": "Te veel"},
    )
    screen.post(
        reverse("fund:prefinance", args=[commitment.pk]),
        {
            "voorfinanciering-amount": "200",
            "voorfinanciering-debtor_kind": "school",
            "voorfinanciering-debtor": "School",
            "voorfinanciering-due_date": later,
            "voorfinanciering-payee": "Vervoerder",
            "voorfinanciering-reference": "V1",
        },
    )
    receivable = Receivable.objects.get(entries__commitment=commitment)
    screen.post(
        reverse("fund:repay", args=[receivable.pk]),
        {"terugbetaling-amount": "50", "terugbetaling-reference": "T1"},
    )
    _overdue(receivable)
    screen.post(reverse("fund:remind", args=[receivable.pk]), {"herinnering-note": "Gebeld"})
    screen.post(
        reverse("fund:write_off", args=[receivable.pk]),
        {"afboeken-amount": "10", "afboeken-reason": "Niet te innen"},
    )
    screen.post(
        reverse("fund:release", args=[commitment.pk]), {"vrijval-reason": "Rest niet nodig"}
    )
    frozen = Kassabon.objects.get(case=case, frozen_at__isnull=False)
    screen.post(
        reverse("fund:kassabon_realised", args=[frozen.pk]),
        {
            "gerealiseerd-scenario_kind": "met",
            "gerealiseerd-description": "Betaald",
            "gerealiseerd-payer": "gemeente_wmo",
            "gerealiseerd-amount": "900",
            "gerealiseerd-period_end": today,
        },
    )
    screen.post(
        reverse("fund:statements"),
        {"partner_kind": "woningcorporatie", "period_start": today, "period_end": today},
    )
    statement = controller_statement(controller)
    screen.post(
        reverse("fund:contribution", args=[statement.pk]),
        {"bijdrage-fund": str(fund.pk), "bijdrage-amount": "5", "bijdrage-reference": "VA"},
    )
    client.force_login(consulent)
    working = services.open_kassabon(case)
    Kassabon.objects.filter(pk=working.pk).delete()
    screen.post(
        reverse("fund:kassabon_new", args=[case.pk]),
        {"title": "Nieuw", "horizon_years": "3", "discount_rate": "2,25", "without": "niets"},
    )
    working = services.open_kassabon(case)
    screen.post(
        reverse("fund:kassabon_line", args=[working.pk]),
        {
            "regel-scenario": "niets",
            "regel-item": str(CostItem.objects.first().pk),
            "regel-periods": "2",
        },
    )
    line = Line.objects.filter(scenario__kassabon=working).get()
    screen.post(reverse("fund:kassabon_line_remove", args=[line.pk]))


def controller_statement(controller):
    from maatwerk.fund.models import SettlementStatement

    return SettlementStatement.objects.order_by("-pk").first()


def _api(api_client, reached, consulent, controller, fund, case, commitment):
    api = Recorder(api_client, reached)
    later = (datetime.date.today() + datetime.timedelta(days=40)).isoformat()
    today = datetime.date.today().isoformat()
    api_client.force_authenticate(controller)
    api.post(
        f"/api/v1/funds/{fund.pk}/top-up/",
        {"amount": "50", "source": "budget", "reference": "B&W 1"},
        format="json",
    )
    payment = api.post(
        f"/api/v1/ledger-entries/{commitment.pk}/payment/",
        {"amount": "100", "payee": "A", "reference": "F2"},
        format="json",
    ).json()
    api.post(
        f"/api/v1/ledger-entries/{payment['id']}/correction/",
        {"reason": "Dubbel"},
        format="json",
    )
    receivable = api.post(
        f"/api/v1/ledger-entries/{commitment.pk}/prefinance/",
        {
            "amount": "200",
            "debtor_kind": "zorgverzekeraar",
            "debtor": "Verzekeraar",
            "due_date": later,
            "payee": "Aanbieder",
            "reference": "V2",
        },
        format="json",
    ).json()
    api.post(
        f"/api/v1/receivables/{receivable['id']}/repay/",
        {"amount": "20", "reference": "T2"},
        format="json",
    )
    _overdue(Receivable.objects.get(pk=receivable["id"]))
    api.post(f"/api/v1/receivables/{receivable['id']}/reminder/", {"note": "Mail"}, format="json")
    api.post(
        f"/api/v1/receivables/{receivable['id']}/write-off/",
        {"reason": "Faillissement"},
        format="json",
    )
    api.post(f"/api/v1/ledger-entries/{commitment.pk}/release/", {"reason": "Klaar"}, format="json")
    frozen = Kassabon.objects.get(case=case, frozen_at__isnull=False)
    api.post(
        f"/api/v1/kassabons/{frozen.pk}/realised/",
        {
            "scenario_kind": "met",
            "description": "Betaald",
            "payer": "gemeente_wmo",
            "amount": "950",
            "period_end": today,
        },
        format="json",
    )
    statement = api.post(
        "/api/v1/settlement-statements/",
        {"partner_kind": "zorgverzekeraar", "period_start": today, "period_end": today},
        format="json",
    ).json()
    api.post(
        f"/api/v1/settlement-statements/{statement['id']}/contribution/",
        {"fund": fund.pk, "amount": "5", "reference": "VA-2"},
        format="json",
    )
    api_client.force_authenticate(consulent)
    Kassabon.objects.filter(case=case, frozen_at__isnull=True).delete()
    kassabon = api.post(
        "/api/v1/kassabons/", {"case": case.pk, "title": "Via API"}, format="json"
    ).json()
    body = api.post(
        f"/api/v1/kassabons/{kassabon['id']}/lines/",
        {"scenario": "met", "item": CostItem.objects.first().pk, "periods": "1"},
        format="json",
    ).json()
    api.post(
        f"/api/v1/kassabons/{kassabon['id']}/remove-line/",
        {"line": body["lines"][0]["id"]},
        format="json",
    )


def _mark() -> int:
    return LogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def test_every_fund_write_is_recorded_under_its_actor(
    client, api_client, consulent, omo, teamleider, controller
):
    catalogue.seed(CostItem)  # a test on the transactional database may have flushed it
    fund = make_fund(controller, budget="5000")
    screen_case, screen_commitment = _decided_case(consulent, omo, teamleider, fund)
    api_case, api_commitment = _decided_case(consulent, omo, teamleider, fund)
    reached: set = set()
    mark = _mark()
    entries_before = LedgerEntry.objects.count()

    _screens(client, reached, consulent, controller, fund, screen_case, screen_commitment)
    _api(api_client, reached, consulent, controller, fund, api_case, api_commitment)

    assert reached >= FUND_WRITES, f"niet doorlopen: {sorted(FUND_WRITES - reached)}"
    booked = LedgerEntry.objects.all()[entries_before:]
    assert set(
        e.booked_by_id for e in LedgerEntry.objects.filter(pk__in=[b.pk for b in booked])
    ) == {controller.pk}
    # The writes that touch no case file really happened (a refused one redirects too).
    top_ups = set(LedgerEntry.objects.filter(kind="topup").values_list("reference", flat=True))
    assert top_ups == {"M1", "VA", "B&W 1", "VA-2"}
    from maatwerk.fund.models import Reminder, SettlementStatement

    assert Reminder.objects.count() == 2 and SettlementStatement.objects.count() == 2
    written = LogEntry.objects.filter(pk__gt=mark)
    assert not written.filter(actor__isnull=True).exists()
    assert set(written.values_list("actor_id", flat=True)) <= {consulent.pk, controller.pk}
