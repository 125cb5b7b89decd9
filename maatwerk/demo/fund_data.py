"""The demo municipality's funds with the seeds' amounts (an OMO-fonds of EUR 500.000 as in
Utrecht, seed 000; a stelpost of EUR 50.000 a year as in Landgraaf, seed 001), the payments
and pre-financing on the demo decisions' commitments (one pre-financing open, one overdue),
and kassabons for the seed cases built from the catalogue. Everything through the fund's
services, like the screens; only the overdue date is moved back, as the loader moves
timestamps back to the stories' dates."""

import datetime
from decimal import Decimal

from django.utils import timezone

from maatwerk.accounts.roles import Role
from maatwerk.fund import catalogue, services
from maatwerk.fund.models import (
    CostItem,
    EntryKind,
    Fund,
    FundKind,
    LedgerEntry,
    MandateLimit,
    MoneySource,
    PayerKind,
    Receivable,
)

from .setup import DemoWorld

OMO_FONDS = "OMO-fonds"
STELPOST = "Stelpost maatwerk"

OMO_RULES = (
    "Voor een onconventionele maatwerkoplossing bij een huishouden dat vastloopt in de "
    "systeemwereld, als geen regulier budget (Wmo, Jeugdwet, Participatiewet, bijzondere "
    "bijstand) past. Weinig regels, korte procedure, meerdere keren te gebruiken. Besparingen "
    "elders worden gemonitord, zodat het fonds kan worden aangevuld."
)
STELPOST_RULES = (
    "Niet geoormerkt, EUR 50.000 per jaar, alleen waar geen regulier budget van toepassing is. "
    "Ook voor de overbruggingsprocedure: de gemeente financiert voor, de verantwoordelijke "
    "partij betaalt later terug."
)


def _fund(world: DemoWorld, name: str, **fields) -> Fund:
    fund, _created = Fund.objects.get_or_create(
        municipality=world.municipality,
        name=name,
        year=timezone.localdate().year,
        defaults=fields,
    )
    return fund


def ensure_funds(world: DemoWorld) -> None:
    """Before the route's stories: their approving decisions reserve money on these."""
    controller = world.users["controller"]
    catalogue.seed(CostItem)
    omo = _fund(
        world,
        OMO_FONDS,
        kind=FundKind.FONDS,
        source=MoneySource.FDSD,
        source_note="Raadsbesluit OMO-aanpak (seed 000)",
        rules=OMO_RULES,
    )
    stelpost = _fund(
        world,
        STELPOST,
        kind=FundKind.STELPOST,
        source=MoneySource.EIGEN,
        source_note="Stelpost maatwerk in de begroting (seed 001)",
        rules=STELPOST_RULES,
    )
    for fund, budget in ((omo, "500000"), (stelpost, "50000")):
        if not LedgerEntry.objects.filter(fund=fund).exists():
            services.allocate(controller, fund, budget, reason="Begroting")
    for fund in (omo, stelpost):
        for role, up_to in ((Role.TEAMLEIDER, "5000"), (Role.OMO_FUNCTIONARIS, "25000")):
            MandateLimit.objects.get_or_create(fund=fund, role=role, defaults={"up_to": up_to})


def fund_request(world: DemoWorld, amount: Decimal, reason: str, name: str = OMO_FONDS) -> dict:
    """The fields of a proposal that asks `amount` of a demo fund, with why no regular budget
    applies (for the route's stories)."""
    fund = Fund.objects.get(
        municipality=world.municipality, name=name, year=timezone.localdate().year
    )
    return {
        "fund_requested": True,
        "fund_amount": amount,
        "fund": fund,
        "regular_budget_reason": reason,
    }


def _commitment_of(title: str) -> LedgerEntry | None:
    return (
        LedgerEntry.objects.filter(kind=EntryKind.COMMITMENT, case__title=title)
        .order_by("sequence")
        .first()
    )


def _item(name_start: str) -> CostItem:
    return CostItem.objects.get(name__startswith=name_start)


# Per seed case: the kassabon's lines as (scenario, kengetal, quantity, periods, investment).
KASSABONS = {
    "Groep 7/8 – onveilige groepsdynamiek": (
        1,
        "escalatie",
        [
            ("met", "Hulpverlening door", 40, 1, True),
            ("escalatie", "Jeugdzorg trajectfinanciering", 2, 1, False),
        ],
    ),
    "Familie Arslan – passend onderwijs buiten de stad": (
        1,
        "escalatie",
        [
            ("met", "BSO+", 1, 1, True),
            ("escalatie", "Jeugdhulp met verblijf, per kind (jaar)", 2, 1, False),
        ],
    ),
    "Familie Voortman – gezinsuitkering en grotere woning": (
        1,
        "escalatie",
        [
            ("met", "Gezinsuitkering", 1, 12, True),
            ("escalatie", "Uithuisplaatsing", 5, 1, False),
        ],
    ),
    "Familie Koopmans – vervoer naar het behandelcentrum": (
        1,
        "escalatie",
        [
            ("met", "Elektrische bakfiets", 1, 1, True),
            ("escalatie", "Uithuisplaatsing", 4, 1, False),
        ],
    ),
    "Familie Derksen – thuisonderwijs valt weer weg": (
        1,
        "escalatie",
        [
            ("met", "Begeleiding thuisonderwijs", 1, 1, True),
            ("escalatie", "Jeugdhulp met verblijf, per kind (half", 1, 1, False),
        ],
    ),
    "Yvonne – schulden blokkeren werk": (
        10,
        "niets",
        [
            ("met", "Participatiebonus", 1, 1, True),
            ("niets", "Beschermingsbewind", 1, 10, False),
            ("niets", "Maatschappelijke kosten van onopgeloste schulden", 1, 10, False),
        ],
    ),
}


def _kassabons(world: DemoWorld) -> None:
    from maatwerk.cases.services import visible_cases
    from maatwerk.route.services import current_decision

    for title, (horizon, without, lines) in KASSABONS.items():
        case = visible_cases(world.users["omo"]).filter(title=title).first()
        if case is None or case.kassabons.exists():
            continue
        consulent = case.regisseur
        kassabon = services.create_kassabon(
            consulent,
            case,
            title=f"Kassabon {title.split(' – ')[0]}",
            horizon_years=horizon,
            without=without,
        )
        for scenario, name, quantity, periods, investment in lines:
            services.add_line(
                consulent,
                kassabon,
                scenario,
                item=_item(name),
                quantity=quantity,
                periods=periods,
                investment=investment,
            )
        # An approving decision in force freezes the estimate with it, as the route does
        # when the kassabon is there before the decision.
        for proposal in case.proposals.all():
            decision = current_decision(proposal)
            if decision is not None and decision.approves:
                services.freeze_for_decision(decision.decided_by, case, decision.pk)


def load(world: DemoWorld) -> None:
    """After the route's stories. Running it again changes nothing."""
    controller = world.users["controller"]
    if LedgerEntry.objects.filter(
        fund__municipality=world.municipality, kind=EntryKind.PAYMENT
    ).exists():
        return
    today = timezone.localdate()
    yvonne = _commitment_of("Yvonne – schulden blokkeren werk")
    if yvonne is not None:
        services.book_payment(
            controller, yvonne, "3000", payee="Gemeentelijke Kredietbank", reference="GKB-26-0117"
        )
    voortman = _commitment_of("Familie Voortman – gezinsuitkering en grotere woning")
    if voortman is not None:
        for month in (2, 1):
            services.book_payment(
                controller,
                voortman,
                "1500",
                payee="Gezinsuitkering (bankrekening ouder)",
                reference=f"GU-{(today - datetime.timedelta(days=30 * month)):%Y%m}",
                value_date=today - datetime.timedelta(days=30 * month),
            )
        services.prefinance(
            controller,
            voortman,
            "1500",
            debtor_kind=PayerKind.RIJK,
            debtor="SVB (kinderbijslag met terugwerkende kracht)",
            due_date=today + datetime.timedelta(days=45),
            payee="Gezinsuitkering (bankrekening ouder)",
            reference="GU-VOORSCHOT-1",
            agreement="Afspraak met de SVB over terugbetaling na herbeoordeling",
        )
    arslan = _commitment_of("Familie Arslan – passend onderwijs buiten de stad")
    if arslan is not None:
        services.book_payment(
            controller, arslan, "25000", payee="BSO+ De Regenboog", reference="BSO-2026-H1"
        )
        receivable = services.prefinance(
            controller,
            arslan,
            "12500",
            debtor_kind=PayerKind.SCHOOL,
            debtor="Samenwerkingsverband passend onderwijs",
            due_date=today + datetime.timedelta(days=1),
            payee="Taxi Centrale (leerlingenvervoer)",
            reference="LLV-2026-07",
            agreement="Toezegging samenwerkingsverband: leerlingenvervoer eerste half jaar",
        )
        # The overdue one: its due date moved back, as the loader backdates the stories.
        Receivable.objects.filter(pk=receivable.pk).update(
            due_date=today - datetime.timedelta(days=28)
        )
    _kassabons(world)
