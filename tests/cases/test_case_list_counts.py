import pytest
from django.urls import reverse

from maatwerk.core.pagination import ListPaginator

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_the_list_says_more_than_the_limit_instead_of_counting_everything(
    client, consulent, monkeypatch
):
    monkeypatch.setattr(ListPaginator, "count_limit", 3)
    CaseFactory.create_batch(5, household__team=consulent.team, regisseur=consulent)
    client.force_login(consulent)

    content = client.get(reverse("cases:list")).content.decode()

    assert "Meer dan 3 casussen gevonden" in content


def test_below_the_limit_the_exact_number_is_shown(client, consulent):
    CaseFactory.create_batch(2, household__team=consulent.team, regisseur=consulent)
    client.force_login(consulent)

    assert "2 casussen gevonden" in client.get(reverse("cases:list")).content.decode()


def test_the_limit_is_written_the_dutch_way(client, consulent, monkeypatch):
    monkeypatch.setattr(ListPaginator, "count_limit", 1000)
    monkeypatch.setattr(ListPaginator, "count", property(lambda self: 1001))
    client.force_login(consulent)

    assert "Meer dan 1.000 casussen gevonden" in client.get(reverse("cases:list")).content.decode()


def test_pages_past_the_limit_can_still_be_opened(client, consulent, monkeypatch):
    monkeypatch.setattr(ListPaginator, "count_limit", 1)
    monkeypatch.setattr("maatwerk.cases.views.list.PAGE_SIZE", 1)
    cases = CaseFactory.create_batch(4, household__team=consulent.team, regisseur=consulent)
    client.force_login(consulent)

    third = client.get(reverse("cases:list"), {"weergave": "alle", "pagina": 3})
    last = client.get(reverse("cases:list"), {"weergave": "alle", "pagina": 4})

    oldest_first = sorted(cases, key=lambda case: (case.signal_date, case.pk))
    assert oldest_first[1].reference in third.content.decode()
    assert 'rel="next"' in third.content.decode()
    assert oldest_first[0].reference in last.content.decode()
    assert 'rel="next"' not in last.content.decode()
