"""The search index over the published precedents: a main part built in full (bm25s's eager
BM25 score matrix) and a small side part holding the precedents changed since.

bm25s cannot add documents to a built index, and a full build of 50,000 precedents takes
many seconds, so one edit must not wait for one. The precedents written after the main
part's `built_upto` (or new since its highest id) are scored next to it with the main
part's statistics (document count, average length, document frequencies), so they rank as
they would after a full build; their old version in the main part is masked out. The next
full build (`manage.py rebuild_vraagbaak_index`, or automatically once the side part
passes SIDE_LIMIT) folds them in.

The main part is stored in the database (IndexSnapshot), so every app server loads the same
one instead of building its own; which edits are on top of it is read from the database on
every check, so no server relies on its own memory for what is current. Storing and loading
the main part: snapshot.py."""

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime

import bm25s
import numpy as np
from django.db.models import Count, Max, Q

from .analysis import EMPTY_SYNONYMS, FIELDS, SynonymTable, tokens
from .models import Precedent, Synonym

__all__ = ["SIDE_LIMIT", "Index", "build", "fingerprint", "finish", "synonym_table", "with_changes"]

# bm25s's defaults (method "lucene"), used again for the side part.
K1, B = 1.5, 0.75
# Above this many precedents changed since the main part, a full build is cheaper than
# scoring them on the side.
SIDE_LIMIT = 2000


@dataclass
class Index:
    """The published precedents, their tokens and their structured fields, in one order:
    first the main part's positions, then the side part's."""

    fingerprint: tuple
    use_synonyms: bool
    synonyms: SynonymTable
    ids: list[int]
    external_ids: list[str]
    titles: list[str]
    domains: list[frozenset[str]]
    rules: list[frozenset[int]]
    organisations: list[frozenset[int]]
    solution_types: list[frozenset[str]]
    # The main part: the BM25 score matrix (column per token, CSC) and its statistics.
    vocab: dict[str, int] = field(default_factory=dict)
    data: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    indices: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    indptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    main_size: int = 0
    average_length: float = 1.0
    built_upto: datetime | None = None
    top_pk: int = 0
    synonyms_stamp: str = ""
    # The side part: per changed published precedent its token counts and length.
    side_counts: list[Counter] = field(default_factory=list)
    side_lengths: list[int] = field(default_factory=list)
    # False where a main position is superseded by an edit, unpublished or deleted.
    live: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    position: dict[int, int] = field(default_factory=dict)
    # Structured field value → the positions holding it (filters and boosts in numpy).
    by_domain: dict[str, np.ndarray] = field(default_factory=dict)
    by_rule: dict[int, np.ndarray] = field(default_factory=dict)
    by_organisation: dict[int, np.ndarray] = field(default_factory=dict)
    by_solution_type: dict[str, np.ndarray] = field(default_factory=dict)

    def holding(self, table: dict, value) -> np.ndarray:
        """A boolean array: which positions hold `value`."""
        found = np.zeros(len(self.ids), dtype=bool)
        positions = table.get(value)
        if positions is not None:
            found[positions] = True
        return found

    def count_shared(self, table: dict, values) -> np.ndarray:
        """Per position: how many of `values` it holds."""
        counts = np.zeros(len(self.ids))
        for value in values:
            positions = table.get(value)
            if positions is not None:
                counts[positions] += 1
        return counts

    def scores(self, query: str, max_terms: int | None = None) -> np.ndarray:
        """BM25 per position (0 for masked-out ones): one bincount over the postings of the
        query's distinct tokens, each weighed by how often the query holds it (as bm25s
        sums a repeated token), instead of bm25s's np.add.at per token.

        `max_terms`: score only that many of the query's most distinctive tokens (count ×
        idf), as a "more like this" query from a long text does; the common ones weigh
        little and cost most."""
        found = np.zeros(len(self.ids), dtype=np.float64)
        if not query.strip() or not self.ids:
            return found
        counted = Counter(tokens(query, self.synonyms))
        if max_terms is not None and len(counted) > max_terms:
            chosen = sorted(counted, key=lambda t: -counted[t] * self._idf(t))[:max_terms]
            counted = Counter({token: counted[token] for token in chosen})
        columns = [(self.vocab[t], n) for t, n in counted.items() if t in self.vocab]
        if columns and self.main_size:
            rows, weights = [], []
            for column, times in columns:
                start, end = self.indptr[column], self.indptr[column + 1]
                rows.append(self.indices[start:end])
                weights.append(self.data[start:end] * times if times > 1 else self.data[start:end])
            found[: self.main_size] = np.bincount(
                np.concatenate(rows), weights=np.concatenate(weights), minlength=self.main_size
            )
        if self.side_counts:
            found[self.main_size :] = self._side_scores(counted)
        found[~self.live] = 0.0
        return found

    def _idf(self, token: str) -> float:
        """The main part's idf of a token (high for one it does not hold)."""
        column = self.vocab.get(token)
        frequency = 0 if column is None else int(self.indptr[column + 1] - self.indptr[column])
        n_docs = max(self.main_size, 1)
        return math.log(1 + (n_docs - frequency + 0.5) / (frequency + 0.5))

    def _side_scores(self, counted: Counter) -> np.ndarray:
        """The side part's BM25, with the main part's N, average length and document
        frequencies (of its documents not masked out, plus the side part's own), as a full
        build would compute them."""
        found = np.zeros(len(self.side_counts))
        main_live = self.live[: self.main_size]
        n_docs = max(int(main_live.sum()) + len(self.side_counts), 1)
        for token, times in counted.items():
            frequency = sum(1 for counts in self.side_counts if token in counts)
            if not frequency:
                continue
            column = self.vocab.get(token)
            if column is not None:
                # The main part's documents holding the token, less those masked out.
                rows = self.indices[self.indptr[column] : self.indptr[column + 1]]
                frequency += int(np.count_nonzero(main_live[rows]))
            idf = math.log(1 + (n_docs - frequency + 0.5) / (frequency + 0.5))
            for number, counts in enumerate(self.side_counts):
                tf = counts.get(token)
                if tf:
                    norm = K1 * ((1 - B) + B * self.side_lengths[number] / self.average_length)
                    found[number] += times * idf * tf / (norm + tf)
        return found


def fingerprint() -> tuple:
    """Changes whenever a precedent is added, changed, published, withdrawn or deleted, or a
    synonym group is. The latest change and the highest id each read one end of an index;
    the count apart from them: in one aggregate PostgreSQL scans the whole table (150 ms at
    50,000 precedents on a busy machine), apart the two ends take a tenth of a millisecond
    and the count an index-only scan."""
    latest = Precedent.objects.aggregate(latest=Max("updated_at"))["latest"]
    top = Precedent.objects.aggregate(top=Max("pk"))["top"]
    return (Precedent.objects.count(), latest, top, synonyms_stamp())


def synonyms_stamp() -> str:
    synonyms = Synonym.objects.aggregate(count=Count("pk"), latest=Max("updated_at"))
    latest = synonyms["latest"].isoformat() if synonyms["latest"] else ""
    return f"{synonyms['count']}|{latest}"


def synonym_table(use_synonyms: bool) -> SynonymTable:
    if not use_synonyms:
        return EMPTY_SYNONYMS
    return SynonymTable.build([group.term_list() for group in Synonym.objects.all()])


def _links(through, column: str, only: list[int] | None = None) -> dict[int, list[int]]:
    rows = through.objects.all()
    if only is not None:
        rows = rows.filter(precedent_id__in=only)
    found: dict[int, list[int]] = {}
    for precedent_id, other_id in rows.values_list("precedent_id", column):
        found.setdefault(precedent_id, []).append(other_id)
    return found


def _inverted(values: list[frozenset], offset: int = 0) -> dict:
    found: dict = {}
    for number, items in enumerate(values, start=offset):
        for item in items:
            found.setdefault(item, []).append(number)
    return {item: np.array(positions, dtype=np.int64) for item, positions in found.items()}


def document_tokens(precedent: Precedent, names: list[str], table: SynonymTable) -> list[str]:
    """The tokens of a precedent: each field's once, times its weight; then the names of its
    rules and organisations, the unreviewed names and the domains' labels."""
    found: list[str] = []
    for name, weight, _label in FIELDS:
        field_tokens = tokens(getattr(precedent, name) or "", table)
        found.extend(field_tokens * weight)
    found.extend(tokens("\n".join(names), table))
    return found


_COLUMNS = (
    "pk",
    "external_id",
    "status",
    "updated_at",
    "life_domains",
    "solution_types",
    "unreviewed_rules",
    "unreviewed_organisations",
    *[name for name, _w, _l in FIELDS],
)


@dataclass
class _Documents:
    precedents: list[Precedent]
    rules: dict[int, list[int]]
    organisations: dict[int, list[int]]
    corpus: list[list[str]]


def _documents(precedents: list[Precedent], table: SynonymTable, whole: bool) -> _Documents:
    from maatwerk.cases import selectors as reference
    from maatwerk.cases.domains import LifeDomain

    only = None if whole else [p.pk for p in precedents]
    rule_links = _links(Precedent.rules.through, "rule_id", only)
    org_links = _links(Precedent.organisations.through, "organisation_id", only)
    rule_names = dict(reference.rules().values_list("pk", "name"))
    org_names = dict(reference.organisations().values_list("pk", "name"))
    # As Precedent.domain_labels, read once for all.
    labels = {code: str(label) for code, label in LifeDomain.choices}
    corpus = [
        document_tokens(
            p,
            [rule_names[pk] for pk in rule_links.get(p.pk, ())]
            + [org_names[pk] for pk in org_links.get(p.pk, ())]
            + p.unreviewed_rules
            + p.unreviewed_organisations
            + [labels.get(code, code) for code in p.life_domains],
            table,
        )
        for p in precedents
    ]
    return _Documents(precedents, rule_links, org_links, corpus)


def _fields(documents: _Documents) -> dict:
    precedents = documents.precedents
    return {
        "ids": [p.pk for p in precedents],
        "external_ids": [p.external_id for p in precedents],
        "titles": [p.title for p in precedents],
        "domains": [frozenset(p.life_domains) for p in precedents],
        "rules": [frozenset(documents.rules.get(p.pk, ())) for p in precedents],
        "organisations": [frozenset(documents.organisations.get(p.pk, ())) for p in precedents],
        "solution_types": [frozenset(p.solution_types) for p in precedents],
    }


def finish(built: Index) -> Index:
    """Positions and the inverted tables of the main part."""
    built.live = np.ones(len(built.ids), dtype=bool)
    built.position = {pk: number for number, pk in enumerate(built.ids)}
    built.by_domain = _inverted(built.domains)
    built.by_rule = _inverted(built.rules)
    built.by_organisation = _inverted(built.organisations)
    built.by_solution_type = _inverted(built.solution_types)
    return built


def build(use_synonyms: bool = True) -> Index:
    """The main part from every published precedent: read, tokenised and scored once."""
    stamp = fingerprint()
    table = synonym_table(use_synonyms)
    everything = Precedent.objects.aggregate(latest=Max("updated_at"), top=Max("pk"))
    precedents = list(
        Precedent.objects.filter(status=Precedent.Status.GEPUBLICEERD)
        .only(*_COLUMNS)
        .order_by("pk")
    )
    documents = _documents(precedents, table, whole=True)
    built = Index(
        fingerprint=stamp,
        use_synonyms=use_synonyms,
        synonyms=table,
        built_upto=everything["latest"],
        top_pk=everything["top"] or 0,
        synonyms_stamp=stamp[-1],
        main_size=len(precedents),
        **_fields(documents),
    )
    if precedents:
        retriever = bm25s.BM25(k1=K1, b=B)
        retriever.index(documents.corpus, show_progress=False)
        built.vocab = dict(retriever.vocab_dict)
        built.data = retriever.scores["data"]
        built.indices = retriever.scores["indices"]
        built.indptr = retriever.scores["indptr"]
        built.average_length = float(np.mean([len(doc) for doc in documents.corpus])) or 1.0
    return finish(built)


def with_changes(main: Index, stamp: tuple) -> Index | None:
    """The main part with the precedents changed since it was built on the side; None when
    too many have changed (build in full instead)."""
    changed = list(
        Precedent.objects.filter(Q(pk__gt=main.top_pk) | _after(main.built_upto))
        .only(*_COLUMNS)
        .order_by("pk")[: SIDE_LIMIT + 1]
    )
    if len(changed) > SIDE_LIMIT:
        return None
    live = main.live[: main.main_size].copy()
    for precedent in changed:
        number = main.position.get(precedent.pk)
        if number is not None and number < main.main_size:
            live[number] = False
    if stamp[0] != main_count(main) + sum(1 for p in changed if p.pk > main.top_pk):
        # Some were deleted: mask those out too.
        existing = set(Precedent.objects.values_list("pk", flat=True))
        for number, pk in enumerate(main.ids[: main.main_size]):
            if pk not in existing:
                live[number] = False
    published = [p for p in changed if p.status == Precedent.Status.GEPUBLICEERD]
    documents = _documents(published, main.synonyms, whole=False)
    side = _fields(documents)
    size = main.main_size
    combined = replace(
        main,
        fingerprint=stamp,
        side_counts=[Counter(doc) for doc in documents.corpus],
        side_lengths=[len(doc) for doc in documents.corpus],
        live=np.concatenate([live, np.ones(len(published), dtype=bool)]),
        **{name: values[:size] + side[name] for name, values in _main_fields(main).items()},
    )
    combined.position = dict(main.position) if not published else _positions(combined, size)
    for name in ("by_domain", "by_rule", "by_organisation", "by_solution_type"):
        table = dict(getattr(main, name))
        source = {
            "by_domain": side["domains"],
            "by_rule": side["rules"],
            "by_organisation": side["organisations"],
            "by_solution_type": side["solution_types"],
        }[name]
        for value, positions in _inverted(source, offset=size).items():
            table[value] = np.concatenate([table.get(value, np.zeros(0, np.int64)), positions])
        setattr(combined, name, table)
    return combined


def _after(moment: datetime | None) -> Q:
    return Q(updated_at__gt=moment) if moment is not None else Q(pk__in=[])


def main_count(main: Index) -> int:
    """How many precedents (any status) there were when the main part was built: the first
    place of its fingerprint (read before the precedents themselves)."""
    return main.fingerprint[0]


def _main_fields(main: Index) -> dict:
    return {
        "ids": main.ids,
        "external_ids": main.external_ids,
        "titles": main.titles,
        "domains": main.domains,
        "rules": main.rules,
        "organisations": main.organisations,
        "solution_types": main.solution_types,
    }


def _positions(combined: Index, size: int) -> dict[int, int]:
    position = {pk: number for number, pk in enumerate(combined.ids[:size])}
    for number, pk in enumerate(combined.ids[size:], start=size):
        position[pk] = number
    return position
