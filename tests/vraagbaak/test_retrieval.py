"""The retrieval test set (retrieval_set.py) over the demo precedents: recall@3 and MRR for
BM25 alone and with the synonym list. Prints a report (pytest -s) and fails below the
thresholds."""

import pytest

from maatwerk.vraagbaak import search

from .retrieval_set import QUERIES

pytestmark = pytest.mark.django_db


def measure(use_synonyms: bool, queries=QUERIES) -> dict[str, float]:
    built = search.index(use_synonyms)
    reciprocal, at3 = [], []
    for query in queries:
        ranked = search.ranked(query.text, limit=len(built.ids), use_synonyms=use_synonyms)
        order = [built.external_ids[built.position[pk]] for pk, _score in ranked]
        rank = order.index(query.expected) + 1 if query.expected in order else None
        reciprocal.append(1 / rank if rank else 0.0)
        at3.append(1.0 if rank and rank <= 3 else 0.0)
    return {"recall@3": sum(at3) / len(at3), "MRR": sum(reciprocal) / len(reciprocal)}


def test_the_set_is_big_enough_and_half_in_other_words():
    assert len(QUERIES) >= 40
    assert sum(q.other_words for q in QUERIES) >= len(QUERIES) / 2


def test_every_expected_precedent_exists(demo_vraagbaak):
    ids = set(search.index().external_ids)
    assert {q.expected for q in QUERIES} <= ids


def test_retrieval_report_and_thresholds(demo_vraagbaak):
    report = {}
    for label, synonyms in (("BM25", False), ("BM25 + synoniemen", True)):
        for part, queries in (
            ("alle", QUERIES),
            ("eigen woorden", [q for q in QUERIES if not q.other_words]),
            ("andere woorden", [q for q in QUERIES if q.other_words]),
        ):
            report[(label, part)] = measure(synonyms, queries)
    print("\nRetrieval test set:", len(QUERIES), "queries")
    for (label, part), figures in report.items():
        print(
            f"  {label:<20} {part:<15} recall@3 {figures['recall@3']:.3f}  MRR {figures['MRR']:.3f}"
        )
    with_synonyms = report[("BM25 + synoniemen", "alle")]
    plain = report[("BM25", "alle")]
    assert with_synonyms["recall@3"] >= 0.85
    assert with_synonyms["MRR"] >= 0.75
    # The synonym list must earn its keep on the queries in other words.
    assert (
        report[("BM25 + synoniemen", "andere woorden")]["MRR"]
        > report[("BM25", "andere woorden")]["MRR"]
    )
    assert with_synonyms["MRR"] >= plain["MRR"]
