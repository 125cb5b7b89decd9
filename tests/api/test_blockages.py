import pytest

from maatwerk.cases.models import Blockage, TimelineEntry

from ..factories import CaseFactory, OrganisationFactory, RuleFactory

pytestmark = pytest.mark.django_db


def test_consulent_records_a_blockage_owned_by_the_rules_owner(client_for, consulent, noord_case):
    rule = RuleFactory(name="Wet op de huurtoeslag", law="Awir")

    response = client_for(consulent).post(
        "/api/v1/blockages/",
        {"case": noord_case.pk, "rule": rule.pk, "explanation": "Huurtoeslag vervalt"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    blockage = Blockage.objects.get(pk=response.json()["id"])
    assert (blockage.case, blockage.rule, blockage.owner) == (noord_case, rule, rule.owner)
    assert TimelineEntry.objects.filter(case=noord_case, kind="updated").exists()


def test_the_owner_can_be_someone_else_than_the_rules_owner(client_for, consulent, noord_case):
    owner = OrganisationFactory(name="Woningcorporatie Testdam")

    response = client_for(consulent).post(
        "/api/v1/blockages/",
        {
            "case": noord_case.pk,
            "rule": RuleFactory().pk,
            "owner": owner.pk,
            "explanation": "Uitvoering ligt bij de corporatie",
        },
        format="json",
    )

    assert Blockage.objects.get(pk=response.json()["id"]).owner == owner


def test_a_blockage_without_rule_or_explanation_is_refused(client_for, consulent, noord_case):
    before = Blockage.objects.count()

    response = client_for(consulent).post(
        "/api/v1/blockages/", {"case": noord_case.pk, "explanation": ""}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {
        "rule": ["Kies de regel die in de weg staat."],
        "explanation": ["Licht toe hoe deze regel in de weg staat."],
    }
    assert Blockage.objects.count() == before


def test_a_rule_no_longer_in_use_cannot_be_chosen(client_for, consulent, noord_case):
    rule = RuleFactory(name="Afgeschafte regel", law="Oude wet", active=False)

    response = client_for(consulent).post(
        "/api/v1/blockages/",
        {"case": noord_case.pk, "rule": rule.pk, "explanation": "X"},
        format="json",
    )

    assert response.json() == {"rule": ["Deze regel is niet meer in gebruik."]}


def test_consulent_updates_the_explanation(client_for, consulent, noord_case):
    blockage = Blockage.objects.get(case=noord_case)

    response = client_for(consulent).patch(
        f"/api/v1/blockages/{blockage.pk}/", {"explanation": "Bijgewerkt"}, format="json"
    )

    assert response.status_code == 200
    blockage.refresh_from_db()
    assert blockage.explanation == "Bijgewerkt"


def test_a_blockage_stays_with_its_case(client_for, consulent, noord_case):
    other = CaseFactory(household__team=consulent.team)
    blockage = Blockage.objects.get(case=noord_case)

    response = client_for(consulent).patch(
        f"/api/v1/blockages/{blockage.pk}/", {"case": other.pk}, format="json"
    )

    assert response.status_code == 400
    assert Blockage.objects.get(pk=blockage.pk).case == noord_case


def test_consulent_lists_blockages_of_their_team_with_explanation(
    client_for, consulent, noord_case, zuid_case
):
    response = client_for(consulent).get("/api/v1/blockages/")

    [blockage] = response.json()["results"]
    assert blockage["case"] == noord_case.pk
    assert blockage["explanation"].startswith("Kanarie")
