"""A confidential case (domestic violence, a threatened member) can only be found and opened by
the people named on it, whatever their role."""

import pytest
from django.urls import reverse

from maatwerk.cases import services
from maatwerk.cases.access import visible_blockages, visible_cases, visible_households

from ..factories import BlockageFactory, CaseFactory, MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def confidential_case(consulent):
    case = CaseFactory(
        household__team=consulent.team,
        regisseur=consulent,
        confidential=True,
        title="Vertrouwelijk dossier",
    )
    case.confidential_users.add(consulent)
    MemberFactory(household=case.household)
    BlockageFactory(case=case)
    return case


@pytest.mark.parametrize("role", ["teamleider", "omo", "controller", "beleid", "beheerder"])
def test_people_not_named_cannot_find_or_open_it(client, request, confidential_case, role):
    user = request.getfixturevalue(role)
    client.force_login(user)

    assert not visible_cases(user).filter(pk=confidential_case.pk).exists()
    assert not visible_households(user).filter(pk=confidential_case.household_id).exists()
    assert not visible_blockages(user).filter(case=confidential_case).exists()
    listing = client.get(reverse("cases:list"), {"weergave": "alle"}).content.decode()
    assert confidential_case.reference not in listing
    assert client.get(reverse("cases:detail", args=[confidential_case.pk])).status_code == 404


def test_a_named_teamleider_can_open_it(client, teamleider, confidential_case):
    confidential_case.confidential_users.add(teamleider)
    client.force_login(teamleider)

    assert client.get(reverse("cases:detail", args=[confidential_case.pk])).status_code == 200


def test_the_api_hides_it_as_well(api_client, omo, confidential_case):
    api_client.force_authenticate(omo)

    assert api_client.get(f"/api/v1/cases/{confidential_case.pk}/").status_code == 404
    listed = api_client.get("/api/v1/cases/").json()
    assert confidential_case.reference not in str(listed)


def test_whoever_marks_a_case_confidential_keeps_access(consulent, teamleider):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)

    with services.editing_case(teamleider, case, what="Signaal") as locked:
        locked.confidential = True
        locked.save()

    assert set(case.confidential_users.all()) == {teamleider, consulent}
    assert visible_cases(teamleider).filter(pk=case.pk).exists()
