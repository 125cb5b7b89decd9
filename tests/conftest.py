"""Fixed personas for every test: a consulent of team Noord and one of team Zuid, the
OMO-functionaris, and one user for each other role."""

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
def api_client():
    return APIClient()
