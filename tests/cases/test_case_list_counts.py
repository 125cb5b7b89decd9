import pytest
from django.urls import reverse

from maatwerk.core.pagination import CappedCountPaginator

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_the_list_says_more_than_the_limit_instead_of_counting_everything(
    client, consulent, monkeypatch
):
    monkeypatch.setattr(CappedCountPaginator, "count_limit", 3)
    CaseFactory.create_batch(5, household__team=consulent.team, regisseur=consulent)
    client.force_login(consulent)

    content = client.get(reverse("cases:list")).content.decode()

    assert "Meer dan 3 casussen gevonden" in content


def test_below_the_limit_the_exact_number_is_shown(client, consulent):
    CaseFactory.create_batch(2, household__team=consulent.team, regisseur=consulent)
    client.force_login(consulent)

    assert "2 casussen gevonden" in client.get(reverse("cases:list")).content.decode()
