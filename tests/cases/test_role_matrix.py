"""Every role against every screen: allowed or denied, and roles without access to personal
data never receive any of it."""

import datetime

import pytest
from django.urls import reverse

from ..factories import BlockageFactory, CaseFactory, MemberFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "consulent",
    "consulent_zuid",
    "teamleider",
    "omo",
    "wethouder",
    "controller",
    "beleid",
    "beheerder",
]
ALLOW, DENY, HIDDEN, REDIRECT = 200, 403, 404, 302

# screen: expected status per role, for a case of team Noord.
MATRIX = {
    "list": dict(
        consulent=ALLOW,
        consulent_zuid=ALLOW,
        teamleider=ALLOW,
        omo=ALLOW,
        wethouder=DENY,
        controller=ALLOW,
        beleid=ALLOW,
        beheerder=ALLOW,
    ),
    "create": dict(
        consulent=ALLOW,
        consulent_zuid=ALLOW,
        teamleider=ALLOW,
        omo=ALLOW,
        wethouder=DENY,
        controller=DENY,
        beleid=DENY,
        beheerder=DENY,
    ),
    "detail": dict(
        consulent=ALLOW,
        consulent_zuid=HIDDEN,
        teamleider=ALLOW,
        omo=ALLOW,
        wethouder=DENY,
        controller=ALLOW,
        beleid=ALLOW,
        beheerder=ALLOW,
    ),
    "step": dict(
        consulent=ALLOW,
        consulent_zuid=HIDDEN,
        teamleider=ALLOW,
        omo=ALLOW,
        wethouder=DENY,
        controller=DENY,
        beleid=DENY,
        beheerder=DENY,
    ),
    "transition": dict(
        consulent=REDIRECT,
        consulent_zuid=HIDDEN,
        teamleider=REDIRECT,
        omo=REDIRECT,
        wethouder=DENY,
        controller=DENY,
        beleid=DENY,
        beheerder=DENY,
    ),
    "note": dict(
        consulent=REDIRECT,
        consulent_zuid=HIDDEN,
        teamleider=REDIRECT,
        omo=REDIRECT,
        wethouder=DENY,
        controller=DENY,
        beleid=DENY,
        beheerder=DENY,
    ),
    "audit": dict(
        consulent=DENY,
        consulent_zuid=DENY,
        teamleider=DENY,
        omo=ALLOW,
        wethouder=DENY,
        controller=DENY,
        beleid=DENY,
        beheerder=ALLOW,
    ),
    "admin": dict(
        consulent=DENY,
        consulent_zuid=DENY,
        teamleider=DENY,
        omo=DENY,
        wethouder=DENY,
        controller=DENY,
        beleid=DENY,
        beheerder=ALLOW,
    ),
}
STEP_SLUGS = ["huishouden", "leefgebieden", "betrokkenen", "knelpunten", "route", "toestemming"]

CANARIES = [
    "Canarynaam",
    "Kanarievogel",
    "111222333",
    "Kanariestraat",
    "1987-05-06",
    "6 mei 1987",
    "Geheime omschrijving",
    "Verborgen toelichting",
]


@pytest.fixture
def noord_case(team_noord):
    case = CaseFactory(
        household__team=team_noord,
        household__street="Kanariestraat",
        title="Geheime omschrijving Canarynaam",
        eligible=True,
    )
    MemberFactory(
        household=case.household,
        first_name="Canarynaam",
        last_name="Kanarievogel",
        date_of_birth=datetime.date(1987, 5, 6),
        bsn="111222333",
    )
    BlockageFactory(case=case, explanation="Verborgen toelichting")
    return case


def _request(client, screen: str, case) -> list:
    if screen == "list":
        return [client.get(reverse("cases:list"), {"weergave": "alle"})]
    if screen == "create":
        return [client.get(reverse("cases:create"))]
    if screen == "detail":
        return [client.get(reverse("cases:detail", args=[case.pk]))]
    if screen == "step":
        return [client.get(reverse("cases:step", args=[case.pk, slug])) for slug in STEP_SLUGS]
    if screen == "transition":
        return [
            client.post(
                reverse("cases:transition", args=[case.pk]),
                {"target": "in_behandeling", "reason": "Test"},
            )
        ]
    if screen == "note":
        return [client.post(reverse("cases:note", args=[case.pk]), {"text": "Notitie"})]
    if screen == "audit":
        return [client.get(reverse("audit:case", args=[case.pk]))]
    return [client.get(reverse("admin:index"))]


@pytest.mark.parametrize("screen", list(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_role_matrix(client, request, noord_case, screen, role):
    user = request.getfixturevalue(role)
    client.force_login(user)

    for response in _request(client, screen, noord_case):
        assert response.status_code == MATRIX[screen][role], (screen, role)


@pytest.mark.parametrize("role", ["controller", "beleid", "beheerder"])
def test_roles_without_personal_data_see_none_on_any_screen(client, request, noord_case, role):
    client.force_login(request.getfixturevalue(role))
    pages = [
        client.get(reverse("cases:list"), {"weergave": "alle"}),
        client.get(reverse("cases:list"), {"q": noord_case.reference}),
        client.get(reverse("cases:detail", args=[noord_case.pk])),
    ]
    for page in pages:
        content = page.content.decode()
        assert noord_case.reference in content or "0 casussen" in content
        for canary in CANARIES:
            assert canary not in content, (role, canary)


def test_name_search_does_not_reveal_a_person_to_anonymised_roles(client, controller, noord_case):
    client.force_login(controller)

    response = client.get(reverse("cases:list"), {"q": "Kanarievogel"})

    assert noord_case.reference not in response.content.decode()


def test_consulent_cannot_find_other_teams_case_in_list_or_search(
    client, consulent_zuid, noord_case
):
    client.force_login(consulent_zuid)

    for params in (
        {"weergave": "alle"},
        {"weergave": "alle", "q": "Kanarievogel"},
        {"weergave": "alle", "q": "111222333"},
    ):
        content = client.get(reverse("cases:list"), params).content.decode()
        assert noord_case.reference not in content
