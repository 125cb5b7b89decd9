"""After an approving decision, clicked through as the people do it: the consulent makes the
plan with the household, escalates the housing blockage and the teamleider answers the step, a
time-out is registered and its reminder appears before it ends, the 6-month monitoring moment
shows up on the consulent's start page when due and is answered, and the case closes after
the evaluation."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from maatwerk.accounts.notifications import run_due_tasks
from maatwerk.cases.workflow import CaseStatus
from maatwerk.core.working_days import WorkingDays
from maatwerk.route import services
from maatwerk.route.models import EscalationStep, MonitoringMoment, Outcome
from maatwerk.route.services import phase_of

from ..factories import BlockageFactory, CaseFactory, HouseholdFactory, MemberFactory
from .layout import DESKTOP, PHONE, click_where_drawn, horizontal_overflow

pytestmark = pytest.mark.e2e


@pytest.fixture
def approved_case(consulent, omo, teamleider):
    household = HouseholdFactory(team=consulent.team)
    MemberFactory(household=household, first_name="Anna", last_name="Fictief", bsn="")
    case = CaseFactory(
        household=household,
        regisseur=consulent,
        status=CaseStatus.IN_BEHANDELING,
        eligible=True,
        title="Geen woning, geen uitweg",
        domains=["wonen"],
    )
    BlockageFactory(case=case)
    item = services.put_on_agenda(consulent, case, "Kan de corporatie helpen?")
    services.record_outcome(omo, item, Outcome.BESLUIT_NU)
    proposal = services.submit_proposal(
        consulent,
        case,
        solution="Huur een half jaar doorbetalen tot de woning er is.",
        cost_estimate="1800",
        within_frameworks=True,
        rendement_score=4,
        rendement_motivation="Voorkomt dakloosheid.",
        legitimiteit_score=4,
        legitimiteit_motivation="Past in de kaders.",
        betrokkenheid_score=5,
        betrokkenheid_motivation="Anna stelde het zelf voor.",
    )
    services.decide(teamleider, proposal, outcome="akkoord", motivation="Doelmatig.")
    return type(case).objects.get(pk=case.pk)


def _sign_in(page: Page, user) -> Page:
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(user.username)
    page.get_by_label("Wachtwoord").fill("geheim-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
    return page


def _status(page: Page, text: str) -> None:
    expect(page.get_by_role("status")).to_contain_text(text)


def test_after_the_decision_a_plan_escalation_time_out_monitoring_and_closure(
    page: Page, open_page, log_in, consulent, teamleider, approved_case
):
    case = approved_case
    page.set_viewport_size(DESKTOP)
    log_in(consulent)
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn werk")

    # The plan, made with Anna.
    page.goto(f"/casussen/{case.pk}/")
    click_where_drawn(page, page.get_by_role("link", name="Plan opstellen"))
    page.get_by_label("Wat gaan we samen doen?").fill(
        "Huur doorbetalen; samen zoeken naar een woning."
    )
    goal = page.get_by_role("group", name="Doel 1")
    goal.get_by_label("Doel").fill("Inschrijving bij de corporatie rond")
    goal.get_by_label("Wie").fill("Anna")
    goal.get_by_label("Uiterlijk").fill(
        (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    )
    page.get_by_label("Afspraken van het huishouden").fill("Anna reageert elke week op woningen.")
    click_where_drawn(page, page.get_by_role("button", name="Plan vastleggen"))
    _status(page, "Het plan is vastgelegd.")
    aftercare = page.get_by_role("region", name="Escalatie, plan en monitoring")
    expect(aftercare).to_contain_text("Inschrijving bij de corporatie rond")

    # The housing blockage goes one step up the wonen ladder; the teamleider answers.
    click_where_drawn(page, aftercare.get_by_role("link", name="Opschalen langs de ladder"))
    page.get_by_label("Escalatieladder (soort knelpunt)").select_option(
        label="Wonen: Teamleider → Contactpersoon woningcorporatie → Wethouder wonen"
    )
    page.get_by_label("Wat is er nodig van wie beslist?").fill("Urgentie zonder regiobinding.")
    click_where_drawn(page, page.get_by_role("button", name="Opschalen"))
    _status(page, "De escalatie is gestart")
    expect(page.get_by_text("alleen die beantwoordt hem")).to_be_visible()

    leader = _sign_in(open_page(), teamleider)
    leader.set_viewport_size(DESKTOP)
    leader.goto("/")
    expect(
        leader.get_by_role("region", name="Escalatiestappen die op antwoord wachten")
    ).to_contain_text(case.reference)
    leader.goto(f"/casussen/{case.pk}/")
    click_where_drawn(leader, leader.get_by_text("Antwoord van stap 1 (Teamleider) vastleggen"))
    click_where_drawn(leader, leader.get_by_text("Niet opgelost: naar de volgende stap"))
    leader.get_by_label("Antwoord", exact=True).fill(
        "Binnen de gemeente kan dit niet; door naar de corporatie."
    )
    click_where_drawn(leader, leader.get_by_role("button", name="Antwoord vastleggen"))
    _status(leader, "Het antwoord is vastgelegd.")
    assert EscalationStep.objects.get(number=2).title == "Contactpersoon woningcorporatie"

    # A time-out on a collection; before it ends, its reminder appears.
    page.goto(f"/casussen/{case.pk}/")
    click_where_drawn(page, page.get_by_role("link", name="Time-out vastleggen"))
    today = timezone.localdate()
    page.get_by_label("Organisatie").fill("Belastingdienst")
    page.get_by_label("Welk besluit of welke vordering").fill("Terugvordering huurtoeslag")
    page.get_by_label("Ingang").fill(today.isoformat())
    page.get_by_label("Einde").fill(WorkingDays().add(today, 2).isoformat())
    page.get_by_label("Reden").fill("De terugvordering neemt de huur weg.")
    page.get_by_label("Afgesproken met").fill("Team Herstel")
    click_where_drawn(page, page.get_by_role("button", name="Vastleggen"))
    _status(page, "De time-out is vastgelegd")
    expect(page.get_by_text("regel wat er daarna gebeurt")).to_be_visible()
    run_due_tasks()
    page.goto("/")
    expect(page.get_by_role("region", name="Nieuwe meldingen")).to_contain_text("Time-out")

    # The solution is carried out; six months later the moment is due.
    page.goto(f"/casussen/{case.pk}/")
    click_where_drawn(
        page, page.get_by_role("button", name="Oplossing uitgevoerd: start monitoring")
    )
    _status(page, "monitoringsmomenten staan gepland")
    assert phase_of(type(case).objects.get(pk=case.pk)) == "monitoring"
    page.goto("/")
    expect(page.get_by_role("region", name="Monitoringsmomenten")).not_to_contain_text(
        case.reference
    )
    MonitoringMoment.objects.filter(case=case, number=1).update(due_date=today)
    page.goto("/")
    moments = page.get_by_role("region", name="Monitoringsmomenten")
    click_where_drawn(page, moments.get_by_role("link", name=case.reference))
    expect(page.get_by_role("heading", level=1)).to_have_text("Monitoring na 6 maanden")
    click_where_drawn(
        page, page.get_by_role("group", name="Wonen: de situatie is").get_by_text("Beter")
    )
    click_where_drawn(page, page.get_by_role("button", name="Vastleggen"))
    expect(page.get_by_text("Leg het oordeel van het huishouden zelf vast")).to_be_visible()
    page.get_by_label("Oordeel van het huishouden zelf").fill("Anna: 'Ik heb weer rust.'")
    click_where_drawn(page, page.get_by_role("button", name="Vastleggen"))
    _status(page, "De monitoring is vastgelegd.")

    # The last moment, then the evaluation closes the case.
    MonitoringMoment.objects.filter(case=case, number=2).update(due_date=today)
    page.goto(f"/casussen/{case.pk}/")
    expect(page.get_by_role("link", name="Evalueren en afsluiten")).to_have_count(0)
    click_where_drawn(page, page.get_by_role("link", name="Monitoring vastleggen"))
    click_where_drawn(
        page, page.get_by_role("group", name="Wonen: de situatie is").get_by_text("Beter")
    )
    page.get_by_label("Oordeel van het huishouden zelf").fill("Anna: 'Ik woon.'")
    click_where_drawn(page, page.get_by_role("button", name="Vastleggen"))
    _status(page, "De monitoring is vastgelegd.")
    click_where_drawn(page, page.get_by_role("link", name="Evalueren en afsluiten"))
    click_where_drawn(page, page.get_by_text("Ja", exact=True))
    page.get_by_label("Geleerde lessen").fill("De corporatie vroeg aan tafel halen werkt.")
    click_where_drawn(page, page.get_by_role("button", name="Evalueren en de casus afsluiten"))
    _status(page, "de casus is afgesloten")
    assert type(case).objects.get(pk=case.pk).status == CaseStatus.AFGESLOTEN


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1366", "390"])
def test_the_screens_after_the_decision_reflow_and_their_controls_can_be_clicked(
    page: Page, log_in, consulent, approved_case, viewport
):
    page.set_viewport_size(viewport)
    log_in(consulent)
    case = approved_case
    for path in (
        "/",
        "/route/termijnen/",
        f"/casussen/{case.pk}/",
        f"/route/casus/{case.pk}/plan/",
        f"/route/casus/{case.pk}/escaleren/",
        f"/route/casus/{case.pk}/time-out/",
        f"/route/casus/{case.pk}/overlegtafel/",
        "/account/meldingen/",
    ):
        page.goto(path)
        assert horizontal_overflow(page) == 0, path
    page.goto(f"/route/casus/{case.pk}/overlegtafel/")
    click_where_drawn(page, page.get_by_label("Uitgenodigde partijen"))
    page.keyboard.type("Corporatie en wijkteam")
    page.get_by_label("Datum").fill(timezone.localdate().isoformat())
    click_where_drawn(page, page.get_by_role("button", name="Vastleggen"))
    _status(page, "De overlegtafel is vastgelegd.")
