"""Search the vraagbaak in Dutch, as a professional describes a new stuck case.

The index lives in Python (bm25s over PyStemmer's Dutch Porter stems), not in the database, so
SQLite and PostgreSQL rank exactly alike. One index holds every published precedent; it is
built on first use and rebuilt when a precedent or a synonym group has changed since (a single
cheap query compares a fingerprint of both tables before each search).

Synonyms: every phrase of a synonym group, found in a precedent or a query (compared stem by
stem), adds the group's own token, so "saneringstraject" in a query meets "Wsnp" in a
precedent. The original words stay, so the precedent using the query's own words ranks
higher. Structured fields (domains, rules, organisations, solution types) are filters and,
for "Vergelijkbare casussen", add to the score by their overlap with the case."""

import re
import threading
import time
from dataclasses import dataclass, field
from functools import cache

import bm25s
import numpy as np
import Stemmer
from django.db.models import Count, Max
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import Precedent, Synonym

__all__ = ["Hit", "index", "search", "tokens"]

_WORD = re.compile(r"[0-9a-zà-ÿ]+(?:-[0-9a-zà-ÿ]+)*", re.IGNORECASE)

# Words that carry no meaning for the search (function words of Dutch).
STOPWORDS = frozenset(
    """aan al alle als alsof bij ben daar dan dat de deze die dit door dus een en er geen
    had heb hebben heeft het hier hij hoe hun ik in is je kan kon maar me meer met mij
    mijn na naar niet nog nu of om omdat ons ook op over te ten ter tot toe u uit van
    veel voor want was wat we wel werd wie wij worden wordt zal ze zelf zich zij zijn zo
    zodat zonder zou""".split()
)

# The fields of a precedent that are searched, with their weight (a heavier field's words
# are counted more than once) and the label shown with a snippet from it.
FIELDS = (
    ("title", 3, "Titel"),
    ("summary", 1, "Situatie"),
    ("household", 1, "Huishouden"),
    ("blockage", 2, "Knelpunt"),
    ("solution", 1, "Oplossing"),
    ("outcome", 1, "Uitkomst"),
    ("lessons", 1, "Lessen"),
)


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("dutch")


def words(text: str) -> list[str]:
    """The lower-case words of a text, without the function words. A hyphenated word counts
    as itself and as its parts ("Wlz-hulp" → wlzhulp, wlz, hulp)."""
    found = [word for word in _WORD.findall(text.lower()) if word not in STOPWORDS]
    if any("-" in word for word in found):
        expanded = []
        for word in found:
            if "-" in word:
                expanded.extend(part for part in word.split("-") if part and part not in STOPWORDS)
                expanded.append(word.replace("-", ""))
            else:
                expanded.append(word)
        return expanded
    return found


def stems(text: str) -> list[str]:
    return _stemmer().stemWords(words(text))


@dataclass(frozen=True)
class SynonymTable:
    """Phrases (as stem tuples) → the tokens of their groups (a word may be in several)."""

    phrases: dict[tuple[str, ...], tuple[str, ...]]
    longest: int
    starts: frozenset[str] = frozenset()

    @classmethod
    def build(cls, groups: list[list[str]]) -> "SynonymTable":
        phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for number, terms in enumerate(groups):
            for term in terms:
                key = tuple(stems(term))
                if key and f"syn{number}" not in phrases.get(key, ()):
                    phrases[key] = (*phrases.get(key, ()), f"syn{number}")
        return cls(
            phrases,
            max((len(key) for key in phrases), default=0),
            frozenset(key[0] for key in phrases),
        )

    def group_tokens(self, stemmed: list[str]) -> list[str]:
        found = []
        starts, phrases = self.starts, self.phrases
        for start, stem in enumerate(stemmed):
            if stem not in starts:
                continue
            for length in range(1, min(self.longest, len(stemmed) - start) + 1):
                found.extend(phrases.get(tuple(stemmed[start : start + length]), ()))
        return found


EMPTY_SYNONYMS = SynonymTable({}, 0)


def tokens(text: str, synonyms: SynonymTable = EMPTY_SYNONYMS) -> list[str]:
    stemmed = stems(text)
    return stemmed + synonyms.group_tokens(stemmed)


@dataclass
class Index:
    """The published precedents, their tokens and their structured fields, in one order."""

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
    retriever: bm25s.BM25 | None = None
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

    def scores(self, query: str) -> np.ndarray:
        if self.retriever is None or not query.strip():
            return np.zeros(len(self.ids), dtype=np.float32)
        query_tokens = tokens(query, self.synonyms)
        known = [token for token in query_tokens if token in self.retriever.vocab_dict]
        if not known:
            return np.zeros(len(self.ids), dtype=np.float32)
        return self.retriever.get_scores(known)


def fingerprint() -> tuple:
    """Changes whenever a precedent is added, changed, published, withdrawn or deleted, or a
    synonym group is: two aggregate queries on indexed columns."""
    precedents = Precedent.objects.aggregate(
        count=Count("pk"), latest=Max("updated_at"), top=Max("pk")
    )
    synonyms = Synonym.objects.aggregate(count=Count("pk"), latest=Max("updated_at"))
    return (
        precedents["count"],
        precedents["latest"],
        precedents["top"],
        synonyms["count"],
        synonyms["latest"],
    )


def synonym_groups() -> list[list[str]]:
    return [group.term_list() for group in Synonym.objects.all()]


def _links(through, column: str) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for precedent_id, other_id in through.objects.values_list("precedent_id", column):
        found.setdefault(precedent_id, []).append(other_id)
    return found


def _inverted(values: list[frozenset]) -> dict:
    found: dict = {}
    for number, items in enumerate(values):
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


def build(use_synonyms: bool = True, stamp: tuple = ()) -> Index:
    from maatwerk.cases import selectors as reference

    table = SynonymTable.build(synonym_groups()) if use_synonyms else EMPTY_SYNONYMS
    precedents = list(
        Precedent.objects.filter(status=Precedent.Status.GEPUBLICEERD)
        .only(
            "pk",
            "external_id",
            "life_domains",
            "solution_types",
            "unreviewed_rules",
            "unreviewed_organisations",
            *[name for name, _w, _l in FIELDS],
        )
        .order_by("pk")
    )
    rule_links = _links(Precedent.rules.through, "rule_id")
    org_links = _links(Precedent.organisations.through, "organisation_id")
    rule_names = dict(reference.rules().values_list("pk", "name"))
    org_names = dict(reference.organisations().values_list("pk", "name"))
    built = Index(
        fingerprint=stamp,
        use_synonyms=use_synonyms,
        synonyms=table,
        ids=[p.pk for p in precedents],
        external_ids=[p.external_id for p in precedents],
        titles=[p.title for p in precedents],
        domains=[frozenset(p.life_domains) for p in precedents],
        rules=[frozenset(rule_links.get(p.pk, ())) for p in precedents],
        organisations=[frozenset(org_links.get(p.pk, ())) for p in precedents],
        solution_types=[frozenset(p.solution_types) for p in precedents],
    )
    built.position = {pk: number for number, pk in enumerate(built.ids)}
    built.by_domain = _inverted(built.domains)
    built.by_rule = _inverted(built.rules)
    built.by_organisation = _inverted(built.organisations)
    built.by_solution_type = _inverted(built.solution_types)
    if precedents:
        corpus = [
            document_tokens(
                p,
                [rule_names[pk] for pk in rule_links.get(p.pk, ())]
                + [org_names[pk] for pk in org_links.get(p.pk, ())]
                + p.unreviewed_rules
                + p.unreviewed_organisations
                + p.domain_labels(),
                table,
            )
            for p in precedents
        ]
        retriever = bm25s.BM25()
        retriever.index(corpus, show_progress=False)
        built.retriever = retriever
    return built


_lock = threading.Lock()
_cache: dict[bool, Index] = {}
# How long a process trusts its index before it asks the database whether anything changed:
# a change made in another worker shows within this time; one made here at once (`changed`).
FINGERPRINT_TTL = 1.0
_checked: dict[bool, float] = {}


def index(use_synonyms: bool = True) -> Index:
    """The current index, rebuilt when precedents or synonyms have changed since it was
    built. Kept per process; each worker builds its own on first use."""
    current = _cache.get(use_synonyms)
    now = time.monotonic()
    if current is not None and now - _checked.get(use_synonyms, 0.0) < FINGERPRINT_TTL:
        return current
    stamp = fingerprint()
    _checked[use_synonyms] = now
    if current is not None and current.fingerprint == stamp:
        return current
    with _lock:
        current = _cache.get(use_synonyms)
        if current is None or current.fingerprint != stamp:
            current = build(use_synonyms, stamp)
            _cache[use_synonyms] = current
    return current


def changed() -> None:
    """A precedent or synonym was written in this process: check the fingerprint on the next
    search instead of trusting the index for the rest of the second."""
    _checked.clear()


def forget() -> None:
    """Drop the cached indexes (tests, and after a bulk import in the same process)."""
    _cache.clear()
    _checked.clear()


@dataclass(frozen=True)
class Hit:
    precedent: Precedent
    score: float
    snippet: SafeString
    snippet_field: str
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Filters:
    domain: str = ""
    rule: int | None = None
    organisation: int | None = None
    solution_type: str = ""

    def mask(self, built: Index) -> np.ndarray | None:
        checks = []
        if self.domain:
            checks.append(built.holding(built.by_domain, self.domain))
        if self.rule is not None:
            checks.append(built.holding(built.by_rule, self.rule))
        if self.organisation is not None:
            checks.append(built.holding(built.by_organisation, self.organisation))
        if self.solution_type:
            checks.append(built.holding(built.by_solution_type, self.solution_type))
        if not checks:
            return None
        return np.logical_and.reduce(checks)


def ranked(
    query: str,
    *,
    filters: Filters = Filters(),
    limit: int = 10,
    use_synonyms: bool = True,
    boost=None,
) -> list[tuple[int, float]]:
    """(precedent id, score) best first. `boost(position) -> (extra score)` adds a structured
    score (the similar cases of a dossier); without a query only filters and boost count."""
    built = index(use_synonyms)
    if not built.ids:
        return []
    scores = built.scores(query).astype(np.float64)
    if boost is not None:
        scores = scores + boost(built)
    mask = filters.mask(built)
    if mask is not None:
        scores = np.where(mask, scores, -1.0)
        eligible = int(mask.sum())
    else:
        eligible = len(built.ids)
    has_query = bool(query.strip()) or boost is not None
    if has_query:
        candidates = np.flatnonzero(scores > 0)
    else:
        # Filters alone: every precedent that passes, by title.
        candidates = np.flatnonzero(scores >= 0)
        order = sorted(candidates, key=lambda i: built.titles[i].lower())[:limit]
        return [(built.ids[i], 0.0) for i in order]
    if not len(candidates) or not eligible:
        return []
    take = min(limit, len(candidates))
    top = candidates[np.argpartition(-scores[candidates], take - 1)[:take]]
    top = sorted(top, key=lambda i: (-scores[i], built.ids[i]))
    return [(built.ids[i], float(scores[i])) for i in top]


def search(
    query: str,
    *,
    filters: Filters = Filters(),
    limit: int = 10,
    use_synonyms: bool = True,
) -> list[Hit]:
    pairs = ranked(query, filters=filters, limit=limit, use_synonyms=use_synonyms)
    return hits(pairs, query, table=index(use_synonyms).synonyms if pairs else EMPTY_SYNONYMS)


def hits(
    pairs: list[tuple[int, float]],
    query: str,
    reasons: dict | None = None,
    table: SynonymTable | None = None,
) -> list[Hit]:
    by_id = {p.pk: p for p in Precedent.objects.filter(pk__in=[pk for pk, _score in pairs])}
    if not pairs:
        return []
    if table is None:
        table = index().synonyms
    found = []
    for pk, score in pairs:
        precedent = by_id.get(pk)
        if precedent is None:
            continue
        snippet, label = highlight(precedent, query, table)
        found.append(
            Hit(precedent, round(score, 4), snippet, label, tuple((reasons or {}).get(pk, ())))
        )
    return found


# --- The matched passage, highlighted.

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
SNIPPET_LENGTH = 240


def _sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def _matching_stems(query: str, table: SynonymTable) -> tuple[set[str], set[str]]:
    stemmed = stems(query)
    return set(stemmed), set(table.group_tokens(stemmed))


def highlight(precedent: Precedent, query: str, table: SynonymTable) -> tuple[SafeString, str]:
    """The sentence of the precedent that shares most words (or synonym groups) with the
    query, with those words in <mark>; the title's first sentence of the situation when none
    matches. Returned escaped and safe to render."""
    wanted, groups = _matching_stems(query, table)
    # Only sentences that contain the start of a wanted stem (or of a word of a matching
    # synonym phrase) are stemmed and counted: a cheap substring test first.
    group_words = {
        word for phrase, found in table.phrases.items() if groups & set(found) for word in phrase
    }
    prefixes = {stem[:4] for stem in wanted | group_words}
    best = (0, "", "")
    for name, _weight, label in FIELDS[1:]:
        for sentence in _sentences(getattr(precedent, name) or ""):
            lowered = sentence.lower()
            if not any(prefix in lowered for prefix in prefixes):
                continue
            sentence_stems = stems(sentence)
            hits_here = len(wanted & set(sentence_stems))
            if groups:
                hits_here += len(groups & set(table.group_tokens(sentence_stems)))
            if hits_here > best[0]:
                best = (hits_here, sentence.strip(), label)
    if not best[0]:
        first = (_sentences(precedent.summary) or [precedent.summary or ""])[0]
        return mark_safe(escape(_shorten(first.strip()))), "Situatie"  # noqa: S308
    return _mark(_shorten(best[1]), wanted, groups, table), best[2]


def _shorten(text: str) -> str:
    if len(text) <= SNIPPET_LENGTH:
        return text
    return text[: SNIPPET_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _mark(sentence: str, wanted: set[str], groups: set[str], table: SynonymTable) -> SafeString:
    stemmer = _stemmer()
    out = []
    last = 0
    group_words = set()
    if groups:
        # Words of the sentence that take part in a matching synonym phrase.
        for phrase, group_tokens in table.phrases.items():
            if groups & set(group_tokens):
                group_words.update(phrase)
    matches = list(_WORD.finditer(sentence))
    lowered = [match.group().lower() for match in matches]
    wanted_all = wanted | group_words
    whole = stemmer.stemWords([word.replace("-", "") for word in lowered])
    for match, word, stem in zip(matches, lowered, whole, strict=True):
        hit = word not in STOPWORDS and (
            stem in wanted_all
            or ("-" in word and bool(set(stemmer.stemWords(word.split("-"))) & wanted_all))
        )
        out.append(escape(sentence[last : match.start()]))
        out.append(f"<mark>{escape(match.group())}</mark>" if hit else escape(match.group()))
        last = match.end()
    out.append(escape(sentence[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above
