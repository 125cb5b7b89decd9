import pytest
from django.urls import reverse

from maatwerk.accounts.roles import Role
from maatwerk.vraagbaak import search, services
from maatwerk.vraagbaak.models import Precedent, Synonym

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

API = "/api/v1/vraagbaak/search/"


def test_synonyms_are_beheers_and_a_change_rebuilds_the_index(demo_vraagbaak, client):
    query = "zwerfroute"  # no precedent uses the word
    assert search.search(query) == []
    client.force_login(demo_vraagbaak.users["beheer"])
    response = client.post(
        reverse("admin:vraagbaak_synonym_add"), {"terms": "zwerfroute, dakloosheid", "note": ""}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(terms__startswith="zwerfroute").exists()
    assert search.search(query)[0].precedent.external_id  # found after the rebuild


def test_a_new_or_withdrawn_precedent_changes_the_results(demo_vraagbaak):
    omo = demo_vraagbaak.users["omo"]
    made = services.save_precedent(
        omo, title="Zeldzame kwestie kwartelkooi", summary="Over een kwartelkooi.", publish=True
    )
    assert search.search("kwartelkooi")[0].precedent == made
    services.publish(omo, made, published=False)
    assert search.search("kwartelkooi") == []


def test_filters_and_highlighted_snippet(demo_vraagbaak):
    hits = search.search("corporatie", filters=search.Filters(domain="wonen"), limit=50)
    assert hits and all("wonen" in hit.precedent.life_domains for hit in hits)
    assert "<mark>" in hits[0].snippet
    only = search.search("corporatie", filters=search.Filters(solution_type="geen_oplossing"))
    assert all("geen_oplossing" in hit.precedent.solution_types for hit in only)


def test_api_search_for_every_professional_role(demo_vraagbaak, api_client):
    for role in (Role.CONSULENT, Role.OMO_FUNCTIONARIS, Role.CONTROLLER, Role.BELEIDSMEDEWERKER):
        user = UserFactory(
            role=role,
            team=demo_vraagbaak.teams["noord"] if role == Role.CONSULENT else None,
            municipality=demo_vraagbaak.municipality,
        )
        api_client.force_authenticate(user)
        response = api_client.get(
            API, {"q": "saneringstraject mislukt, geen schuldregeling", "limit": 3}
        )
        assert response.status_code == 200, role
        body = response.json()
        assert body[0]["external_id"] == "demo-yvonne"
        assert set(body[0]) >= {"external_id", "title", "score", "snippet"}
        assert len(body) <= 3


def test_api_refuses_bad_parameters_in_dutch(demo_vraagbaak, api_client):
    user = UserFactory(
        role=Role.OMO_FUNCTIONARIS, team=None, municipality=demo_vraagbaak.municipality
    )
    api_client.force_authenticate(user)
    assert api_client.get(API, {"q": "x", "domain": "maan"}).status_code == 400
    response = api_client.get(API, {"q": "x", "rule": "Bestaat niet"})
    assert response.status_code == 400 and "Onbekende regel" in response.content.decode()
    assert api_client.get(API, {"q": "x", "limit": 0}).status_code == 400


def test_api_refuses_the_portefeuillehouder(demo_vraagbaak, api_client):
    user = UserFactory(
        role=Role.PORTEFEUILLEHOUDER, team=None, municipality=demo_vraagbaak.municipality
    )
    api_client.force_authenticate(user)
    assert api_client.get(API, {"q": "woning"}).status_code == 403


def test_drafts_only_for_the_omo_functionaris(demo_vraagbaak, client):
    omo = demo_vraagbaak.users["omo"]
    draft = services.save_precedent(omo, title="Concept", summary="Nog niet klaar.")
    consulent = demo_vraagbaak.users["consulent"]
    client.force_login(consulent)
    assert client.get(reverse("vraagbaak:detail", args=[draft.pk])).status_code == 404
    assert client.post(reverse("vraagbaak:new"), {"title": "x", "summary": "y"}).status_code == 403
    client.force_login(omo)
    assert client.get(reverse("vraagbaak:detail", args=[draft.pk])).status_code == 200


def test_search_screen_shows_ranked_hits(demo_vraagbaak, client):
    client.force_login(demo_vraagbaak.users["consulent"])
    response = client.get(reverse("vraagbaak:search"), {"q": "noodopvang jongere kamer te duur"})
    assert response.status_code == 200
    assert "Jonge vrouw in crisisopvang" in response.content.decode()


def test_screen_refuses_a_negative_cost_and_saves_nothing(demo_vraagbaak, client):
    client.force_login(demo_vraagbaak.users["omo"])
    count = Precedent.objects.count()
    response = client.post(
        reverse("vraagbaak:new"), {"title": "T", "summary": "S", "cost_eur": "-5"}
    )
    assert response.status_code == 200
    assert Precedent.objects.count() == count


def test_the_dossier_shows_similar_cases_with_reasons(demo_vraagbaak, client):
    from maatwerk.demo.cases_data import DEMO_CASES
    from maatwerk.demo.loader import load_demo_case

    data = next(d for d in DEMO_CASES if d["key"] == "pleegzorg_18")
    case = load_demo_case(demo_vraagbaak, data)
    client.force_login(demo_vraagbaak.users[data["consulent"]])
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Vergelijkbare casussen" in page
    assert "18 jaar – pleegzorg stopt, geen woning" in page
    assert "zelfde regel" in page


def test_from_case_shows_source_and_anonymised_side_by_side(demo_vraagbaak, client):
    from maatwerk.demo.cases_data import DEMO_CASES
    from maatwerk.demo.loader import load_demo_case

    case = load_demo_case(demo_vraagbaak, next(d for d in DEMO_CASES if d["key"] == "anna"))
    client.force_login(demo_vraagbaak.users["omo"])
    page = client.get(reverse("vraagbaak:from_case", args=[case.pk])).content.decode()
    assert "Bron (casus)" in page and "Geanonimiseerd precedent" in page
    assert "Anna" in page  # the source column
    assert "[naam]" in page
