"""Factories with traits per domain state, so a test says what it needs in domain words:
`CaseFactory(in_behandeling=True)`, `MemberFactory(kind=True)`."""

import datetime

import factory
from django.utils import timezone

from maatwerk.accounts.models import Municipality, Team, User
from maatwerk.accounts.roles import Role
from maatwerk.cases.domains import Consent, LifeDomain, SignalSource
from maatwerk.cases.models import (
    Blockage,
    Case,
    CaseDomain,
    Household,
    Member,
    Organisation,
    RegularRoute,
    Rule,
)
from maatwerk.cases.workflow import CaseStatus


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("code",)

    name = "Gemeente Testdam"
    code = "testdam"


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("municipality", "name")

    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Wijkteam {n}")
    kind = Team.Kind.WIJKTEAM


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"gebruiker{n}")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Gebruiker {n}")
    role = Role.CONSULENT
    team = factory.SubFactory(TeamFactory)
    municipality = factory.SelfAttribute("team.municipality")
    password = factory.PostGenerationMethodCall("set_password", "geheim-wachtwoord")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = Organisation.Kind.OVERIG


class RuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Rule
        django_get_or_create = ("name",)

    name = "Participatiewet – kostendelersnorm"
    law = "Participatiewet"
    owner = factory.SubFactory(
        OrganisationFactory,
        name="Gemeente Testdam – Werk en Inkomen",
        kind=Organisation.Kind.GEMEENTE,
    )


class HouseholdFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Household

    team = factory.SubFactory(TeamFactory)
    street = "Kanariestraat"
    house_number = factory.Sequence(lambda n: str(n + 1))
    postcode = "1234 AB"
    city = "Testdam"
    wijk = "Noord"


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Member

    household = factory.SubFactory(HouseholdFactory)
    first_name = "Yvonne"
    last_name = factory.Sequence(lambda n: f"Testpersoon{n}")
    date_of_birth = datetime.date(1985, 4, 12)
    role = Member.HouseholdRole.HOOFDBEWONER
    bsn = "111222333"

    class Params:
        kind = factory.Trait(
            first_name="Sem",
            role=Member.HouseholdRole.KIND,
            date_of_birth=datetime.date(2014, 9, 1),
            bsn="",
        )


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case
        skip_postgeneration_save = True

    reference = factory.Sequence(lambda n: f"MW-2026-T{n:04d}")
    household = factory.SubFactory(HouseholdFactory)
    title = "Schulden blokkeren de weg naar werk"
    signal_source = SignalSource.WIJKTEAM
    signal_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    regisseur = factory.SubFactory(UserFactory, team=factory.SelfAttribute("..household.team"))
    created_by = factory.SelfAttribute("regisseur")
    consent = Consent.GEGEVEN
    status = CaseStatus.AANGEMELD

    class Params:
        in_behandeling = factory.Trait(status=CaseStatus.IN_BEHANDELING)
        afgesloten = factory.Trait(status=CaseStatus.AFGESLOTEN)
        eligible = factory.Trait(
            regular_route_exhausted=True,
            stagnation_risk="Uithuisplaatsing dreigt als er niets gebeurt.",
        )

    @factory.post_generation
    def domains(obj, create, extracted, **kwargs):
        """Eligible cases get two life domains and a tried regular route."""
        codes = extracted
        if codes is None and obj.regular_route_exhausted:
            codes = [LifeDomain.FINANCIEN_SCHULDEN, LifeDomain.WONEN]
        for code in codes or []:
            CaseDomain.objects.create(case=obj, code=code, description="Probleem")
        if obj.regular_route_exhausted:
            RegularRoute.objects.create(
                case=obj, description="Schuldhulpverlening", result="Afgewezen"
            )


class BlockageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Blockage

    case = factory.SubFactory(CaseFactory)
    rule = factory.SubFactory(RuleFactory)
    owner = factory.SelfAttribute("rule.owner")
    explanation = "De kostendelersnorm verlaagt de uitkering als de zoon blijft wonen."
