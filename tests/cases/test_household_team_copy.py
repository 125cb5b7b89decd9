"""A case carries its household's team (for the team's list index). That copy decides who may
see the case, so it must never lag behind the household: on creation, on a household moved to
another team, and on a case moved to another household."""

import pytest
from django.db import transaction
from django.urls import reverse
from rest_framework.authtoken.models import Token

from maatwerk.cases.models import Case

from ..factories import CaseFactory, HouseholdFactory

pytestmark = pytest.mark.django_db


def _listed_on_screen(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("cases:list"), {"weergave": "alle"}).content.decode()


def _listed_by_api(api_client, user) -> set[int]:
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return {row["id"] for row in api_client.get("/api/v1/cases/").json()["results"]}


def test_a_new_case_takes_its_households_team(consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)

    assert Case.objects.get(pk=case.pk).household_team_id == consulent.team_id


def test_a_household_moved_to_another_team_takes_its_cases_along(
    client, api_client, consulent, consulent_zuid
):
    household = HouseholdFactory(team=consulent.team)
    case = CaseFactory(household=household, regisseur=consulent)

    household.team = consulent_zuid.team
    household.save()

    assert case.reference not in _listed_on_screen(client, consulent)
    assert case.pk not in _listed_by_api(api_client, consulent)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404
    assert case.reference in _listed_on_screen(client, consulent_zuid)
    assert case.pk in _listed_by_api(api_client, consulent_zuid)


def test_a_case_moved_to_another_household_takes_that_households_team(consulent, consulent_zuid):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)
    case.household = HouseholdFactory(team=consulent_zuid.team)

    case.save(update_fields=["household"])

    assert Case.objects.get(pk=case.pk).household_team_id == consulent_zuid.team_id


def test_a_failed_move_leaves_household_and_cases_as_they_were(consulent, consulent_zuid):
    household = HouseholdFactory(team=consulent.team)
    case = CaseFactory(household=household, regisseur=consulent)

    with pytest.raises(RuntimeError), transaction.atomic():
        household.team = consulent_zuid.team
        household.save()
        raise RuntimeError("halfway")

    household.refresh_from_db()
    assert household.team_id == consulent.team_id
    assert Case.objects.get(pk=case.pk).household_team_id == consulent.team_id


def test_the_team_filter_follows_a_household_moved_to_another_team(
    client, api_client, omo, consulent, consulent_zuid
):
    """Someone who sees every team filters by team on the screen and in the API alike."""
    household = HouseholdFactory(team=consulent.team)
    moved = CaseFactory(household=household, regisseur=consulent)
    stays = CaseFactory(household__team=consulent.team, regisseur=consulent)
    household.team = consulent_zuid.team
    household.save()
    client.force_login(omo)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=omo).key}")

    for team, expected, absent in (
        (consulent_zuid.team, moved, stays),
        (consulent.team, stays, moved),
    ):
        screen = client.get(reverse("cases:list"), {"weergave": "alle", "team": team.pk})
        api = api_client.get("/api/v1/cases/", {"team": team.pk}).json()["results"]
        assert expected.reference in screen.content.decode()
        assert absent.reference not in screen.content.decode()
        assert [row["id"] for row in api] == [expected.pk]
