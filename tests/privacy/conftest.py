"""One household of three for every privacy test: Yvonne Jansen asks for access; her partner
Karel Bakker and their son must not appear in what she gets."""

import datetime

import pytest
from auditlog.context import set_actor
from django.utils import timezone

from maatwerk.audit.services import log_access
from maatwerk.cases.models import (
    Case,
    CaseOrganisation,
    CaseStatusChange,
    Organisation,
    Professional,
    TimelineEntry,
)
from maatwerk.cases.workflow import CaseStatus
from maatwerk.route import services as route
from tests.route.aftercare_walk import walk_after_the_decision

from ..factories import (
    BlockageFactory,
    CaseFactory,
    HouseholdFactory,
    MemberFactory,
    OrganisationFactory,
)

SUBJECT_BSN = "111222333"
PARTNER_BSN = "123456782"


@pytest.fixture
def household(team_noord):
    return HouseholdFactory(team=team_noord, street="Lindelaan", house_number="14")


@pytest.fixture
def subject(household):
    return MemberFactory(
        household=household,
        first_name="Yvonne",
        last_name="Jansen",
        date_of_birth=datetime.date(1985, 4, 12),
        bsn=SUBJECT_BSN,
    )


@pytest.fixture
def partner(household, consulent):
    member = MemberFactory(
        household=household,
        first_name="Karel",
        last_name="Bakker",
        date_of_birth=datetime.date(1979, 3, 3),
        role="partner",
        bsn=PARTNER_BSN,
    )
    with set_actor(consulent):
        member.last_name = "Bakker-Visser"
        member.save()
    return member


@pytest.fixture
def son(household):
    return MemberFactory(
        household=household,
        kind=True,
        first_name="Daan",
        last_name="Jansen",
        date_of_birth=datetime.date(2014, 9, 1),
    )


@pytest.fixture
def family_case(household, subject, partner, son, consulent):
    """A full case file: every part of it filled in, changed once, and opened twice."""
    with set_actor(consulent):
        case = CaseFactory(
            household=household,
            regisseur=consulent,
            eligible=True,
            title="Huurachterstand en schulden",
            stagnation_risk="Huisuitzetting dreigt",
        )
        BlockageFactory(case=case)
        organisation = OrganisationFactory(
            name="Woonstede", kind=Organisation.Kind.WONINGCORPORATIE
        )
        CaseOrganisation.objects.create(case=case, organisation=organisation, role="verhuurder")
        Professional.objects.create(
            case=case, name="Petra Schuldhulp", organisation=organisation, contact="06-12345678"
        )
        subject.first_name = "Yvonne Maria"
        subject.save()
    CaseStatusChange.objects.create(
        case=case,
        source="",
        target=CaseStatus.AANGEMELD,
        reason="Signaal geregistreerd",
        changed_by=consulent,
        changed_at=timezone.now(),
    )
    TimelineEntry.objects.create(
        case=case,
        kind=TimelineEntry.Kind.NOTE,
        text="Huisbezoek afgesproken",
        actor=consulent,
        at=timezone.now(),
    )
    for _ in range(2):
        log_access(user=consulent, case=case, action="read", channel="scherm:dossier")
    return case


@pytest.fixture
def family_case_on_the_route(family_case, consulent, omo, teamleider, wethouder):
    """The full case file taken along the whole route to a decision and its letter."""
    Case.objects.filter(pk=family_case.pk).update(status=CaseStatus.IN_BEHANDELING)
    case = Case.objects.get(pk=family_case.pk)
    route.save_canvas(
        consulent,
        case,
        {"situation": "Yvonne vertelt over de schulden.", "own_commitments": "Budgetcursus"},
        [case.blockages.get().pk],
    )
    item = route.put_on_agenda(consulent, case, "Kan de bonus de schulden deblokkeren?")
    route.record_outcome(
        omo,
        item,
        "bezinningsperiode",
        tasks=[route.NewTask("Vraag de corporatie", consulent, item.consultation.date)],
    )
    next_item = case.agenda_items.exclude(pk=item.pk).get()
    route.record_outcome(omo, next_item, "besluit_nu")
    proposal = route.submit_proposal(
        consulent,
        case,
        solution="Participatiebonus voor Yvonne",
        cost_estimate="3000",
        within_frameworks=False,
        rendement_score=4,
        rendement_motivation="Goedkoper dan bewind",
        legitimiteit_score=3,
        legitimiteit_motivation="Uitlegbaar",
        betrokkenheid_score=5,
        betrokkenheid_motivation="Yvonne wil dit zelf",
        deviates=True,
        deviation_rule="Beleidsregel participatie",
        deviation_ground="hardheidsclausule",
        deviation_power_holder="het college",
        deviation_motivation="Onbillijkheid van overwegende aard",
    )
    route.give_advice(omo, proposal, "akkoord", "Doen.")
    consultation = route.put_before_portefeuillehouder(omo, proposal, wethouder, "Akkoord?")
    route.record_portfolio_view(wethouder, consultation, "Steun")
    decision = route.decide(omo, proposal, outcome="akkoord", motivation="Doelmatig")
    route.issue_letter(consulent, decision)
    walk_after_the_decision(case, consulent=consulent, omo=omo, tag="Na")
    _partner_request(consulent, case)
    return case


def _partner_request(consulent, case) -> None:
    """A request to a partner from the maatwerkregister, answered."""
    from maatwerk.accounts.roles import Role as Roles
    from maatwerk.register import services as register
    from maatwerk.register.models import Contact

    from ..factories import OrganisationFactory, UserFactory

    partner = UserFactory(
        role=Roles.PARTNER_CONTACT, team=None, municipality=consulent.team.municipality
    )
    contact = Contact.objects.create(
        organisation=OrganisationFactory(name="UWV", kind="uwv"), name="Karel Bosman", user=partner
    )
    request = register.send_request(consulent, case, contact, "Kan de uitkering doorlopen?")
    register.answer_request(partner, request, "Ja, tot het einde van de maand.")
