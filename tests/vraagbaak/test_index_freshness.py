"""The search index after edits: a changed, new, withdrawn or deleted precedent is searched
correctly at once (from the side part, without a full build), ranks as it would after a
full build, and a second app server (a process with nothing in memory) loads the stored
index and the same edits from the database."""

import io

import pytest
from django.core.management import call_command

from maatwerk.vraagbaak import corpus, search, services
from maatwerk.vraagbaak.models import IndexSnapshot, Precedent

pytestmark = pytest.mark.django_db


def scores_by_id(query: str) -> dict[str, float]:
    built = search.index()
    return {
        built.external_ids[built.position[pk]]: score
        for pk, score in search.ranked(query, limit=len(built.ids))
    }


def test_an_edit_is_searched_from_the_side_part_without_a_full_build(demo_vraagbaak, monkeypatch):
    omo = demo_vraagbaak.users["omo"]
    search.index()
    assert IndexSnapshot.objects.filter(use_synonyms=True).exists()
    builds = []
    monkeypatch.setattr(corpus, "build", lambda *a, **k: builds.append(1) / 0)
    precedent = Precedent.objects.get(external_id="demo-yvonne")
    services.save_precedent(omo, precedent, blockage="Een kwartelkooi blokkeert alles.")
    made = services.save_precedent(
        omo, title="Zeldzame kwestie", summary="Over een kwartelkooi en meer.", publish=True
    )
    found = [hit.precedent.external_id for hit in search.search("kwartelkooi")]
    assert set(found) == {"demo-yvonne", made.external_id}
    assert builds == []
    assert len(search.index().side_counts) == 2


def test_side_scores_equal_a_full_build(demo_vraagbaak):
    omo = demo_vraagbaak.users["omo"]
    search.index()
    precedent = Precedent.objects.get(external_id="demo-yvonne")
    services.save_precedent(omo, precedent, blockage="De corporatie wil geen regeling treffen.")
    query = "de corporatie weigert een betalingsregeling voor de huurschuld"
    from_side = scores_by_id(query)
    assert search.index().side_counts  # scored on the side
    search.rebuild()
    search.changed()
    full = scores_by_id(query)
    assert not search.index().side_counts
    assert next(iter(from_side)) == next(iter(full))
    assert from_side["demo-yvonne"] == pytest.approx(full["demo-yvonne"], rel=0.02)


def test_withdrawn_and_deleted_precedents_drop_out(demo_vraagbaak):
    omo = demo_vraagbaak.users["omo"]
    query = "schulden en de corporatie"
    assert "demo-yvonne" in scores_by_id(query)
    services.publish(omo, Precedent.objects.get(external_id="demo-yvonne"), published=False)
    assert "demo-yvonne" not in scores_by_id(query)
    other = next(iter(scores_by_id(query)))
    Precedent.objects.filter(external_id=other).delete()
    search.changed()
    assert other not in scores_by_id(query)
    # Filters alone (no query) leave them out too.
    listed = search.ranked("", filters=search.Filters(domain="financien"), limit=1000)
    assert not {pk for pk, _s in listed} & set(
        Precedent.objects.filter(external_id__in=["demo-yvonne"]).values_list("pk", flat=True)
    )


def test_a_second_server_loads_the_stored_index_and_the_edits_since(demo_vraagbaak, monkeypatch):
    omo = demo_vraagbaak.users["omo"]
    search.index()
    services.save_precedent(
        omo, title="Zeldzame kwestie", summary="Over een kwartelkooi.", publish=True
    )
    search.forget()  # what another process knows: nothing
    monkeypatch.setattr(corpus, "build", lambda *a, **k: 1 / 0)
    assert [h.precedent.title for h in search.search("kwartelkooi")] == ["Zeldzame kwestie"]


def test_the_rebuild_command_folds_the_edits_into_the_stored_index(demo_vraagbaak):
    omo = demo_vraagbaak.users["omo"]
    search.index()
    services.save_precedent(
        omo, title="Zeldzame kwestie", summary="Over een kwartelkooi.", publish=True
    )
    assert len(search.index().side_counts) == 1
    call_command("rebuild_vraagbaak_index", stdout=io.StringIO())
    search.forget()
    built = search.index()
    assert not built.side_counts
    assert "kwartelkooi" in built.vocab
    assert search.search("kwartelkooi")[0].precedent.title == "Zeldzame kwestie"
