"""The person is found by exact BSN (through the keyed hash, never by decrypting) or by member
number; a miss or a mistyped BSN gets a clear Dutch answer."""

import pytest
from django.urls import reverse

from .conftest import PARTNER_BSN

pytestmark = pytest.mark.django_db


def _search(client, user, data):
    client.force_login(user)
    response = client.post(reverse("privacy:access_request"), data)
    assert response.status_code == 200
    return response


def test_it_finds_the_person_by_bsn_as_typed_on_the_request(client, omo, subject, partner):
    response = _search(client, omo, {"bsn": "111.222.333"})

    assert list(response.context["matches"]) == [subject]
    assert reverse("privacy:subject_export_download", args=[subject.pk]) in (
        response.content.decode()
    )


def test_it_finds_a_person_without_bsn_by_member_number(client, omo, son):
    response = _search(client, omo, {"gezinslid": son.pk})

    assert list(response.context["matches"]) == [son]


def test_an_unknown_bsn_says_so_in_dutch(client, omo, subject):
    response = _search(client, omo, {"bsn": "999999990"})

    assert response.context["matches"] == []
    assert "Er is geen gezinslid gevonden met dit BSN." in response.content.decode()


def test_a_bsn_failing_the_elfproef_is_refused_before_searching(client, omo, subject):
    response = _search(client, omo, {"bsn": "123456789"})

    assert "elfproef" in response.content.decode()
    assert "matches" not in response.context


def test_an_empty_form_asks_for_a_bsn_or_number(client, omo):
    response = _search(client, omo, {"bsn": ""})

    assert "Vul het BSN of het nummer van het gezinslid in." in response.content.decode()


def test_the_search_form_shows_only_the_person_found(client, omo, subject, partner):
    response = _search(client, omo, {"bsn": PARTNER_BSN})

    assert list(response.context["matches"]) == [partner]
    assert "Yvonne" not in response.content.decode()
