"""Case workers list, read, register and change cases through the API."""

import datetime

import pytest
from django.utils import timezone

from maatwerk.cases.domains import LifeDomain, SignalSource
from maatwerk.cases.models import Case, CaseDomain, CaseStatusChange, TimelineEntry
from maatwerk.cases.workflow import CaseStatus

from ..factories import (
    BlockageFactory,
    CaseFactory,
    HouseholdFactory,
    MemberFactory,
    RuleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _new_case(household, **overrides) -> dict:
    return {
        "household": household.pk,
        "title": "Huurachterstand en geen inkomen",
        "signal_source": SignalSource.KCC,
        "signal_date": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "stagnation_risk": "Huisuitzetting",
        "domains": [
            {"code": LifeDomain.WONEN, "description": "Huurachterstand"},
            {"code": LifeDomain.INKOMEN},
        ],
        **overrides,
    }


def test_consulent_lists_the_cases_of_their_own_team(client_for, consulent, noord_case, zuid_case):
    response = client_for(consulent).get("/api/v1/cases/")

    assert response.status_code == 200
    assert [case["id"] for case in response.json()["results"]] == [noord_case.pk]


def test_consulent_reads_a_case_with_domains_and_eligibility(client_for, consulent, noord_case):
    response = client_for(consulent).get(f"/api/v1/cases/{noord_case.pk}/")

    data = response.json()
    assert response.status_code == 200
    assert data["reference"] == noord_case.reference
    assert data["team"] == {"id": consulent.team.pk, "name": "Wijkteam Noord"}
    assert data["status"] == CaseStatus.AANGEMELD
    assert data["regisseur"] == consulent.pk
    assert {domain["code"] for domain in data["domains"]} == {"financien_schulden", "wonen"}
    assert data["eligibility"] == {
        "multiple_domains": True,
        "regular_route_tried": True,
        "stagnation_risk": True,
        "met": True,
    }


def _household_with_someone(team):
    """A case is about people: its household has at least one member."""
    household = HouseholdFactory(team=team)
    MemberFactory(household=household, bsn="")
    return household


def test_consulent_registers_a_case_for_a_household_of_their_team(client_for, consulent):
    household = _household_with_someone(consulent.team)

    response = client_for(consulent).post("/api/v1/cases/", _new_case(household), format="json")

    assert response.status_code == 201, response.json()
    case = Case.objects.get(pk=response.json()["id"])
    assert case.status == CaseStatus.AANGEMELD
    assert case.reference.startswith("MW-")
    assert (case.regisseur, case.created_by) == (consulent, consulent)
    assert {(d.code, d.description) for d in case.domains.all()} == {
        ("wonen", "Huurachterstand"),
        ("inkomen", ""),
    }
    assert CaseStatusChange.objects.filter(case=case, target=CaseStatus.AANGEMELD).exists()
    assert response.json()["eligibility"]["multiple_domains"] is True


def test_posting_status_reference_team_or_creator_changes_nothing(
    client_for, consulent, consulent_zuid
):
    household = _household_with_someone(consulent.team)
    body = _new_case(
        household,
        status=CaseStatus.AFGESLOTEN,
        reference="MW-1999-99999",
        team=consulent_zuid.team.pk,
        created_by=consulent_zuid.pk,
        created_at="2000-01-01T00:00:00Z",
    )

    response = client_for(consulent).post("/api/v1/cases/", body, format="json")

    assert response.status_code == 201
    case = Case.objects.get(pk=response.json()["id"])
    assert case.status == CaseStatus.AANGEMELD
    assert case.reference != "MW-1999-99999"
    assert case.household.team == consulent.team
    assert case.created_by == consulent
    assert case.created_at.year != 2000


def test_patching_status_reference_or_team_changes_nothing(
    client_for, consulent, consulent_zuid, noord_case
):
    response = client_for(consulent).patch(
        f"/api/v1/cases/{noord_case.pk}/",
        {
            "status": CaseStatus.AFGESLOTEN,
            "reference": "MW-1999-99999",
            "team": consulent_zuid.team.pk,
            "title": "Nieuwe omschrijving",
        },
        format="json",
    )

    assert response.status_code == 200, response.json()
    noord_case.refresh_from_db()
    assert noord_case.title == "Nieuwe omschrijving"
    assert noord_case.status == CaseStatus.AANGEMELD
    assert noord_case.reference != "MW-1999-99999"
    assert noord_case.household.team == consulent.team


def test_an_update_is_recorded_on_the_timeline(client_for, consulent, noord_case):
    client_for(consulent).patch(
        f"/api/v1/cases/{noord_case.pk}/", {"title": "Anders"}, format="json"
    )

    entry = TimelineEntry.objects.get(case=noord_case, kind=TimelineEntry.Kind.UPDATED)
    assert entry.actor == consulent


def test_writing_domains_replaces_the_set(client_for, consulent, noord_case):
    response = client_for(consulent).patch(
        f"/api/v1/cases/{noord_case.pk}/",
        {"domains": [{"code": "wonen", "description": "Nieuw"}, {"code": "veiligheid"}]},
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert sorted((d.code, d.description) for d in noord_case.domains.all()) == [
        ("veiligheid", ""),
        ("wonen", "Nieuw"),
    ]


def test_duplicate_domains_are_refused(client_for, consulent, noord_case):
    response = client_for(consulent).patch(
        f"/api/v1/cases/{noord_case.pk}/",
        {"domains": [{"code": "wonen"}, {"code": "wonen"}], "title": "Niet opgeslagen"},
        format="json",
    )

    assert response.status_code == 400
    assert response.json() == {"domains": ["Elk leefgebied mag maar één keer voorkomen."]}
    noord_case.refresh_from_db()
    assert noord_case.title != "Niet opgeslagen"
    assert noord_case.domains.count() == 2


def test_an_unknown_domain_code_is_refused(client_for, consulent, noord_case):
    response = client_for(consulent).patch(
        f"/api/v1/cases/{noord_case.pk}/", {"domains": [{"code": "ruimtevaart"}]}, format="json"
    )

    assert response.status_code == 400
    assert "geldige keuze" in str(response.json()["domains"])


def test_a_household_of_another_team_does_not_exist_for_the_consulent(
    client_for, consulent, consulent_zuid
):
    household = HouseholdFactory(team=consulent_zuid.team)

    response = client_for(consulent).post("/api/v1/cases/", _new_case(household), format="json")

    assert response.status_code == 400
    assert response.json() == {"household": ["Dit huishouden bestaat niet."]}
    assert Case.objects.count() == 0


def test_a_household_that_does_not_exist_gets_the_same_answer(client_for, consulent):
    body = {**_new_case(HouseholdFactory(team=consulent.team)), "household": 999_999}

    response = client_for(consulent).post("/api/v1/cases/", body, format="json")

    assert response.json() == {"household": ["Dit huishouden bestaat niet."]}


def test_the_household_of_a_case_cannot_be_changed(client_for, consulent, noord_case):
    other = HouseholdFactory(team=consulent.team)

    response = client_for(consulent).patch(
        f"/api/v1/cases/{noord_case.pk}/", {"household": other.pk}, format="json"
    )

    assert response.status_code == 400
    assert "household" in response.json()
    noord_case.refresh_from_db()
    assert noord_case.household != other


def test_the_service_refuses_a_regisseur_from_another_team(
    client_for, consulent, consulent_zuid, noord_case
):
    response = client_for(consulent).patch(
        f"/api/v1/cases/{noord_case.pk}/", {"regisseur": consulent_zuid.pk}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {
        "regisseur": ["De regisseur moet in het team van het huishouden werken."]
    }
    noord_case.refresh_from_db()
    assert noord_case.regisseur == consulent


def test_model_validation_comes_back_per_field(client_for, consulent):
    household = _household_with_someone(consulent.team)
    body = _new_case(household, consent="gegeven")

    response = client_for(consulent).post("/api/v1/cases/", body, format="json")

    assert response.status_code == 400
    assert response.json() == {"consent_date": ["Vul de datum in waarop toestemming is gegeven."]}
    assert Case.objects.count() == 0


def test_a_full_update_needs_the_required_fields(client_for, consulent, noord_case):
    response = client_for(consulent).put(
        f"/api/v1/cases/{noord_case.pk}/", {"title": "Alleen een titel"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["signal_source"] == ["Dit veld is vereist."]


def test_the_omo_functionaris_sees_and_changes_cases_of_every_team(
    client_for, omo, noord_case, zuid_case
):
    client = client_for(omo)

    listed = client.get("/api/v1/cases/").json()["results"]
    changed = client.patch(f"/api/v1/cases/{zuid_case.pk}/", {"title": "Door OMO"}, format="json")

    assert {case["id"] for case in listed} == {noord_case.pk, zuid_case.pk}
    assert changed.status_code == 200


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=in_behandeling", {"behandeling"}),
        ("domain=veiligheid", {"veilig"}),
        ("search=Janssen", {"veilig"}),
        ("search=MW-2026-X0002", {"behandeling"}),
        ("search=huurschuld", {"behandeling"}),
    ],
)
def test_the_case_list_filters(client_for, consulent, query, expected):
    janssen = MemberFactory(household__team=consulent.team, last_name="Janssen").household
    cases = {
        "veilig": CaseFactory(
            reference="MW-2026-X0001", household=janssen, domains=[LifeDomain.VEILIGHEID]
        ),
        "behandeling": CaseFactory(
            reference="MW-2026-X0002",
            household__team=consulent.team,
            title="Huurschuld",
            in_behandeling=True,
        ),
    }
    response = client_for(consulent).get(f"/api/v1/cases/?{query}")

    found = {case["id"] for case in response.json()["results"]}
    assert found == {cases[name].pk for name in expected}


def test_the_case_list_filters_on_rule_team_and_regisseur(client_for, omo, consulent, noord_case):
    other_rule = RuleFactory(name="Wet op de huurtoeslag", law="Awir")
    other = CaseFactory(household__team=consulent.team)
    BlockageFactory(case=other, rule=other_rule)
    regisseur = UserFactory(team=consulent.team)
    by_regisseur = CaseFactory(household__team=consulent.team, regisseur=regisseur)
    client = client_for(omo)

    def ids(query: str) -> set[int]:
        return {case["id"] for case in client.get(f"/api/v1/cases/?{query}").json()["results"]}

    assert ids(f"rule={other_rule.pk}") == {other.pk}
    assert ids(f"regisseur={regisseur.pk}") == {by_regisseur.pk}
    assert ids(f"team={consulent.team.pk}") == {noord_case.pk, other.pk, by_regisseur.pk}
    assert client.get("/api/v1/cases/?team=abc").status_code == 400


def test_the_case_list_is_ordered_by_signal_date_newest_first(client_for, consulent):
    today = timezone.localdate()
    older = CaseFactory(
        household__team=consulent.team, signal_date=today - datetime.timedelta(days=5)
    )
    newer = CaseFactory(household__team=consulent.team, signal_date=today)
    same_day = CaseFactory(household__team=consulent.team, signal_date=today)

    response = client_for(consulent).get("/api/v1/cases/")

    # Same date: the newest registration first, so pages never shuffle.
    assert [case["id"] for case in response.json()["results"]] == [
        same_day.pk,
        newer.pk,
        older.pk,
    ]


def test_cases_cannot_be_deleted(client_for, consulent, noord_case):
    response = client_for(consulent).delete(f"/api/v1/cases/{noord_case.pk}/")

    # The authorization table declares no DELETE for any case file: refused before routing.
    assert response.status_code == 403
    assert Case.objects.filter(pk=noord_case.pk).exists()
    assert CaseDomain.objects.filter(case=noord_case).exists()
