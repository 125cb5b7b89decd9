"""The case screens answer odd input with a Dutch message on the field and save nothing: an
id beyond 64 bits among the people with access to a confidential case (a 500 on SQLite
before), and a title longer than allowed (the browser used to cut a paste silently)."""

import pytest
from django.urls import reverse

from maatwerk.cases.models import Case, Household, Member

from ..fuzz.test_case_screens import NEW_CASE_INPUT

pytestmark = pytest.mark.django_db

HUGE = ["9223372036854775808", "-9223372036854775809", "9" * 30]


def _new_case(consulent, **overrides) -> dict:
    data = {
        **NEW_CASE_INPUT,
        "signal-regisseur": str(consulent.pk),
        "members-TOTAL_FORMS": "1",
        "members-INITIAL_FORMS": "0",
        "members-MIN_NUM_FORMS": "0",
        "members-MAX_NUM_FORMS": "1000",
    }
    return data | overrides


def _counts() -> tuple[int, int, int]:
    return Case.objects.count(), Household.objects.count(), Member.objects.count()


@pytest.mark.parametrize("value", HUGE)
def test_a_huge_id_for_confidential_access_on_the_new_case_screen_is_an_invalid_choice(
    client, consulent, value
):
    client.force_login(consulent)
    data = _new_case(
        consulent,
        **{"signal-confidential": "on", "signal-confidential_users": [str(consulent.pk), value]},
    )

    response = client.post(reverse("cases:create"), data)

    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert _counts() == (0, 0, 0)


@pytest.mark.parametrize("value", HUGE)
def test_a_huge_id_for_confidential_access_on_the_household_step_is_an_invalid_choice(
    client, consulent, value
):
    client.force_login(consulent)
    assert client.post(reverse("cases:create"), _new_case(consulent)).status_code == 302
    case = Case.objects.get()
    member = case.household.members.get()
    data = _new_case(
        consulent,
        **{
            "signal-confidential_users": value,
            "members-INITIAL_FORMS": "1",
            "members-0-id": str(member.pk),
            "members-0-household": str(case.household_id),
            "signal-title": "Een andere titel",
        },
    )

    response = client.post(reverse("cases:step", args=[case.pk, "huishouden"]), data)

    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    case.refresh_from_db()
    assert case.title == NEW_CASE_INPUT["signal-title"]


def test_a_title_longer_than_allowed_is_not_cut_but_refused_with_its_length(client, consulent):
    client.force_login(consulent)
    form = client.get(reverse("cases:create")).content.decode()
    assert "maxlength" not in form

    response = client.post(
        reverse("cases:create"), _new_case(consulent, **{"signal-title": "x" * 180})
    )

    assert response.status_code == 200
    assert "Gebruik maximaal 150 tekens; u gaf er 180." in response.content.decode()
    assert _counts() == (0, 0, 0)
