"""Fixed personas for every test: a consulent of team Noord and one of team Zuid, the
OMO-functionaris, and one user for each other role."""

import logging

import pytest
from rest_framework.test import APIClient

from maatwerk.accounts.roles import Role

from .factories import MunicipalityFactory, TeamFactory, UserFactory


@pytest.fixture
def team_noord(db):
    return TeamFactory(name="Wijkteam Noord", municipality=MunicipalityFactory())


@pytest.fixture
def team_zuid(db):
    return TeamFactory(name="Wijkteam Zuid", municipality=MunicipalityFactory())


@pytest.fixture
def consulent(team_noord):
    return UserFactory(username="consulent", role=Role.CONSULENT, team=team_noord)


@pytest.fixture
def consulent_zuid(team_zuid):
    return UserFactory(username="consulent2", role=Role.CONSULENT, team=team_zuid)


@pytest.fixture
def teamleider(team_noord):
    return UserFactory(username="teamleider", role=Role.TEAMLEIDER, team=team_noord)


@pytest.fixture
def omo(team_noord):
    return UserFactory(
        username="omo", role=Role.OMO_FUNCTIONARIS, team=None, municipality=team_noord.municipality
    )


@pytest.fixture
def wethouder(team_noord):
    return UserFactory(
        username="wethouder",
        role=Role.PORTEFEUILLEHOUDER,
        team=None,
        municipality=team_noord.municipality,
    )


@pytest.fixture
def controller(team_noord):
    return UserFactory(
        username="controller", role=Role.CONTROLLER, team=None, municipality=team_noord.municipality
    )


@pytest.fixture
def beleid(team_noord):
    return UserFactory(
        username="beleid",
        role=Role.BELEIDSMEDEWERKER,
        team=None,
        municipality=team_noord.municipality,
    )


@pytest.fixture
def beheerder(team_noord):
    return UserFactory(
        username="beheer",
        role=Role.BEHEERDER,
        team=None,
        is_staff=True,
        municipality=team_noord.municipality,
    )


@pytest.fixture
def partner_contact(team_noord):
    """A contact person at a national agency with a limited login (maatwerkregister)."""
    from maatwerk.register.models import Contact

    from .factories import OrganisationFactory

    user = UserFactory(
        username="partnercontact",
        role=Role.PARTNER_CONTACT,
        team=None,
        municipality=team_noord.municipality,
    )
    Contact.objects.create(
        organisation=OrganisationFactory(name="DUO Maatwerkloket", kind="duo"),
        name="Partner Contactpersoon",
        function="maatwerkadviseur",
        user=user,
    )
    return user


@pytest.fixture
def api_client():
    return APIClient()


# Values the factories put into every test's case files. None of them may ever reach a log:
# technical logs are read by people who may not see personal data.
CANARIES = ("111222333", "Testpersoon", "Kanariestraat", "Kanarievogel", "Canarynaam")


# Loggers of the test tools themselves (factory_boy describes what it builds), not of the app.
_TEST_TOOLING = ("factory", "faker", "hypothesis", "schemathesis")


class _LogRecorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.texts: list[str] = []
        self._formatter = logging.Formatter()

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(_TEST_TOOLING):
            return
        text = record.getMessage()
        if record.exc_info:
            text += self._formatter.formatException(record.exc_info)
        self.texts.append(f"{record.name}: {text}")


@pytest.fixture(autouse=True)
def no_personal_data_in_logs():
    """Every test of the suite doubles as a check that nothing personal is logged."""
    recorder = _LogRecorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    yield
    root.removeHandler(recorder)
    leaks = [
        (canary, text[:200]) for text in recorder.texts for canary in CANARIES if canary in text
    ]
    if leaks:
        pytest.fail(f"personal data in log output: {leaks}")
