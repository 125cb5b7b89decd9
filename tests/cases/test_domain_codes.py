"""A case carries the codes of its life domains (Case.domain_codes), which is what the lists
filter on. The copy must follow every change of the domains, on the screen and in the API, and
nothing else may write it back to an older value."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from rest_framework.authtoken.models import Token

from maatwerk.cases import services
from maatwerk.cases.domains import LifeDomain
from maatwerk.cases.models import Case, CaseDomain

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


def _found_on_screen(client, user, code: str) -> str:
    client.force_login(user)
    return client.get(reverse("cases:list"), {"weergave": "alle", "domain": code}).content.decode()


def _found_by_api(api_client, user, code: str) -> set[int]:
    token, _ = Token.objects.get_or_create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    rows = api_client.get("/api/v1/cases/", {"domain": code}).json()["results"]
    return {row["id"] for row in rows}


def _domains_step(rows: list[dict], existing: list[CaseDomain]) -> dict:
    data = {
        "domains-TOTAL_FORMS": str(len(existing) + len(rows)),
        "domains-INITIAL_FORMS": str(len(existing)),
        "domains-MIN_NUM_FORMS": "0",
        "domains-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(existing):
        data |= {
            f"domains-{index}-id": str(row.pk),
            f"domains-{index}-code": row.code,
            f"domains-{index}-description": row.description,
            f"domains-{index}-DELETE": "on",
        }
    for index, row in enumerate(rows, start=len(existing)):
        data |= {f"domains-{index}-{key}": value for key, value in row.items()}
    return data


def test_a_domain_chosen_on_the_screen_finds_the_case_on_the_screen_and_in_the_api(
    client, api_client, consulent
):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent, domains=[])
    assert case.reference not in _found_on_screen(client, consulent, LifeDomain.WONEN)

    response = client.post(
        reverse("cases:step", args=[case.pk, "leefgebieden"]),
        _domains_step([{"code": LifeDomain.WONEN, "description": "Huurachterstand"}], []),
    )

    assert response.status_code == 302
    assert Case.objects.get(pk=case.pk).domain_codes == "|wonen|"
    assert case.reference in _found_on_screen(client, consulent, LifeDomain.WONEN)
    assert _found_by_api(api_client, consulent, LifeDomain.WONEN) == {case.pk}


def test_a_domain_replaced_on_the_screen_no_longer_finds_the_case(client, api_client, consulent):
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, domains=[LifeDomain.WONEN]
    )
    client.force_login(consulent)

    client.post(
        reverse("cases:step", args=[case.pk, "leefgebieden"]),
        _domains_step(
            [{"code": LifeDomain.INKOMEN, "description": "Geen inkomen"}],
            list(case.domains.all()),
        ),
    )

    assert Case.objects.get(pk=case.pk).domain_codes == "|inkomen|"
    assert case.reference not in _found_on_screen(client, consulent, LifeDomain.WONEN)
    assert case.reference in _found_on_screen(client, consulent, LifeDomain.INKOMEN)
    assert _found_by_api(api_client, consulent, LifeDomain.WONEN) == set()
    assert _found_by_api(api_client, consulent, LifeDomain.INKOMEN) == {case.pk}


def test_domains_written_through_the_api_are_what_the_lists_filter_on(
    client, api_client, consulent
):
    case = CaseFactory(
        household__team=consulent.team,
        regisseur=consulent,
        domains=[LifeDomain.WONEN],
        consent_date=datetime.date(2026, 11, 2),
    )
    token, _ = Token.objects.get_or_create(user=consulent)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")

    response = api_client.patch(
        f"/api/v1/cases/{case.pk}/",
        {"domains": [{"code": "veiligheid"}, {"code": "financien_schulden"}]},
        format="json",
    )

    assert response.status_code == 200, response.json()
    assert Case.objects.get(pk=case.pk).domain_codes == "|financien_schulden|veiligheid|"
    assert _found_by_api(api_client, consulent, LifeDomain.WONEN) == set()
    assert _found_by_api(api_client, consulent, LifeDomain.VEILIGHEID) == {case.pk}
    assert case.reference in _found_on_screen(client, consulent, LifeDomain.FINANCIEN_SCHULDEN)


def test_a_domain_row_removed_on_its_own_leaves_the_others_in_the_codes(consulent):
    case = CaseFactory(
        household__team=consulent.team,
        regisseur=consulent,
        domains=[LifeDomain.WONEN, LifeDomain.INKOMEN],
    )

    services.remove_case_row(consulent, case.domains.get(code=LifeDomain.WONEN))

    assert Case.objects.get(pk=case.pk).domain_codes == "|inkomen|"


def test_a_case_saved_from_an_older_copy_keeps_the_new_codes(consulent):
    """A case read before its domains changed and saved afterwards (another edit of the same
    case) must not put the old codes back."""
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, domains=[LifeDomain.WONEN]
    )
    older = Case.objects.get(pk=case.pk)

    services.set_domains(consulent, case, [{"code": LifeDomain.VEILIGHEID}])
    older.title = "Een andere omschrijving"
    older.save()

    saved = Case.objects.get(pk=case.pk)
    assert (saved.title, saved.domain_codes) == ("Een andere omschrijving", "|veiligheid|")


def test_a_failed_domain_change_leaves_the_codes_as_they_were(consulent):
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, domains=[LifeDomain.WONEN]
    )

    with pytest.raises(ValidationError):
        services.set_domains(consulent, case, [{"code": "veiligheid"}, {"code": "ruimtevaart"}])

    assert Case.objects.get(pk=case.pk).domain_codes == "|wonen|"


def test_the_migration_gives_existing_cases_their_codes(consulent):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("maatwerk.cases.migrations.0011_case_domain_codes")
    two = CaseFactory(
        household__team=consulent.team, domains=[LifeDomain.WONEN, LifeDomain.INKOMEN]
    )
    none = CaseFactory(household__team=consulent.team, domains=[])
    Case.objects.update(domain_codes="")  # as the column is right after it was added

    migration.copy_codes(apps, None)

    codes = dict(Case.objects.values_list("pk", "domain_codes"))
    assert codes == {two.pk: "|inkomen|wonen|", none.pk: ""}
