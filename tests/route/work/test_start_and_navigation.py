"""Where each role starts, and which route screens its menu offers."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

LINKS = {
    "Termijnen": reverse("route:deadlines"),
    "Casusoverleg": reverse("route:agenda"),
    "Te besluiten": reverse("route:awaiting"),
    "Mijn voorleggingen": reverse("route:portfolio"),
}

MENU = {
    "consulent": {"Termijnen", "Casusoverleg", "Te besluiten"},
    "teamleider": {"Termijnen", "Casusoverleg", "Te besluiten"},
    "omo": {"Termijnen", "Casusoverleg", "Te besluiten"},
    "wethouder": {"Mijn voorleggingen"},
    "controller": set(),
    "beheerder": set(),
}


def test_the_portefeuillehouder_starts_on_their_proposals(client, wethouder):
    client.force_login(wethouder)

    response = client.get(reverse("home"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("route:portfolio")
    assert "Mijn voorleggingen" in response.content.decode()


@pytest.mark.parametrize("persona", ["consulent", "omo", "teamleider"])
def test_who_works_on_cases_starts_on_what_needs_their_attention(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(reverse("home"))

    assert response.status_code == 200
    page = response.content.decode()
    assert "Mijn werk" in page and 'href="/casussen/"' in page


@pytest.mark.parametrize(
    ("persona", "start"),
    [("controller", "fund:worklist"), ("beleid", "insights:signals"), ("beheerder", "cases:list")],
)
def test_the_roles_that_see_no_persons_start_on_their_own_work(client, request, persona, start):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(reverse("home"))

    assert response.url == reverse(start)
    assert client.get(response.url).status_code == 200


@pytest.mark.parametrize("persona", MENU)
def test_the_menu_links_to_the_route_screens_the_role_may_open(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    nav = client.get(reverse("accounts:password_change")).content.decode().split("</nav>")[0]

    shown = {label for label, url in LINKS.items() if f'href="{url}"' in nav}
    assert shown == MENU[persona]
    for label in shown:
        assert client.get(LINKS[label]).status_code == 200, label
