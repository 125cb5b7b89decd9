"""The route of the seed cases, as the seeds tell it: through the route's services, so the
phases, timeline and rules are real. Each story runs while its case is in behandeling (the
loader calls it at that point of the case's history); consultations of the past are then dated
back to the weeks the story covers."""

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.utils import timezone

from maatwerk.core.working_days import WorkingDays
from maatwerk.route import services
from maatwerk.route.models import AgendaItem, Route

from .aftercare_data import AFTERCARE
from .fund_data import fund_request
from .setup import DemoWorld

ASSESSMENT = {
    "rendement_score": 4,
    "legitimiteit_score": 4,
    "betrokkenheid_score": 4,
}


def _proposal(**fields) -> dict:
    return {**ASSESSMENT, "within_frameworks": False, **fields}


def _dated_back(item: AgendaItem, weeks: int) -> None:
    """The consultation the story took place at, `weeks` before the next one."""
    consultation = services.consultation_on(
        item.consultation.municipality, item.consultation.date - datetime.timedelta(weeks=weeks)
    )
    AgendaItem.objects.filter(pk=item.pk).update(consultation=consultation)
    # The decision was due a week after that consultation.
    Route.objects.filter(case=item.case_id).update(
        decision_due=WorkingDays.load().add(consultation.date, 5)
    )


def _on_agenda(world, case, consulent, question, *, weeks_ago: int = 0) -> AgendaItem:
    item = services.put_on_agenda(consulent, case, question)
    if weeks_ago:
        _dated_back(item, weeks_ago)
        item.refresh_from_db()
    return item


def _yvonne(world: DemoWorld, case, consulent) -> None:
    omo, wethouder = world.users["omo"], world.users["wethouder"]
    services.save_canvas(
        consulent,
        case,
        {
            "situation": "Yvonne wil werken, maar met EUR 81.000 schuld bij 41 schuldeisers "
            "werkt zij vooral voor de schuldeisers.",
            "goal": "Schuldenvrij worden en aan het werk blijven.",
        },
    )
    services.save_canvas(
        consulent,
        case,
        {
            "needs": "Een schuldregeling die de schuldeisers accepteren.",
            "chosen_solution": "Een participatiebonus van EUR 3.000 die de schuldregeling "
            "rond maakt.",
            "own_commitments": "Yvonne blijft werken en volgt de budgetcursus.",
            "if_nothing": "Jaren bewindvoering (EUR 1.500 per jaar) en maatschappelijke kosten "
            "van zo'n EUR 165.000 over tien jaar.",
        },
    )
    item = _on_agenda(
        world, case, consulent, "Kan een bonus de schuldregeling deblokkeren?", weeks_ago=30
    )
    services.record_outcome(omo, item, "besluit_nu")
    proposal = services.submit_proposal(
        consulent,
        case,
        **_proposal(
            solution="Eenmalige participatiebonus van EUR 3.000 aan de schuldregeling.",
            cost_estimate=Decimal("3000"),
            **fund_request(world, Decimal("3000"), "Bijzondere bijstand vergoedt geen bonus."),
            rendement_score=5,
            rendement_motivation="Voorkomt jaren bewindvoering en uitval uit werk.",
            legitimiteit_motivation="De bonus past bij de bedoeling van de Participatiewet.",
            betrokkenheid_motivation="Yvonne heeft de oplossing zelf aangedragen.",
        ),
    )
    services.give_advice(omo, proposal, "akkoord", "Klein bedrag, grote doorbraak.")
    consultation = services.put_before_portefeuillehouder(
        omo, proposal, wethouder, "Steunt u een bonus buiten de bestaande regeling?"
    )
    services.record_portfolio_view(
        wethouder, consultation, "Ik steun dit: uitlegbaar en doelmatig."
    )
    services.decide(
        omo,
        proposal,
        outcome="akkoord",
        motivation="De bonus maakt de schuldregeling mogelijk; goedkoper dan niets doen.",
        awb_besluit=True,
    )


def _anna(world: DemoWorld, case, consulent) -> None:
    omo, wethouder = world.users["omo"], world.users["wethouder"]
    for attempt, weeks in ((1, 80), (2, 60)):
        item = _on_agenda(
            world,
            case,
            consulent,
            "Kan de corporatie de hardheidsclausule toepassen?",
            weeks_ago=weeks,
        )
        services.record_outcome(omo, item, "besluit_nu")
        proposal = services.submit_proposal(
            consulent,
            case,
            **_proposal(
                solution=f"Urgentie voor een woning via de hardheidsclausule (verzoek {attempt}).",
                cost_estimate=Decimal("0"),
                rendement_motivation="Een woning maakt werk en zorg weer mogelijk.",
                legitimiteit_motivation="De hardheidsclausule is voor zulke situaties bedoeld.",
                legitimiteit_score=3,
                betrokkenheid_motivation="Anna wil zelf verder.",
                deviates=True,
                deviation_rule="Woningtoewijzing: geen urgentie zonder regiobinding",
                deviation_ground="hardheidsclausule",
                deviation_power_holder="de woningcorporatie",
                deviation_motivation="Onbillijkheid van overwegende aard.",
            ),
        )
        consultation = services.put_before_portefeuillehouder(
            omo, proposal, wethouder, "Vraagt u de corporatie de hardheidsclausule toe te passen?"
        )
        services.record_portfolio_view(wethouder, consultation, "Ik wil het de corporatie vragen.")
        services.decide(
            omo,
            proposal,
            outcome="afgewezen",
            motivation="De corporatie weigert de hardheidsclausule toe te passen; de gemeente "
            "heeft die bevoegdheid niet.",
        )
        if attempt == 1:
            services.move_by_hand(
                consulent, case, "in_behandeling", "Opnieuw proberen met een nieuw verzoek."
            )


def _class(world: DemoWorld, case, consulent) -> None:
    omo, teamleider = world.users["omo"], world.users["teamleider3"]
    item = _on_agenda(
        world, case, consulent, "Past een plan voor de klas binnen de kaders?", weeks_ago=28
    )
    services.record_outcome(omo, item, "besluit_nu")
    proposal = services.submit_proposal(
        consulent,
        case,
        **_proposal(
            solution="Plan voor de hele klas: gedragsspecialist en extra begeleiding, EUR 3.080.",
            cost_estimate=Decimal("3080"),
            within_frameworks=True,
            rendement_score=5,
            rendement_motivation="Ongeveer twintig keer goedkoper dan twee jeugdzorgtrajecten "
            "van EUR 34.000.",
            legitimiteit_motivation="Past in de Jeugdwet als algemene voorziening.",
            betrokkenheid_motivation="School en ouders doen mee.",
        ),
    )
    services.decide(
        teamleider,
        proposal,
        outcome="akkoord",
        motivation="Binnen de kaders van de Jeugdwet en veel goedkoper dan de alternatieven.",
    )


def _derksen(world: DemoWorld, case, consulent) -> None:
    omo = world.users["omo"]
    item = _on_agenda(
        world, case, consulent, "Wie betaalt de begeleiding bij thuisonderwijs?", weeks_ago=20
    )
    services.record_outcome(omo, item, "besluit_nu")
    proposal = services.submit_proposal(
        consulent,
        case,
        **_proposal(
            solution="Een half jaar begeleiding bij thuisonderwijs, EUR 13.000.",
            cost_estimate=Decimal("13000"),
            rendement_motivation="Jeugdzorg met verblijf kost EUR 22.000 tot 56.000 per half jaar.",
            legitimiteit_motivation="Onderwijs en jeugdhulp wijzen naar elkaar.",
            betrokkenheid_motivation="De ouders willen dit graag.",
        ),
    )
    services.give_advice(omo, proposal, "akkoord_met_voorwaarden", "Eerst afspreken wie betaalt.")
    services.put_before_portefeuillehouder(
        omo, proposal, world.users["wethouder"], "Wie van ons betaalt: onderwijs of jeugd?"
    )


def _voortman(world: DemoWorld, case, consulent) -> None:
    omo, wethouder = world.users["omo"], world.users["wethouder"]
    item = _on_agenda(
        world,
        case,
        consulent,
        "Kan een gezinsuitkering een uithuisplaatsing voorkomen?",
        weeks_ago=60,
    )
    services.record_outcome(omo, item, "besluit_nu")
    proposal = services.submit_proposal(
        consulent,
        case,
        **_proposal(
            solution="Een gezinsuitkering van ongeveer EUR 1.500 per maand voor een jaar.",
            cost_estimate=Decimal("18000"),
            **fund_request(
                world, Decimal("18000"), "De Participatiewet kent geen gezinsuitkering."
            ),
            rendement_motivation="Een gedwongen uithuisplaatsing kost zo'n EUR 15.000 per kind "
            "per half jaar.",
            legitimiteit_motivation="Tijdelijk en met afspraken over werk en woning.",
            betrokkenheid_motivation="Het gezin heeft het plan mee opgesteld.",
        ),
    )
    consultation = services.put_before_portefeuillehouder(
        omo, proposal, wethouder, "Steunt u een tijdelijke gezinsuitkering?"
    )
    services.record_portfolio_view(wethouder, consultation, "Ja, onder voorwaarden.")
    services.decide(
        omo,
        proposal,
        outcome="akkoord_met_voorwaarden",
        motivation="Voorkomt een uithuisplaatsing van de kinderen.",
        conditions="Maandelijks gesprek met de consulent; na een jaar evaluatie.",
        awb_besluit=True,
    )


def _arslan(world: DemoWorld, case, consulent) -> None:
    omo = world.users["omo"]
    item = _on_agenda(
        world, case, consulent, "Passend onderwijs buiten de stad: wie besluit?", weeks_ago=12
    )
    services.record_outcome(omo, item, "besluit_nu")
    proposal = services.submit_proposal(
        consulent,
        case,
        **_proposal(
            solution="Onderwijs en vervoer buiten de stad voor twee kinderen, EUR 50.000 per jaar.",
            cost_estimate=Decimal("50000"),
            **fund_request(world, Decimal("50000"), "Leerlingenvervoer en BSO+ dekken dit niet."),
            rendement_motivation="Jeugdzorg met verblijf kost EUR 120.000 tot 200.000 per jaar.",
            legitimiteit_motivation="Boven het budget: het College besluit.",
            betrokkenheid_motivation="De ouders en de school staan erachter.",
        ),
    )
    services.give_advice(
        omo, proposal, "akkoord", "Doen: de kosten van niets doen zijn veel hoger."
    )
    services.decide(
        omo,
        proposal,
        outcome="akkoord",
        motivation="Het College stemt in met de maatwerkoplossing.",
        college_date=timezone.localdate(),
        college_reference="B&W 2026/0318",
        awb_besluit=True,
    )


def _waiting(question: str, proposal: dict | None = None) -> Callable:
    """A case on this week's agenda; with `proposal`, already waiting for a decision."""

    def story(world: DemoWorld, case, consulent) -> None:
        item = services.put_on_agenda(consulent, case, question)
        if proposal is not None:
            services.record_outcome(world.users["omo"], item, "besluit_nu")
            services.submit_proposal(consulent, case, **_proposal(**proposal))

    return story


def _reflection(world: DemoWorld, case, consulent) -> None:
    item = _on_agenda(
        world, case, consulent, "Welke vervoersoplossing is er voor de vrijwilliger?", weeks_ago=1
    )
    due = item.consultation.date + datetime.timedelta(days=5)
    services.record_outcome(
        world.users["omo"],
        item,
        "bezinningsperiode",
        "Twee alternatieven uitzoeken, volgende week besluiten.",
        tasks=[
            services.NewTask("Vraag bij het Wmo-loket naar een scootmobiel", consulent, due),
            services.NewTask("Vraag de fietsenmaker naar een huurprijs", consulent, due),
        ],
    )


STORIES: dict[str, Callable] = {
    "Yvonne – schulden blokkeren werk": _yvonne,
    "Anna – geen woning, geen uitweg": _anna,
    "Groep 7/8 – onveilige groepsdynamiek": _class,
    "Familie Derksen – thuisonderwijs valt weer weg": _derksen,
    "Familie Voortman – gezinsuitkering en grotere woning": _voortman,
    "Familie Arslan – passend onderwijs buiten de stad": _arslan,
    "Michiel – tussen zorg en onderwijs": _waiting(
        "Wie kan besluiten over zorg en onderwijs tegelijk?"
    ),
    "Fred & Andrea – kostendelersnorm en armoede": _waiting(
        "Kan de kostendelersnorm buiten toepassing blijven?"
    ),
    "Familie Koopmans – vervoer naar het behandelcentrum": _waiting(
        "Is een elektrische bakfiets een oplossing?",
        {
            "solution": "Een elektrische bakfiets (EUR 2.200) in plaats van taxivervoer.",
            "cost_estimate": Decimal("2200"),
            "within_frameworks": True,
            "rendement_motivation": "Voorkomt uithuisplaatsing van vier kinderen "
            "(zo'n EUR 60.000 per half jaar).",
            "legitimiteit_motivation": "Past binnen de Wmo als vervoersvoorziening.",
            "betrokkenheid_motivation": "Moeder fietst zelf met de kinderen.",
        },
    ),
    "Elektrische fiets voor een vrijwilliger": _reflection,
}


def run_story(world: DemoWorld, case, data: dict) -> None:
    story = STORIES.get(data["title"])
    if story is not None:
        story(world, case, world.users[data["consulent"]])
    after = AFTERCARE.get(data["title"])
    if after is not None:
        after(world, case, world.users[data["consulent"]])


def story_step(data: dict) -> int | None:
    """After which step of the case's history its route story runs: the last time it is taken
    in behandeling when it stays so, otherwise the first (before it is closed)."""
    if data["title"] not in STORIES:
        return None
    steps = [step["to"] for step in data.get("history", [])]
    taken = [index for index, target in enumerate(steps) if target == "in_behandeling"]
    if not taken:
        return None
    return taken[-1] if steps[-1] == "in_behandeling" else taken[0]
