"""Where each role starts, and which route screens its menu offers."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

LINKS = {
    "Casusoverleg": reverse("route:agenda"),
    "Te besluiten": reverse("route:awaiting"),
    "Mijn voorleggingen": reverse("route:portfolio"),
}

MENU = {
    "consulent": {"Casusoverleg", "Te besluiten"},
    "teamleider": {"Casusoverleg", "Te besluiten"},
    "omo": {"Casusoverleg", "Te besluiten"},
    "wethouder": {"Mijn voorleggingen"},
    "controller": set(),
    "beheerder": set(),
}


def test_the_portefeuillehouder_starts_on_their_proposals(client, wethouder):
    client.force_login(wethouder)

    response = client.get(reverse("home"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("route:portfolio")
    assert "Mijn voorleggingen" in response.content.decode()


@pytest.mark.parametrize("persona", ["omo", "teamleider"])
def test_the_omo_functionaris_and_teamleider_keep_the_case_list_as_start(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(reverse("home"))

    assert response.url == reverse("cases:list")


@pytest.mark.parametrize("persona", MENU)
def test_the_menu_links_to_the_route_screens_the_role_may_open(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    nav = client.get(reverse("accounts:password_change")).content.decode().split("</nav>")[0]

    shown = {label for label, url in LINKS.items() if f'href="{url}"' in nav}
    assert shown == MENU[persona]
    for label in shown:
        assert client.get(LINKS[label]).status_code == 200, label
