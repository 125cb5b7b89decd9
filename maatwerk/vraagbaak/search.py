"""Search the vraagbaak in Dutch, as a professional describes a new stuck case.

The index lives in Python (bm25s over PyStemmer's Dutch Porter stems, corpus.py), not in the
database's own text search, so SQLite and PostgreSQL rank exactly alike. It holds every
published precedent: a main part built in full and stored in the database, so every app
server loads the same one, and a side part with the precedents changed since, scored with the
main part's statistics. Before a search, at most once a second per process, one cheap query
compares a fingerprint of the precedents and synonyms with the index's; when it differs, the
side part is read again (or, when the synonyms changed or too much changed, the main part is
built anew and stored).

Synonyms: every phrase of a synonym group, found in a precedent or a query (compared stem by
stem), adds the group's own token, so "saneringstraject" in a query meets "Wsnp" in a
precedent. The original words stay, so the precedent using the query's own words ranks
higher. Structured fields (domains, rules, organisations, solution types) are filters and,
for "Vergelijkbare casussen", add to the score by their overlap with the case."""

import re
import threading
import time
from dataclasses import dataclass

import numpy as np
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import corpus, snapshot
from .analysis import _WORD, EMPTY_SYNONYMS, FIELDS, STOPWORDS, SynonymTable, _stemmer, stems
from .analysis import tokens as tokens
from .corpus import Index
from .models import Precedent

__all__ = ["Hit", "Index", "index", "rebuild", "search", "tokens"]

_lock = threading.Lock()
# Per variant (with or without synonyms): the main part as built or loaded, and the index
# served (the main part with the side part), each with the fingerprint it answers to.
_main: dict[bool, Index] = {}
_cache: dict[bool, Index] = {}
# How long a process trusts its index before it asks the database whether anything changed:
# a change made in another worker shows within this time; one made here at once (`changed`).
FINGERPRINT_TTL = 1.0
_checked: dict[bool, float] = {}


def index(use_synonyms: bool = True) -> Index:
    """The current index. Kept per process, but only as long as the database's fingerprint
    says nothing changed since; then the side part is read again, or the main part loaded
    from the database (another server built it) or built and stored."""
    current = _cache.get(use_synonyms)
    now = time.monotonic()
    if current is not None and now - _checked.get(use_synonyms, 0.0) < FINGERPRINT_TTL:
        return current
    stamp = corpus.fingerprint()
    _checked[use_synonyms] = now
    if current is not None and current.fingerprint == stamp:
        return current
    with _lock:
        current = _cache.get(use_synonyms)
        if current is None or current.fingerprint != stamp:
            current = _current(use_synonyms, stamp)
            _cache[use_synonyms] = current
    return current


def _current(use_synonyms: bool, stamp: tuple) -> Index:
    main = _main.get(use_synonyms)
    if main is not None and main.synonyms_stamp != stamp[-1]:
        main = None
    stored = snapshot.stored(use_synonyms)
    if stored is not None and stored["synonyms_stamp"] == stamp[-1]:
        newer = main is None or (stored["top_pk"], stored["built_upto"] or 0) != (
            main.top_pk,
            main.built_upto or 0,
        )
        if newer:
            main = snapshot.load(use_synonyms, stamp) or main
    if main is not None:
        served = corpus.with_changes(main, stamp)
        if served is not None:
            _main[use_synonyms] = main
            return served
    return _rebuild(use_synonyms)


def _rebuild(use_synonyms: bool) -> Index:
    built = corpus.build(use_synonyms)
    snapshot.save(built)
    _main[use_synonyms] = built
    _cache[use_synonyms] = built
    return built


def rebuild(use_synonyms: bool = True) -> Index:
    """Build the main part anew from every published precedent and store it for every app
    server (after a large import, and from `manage.py rebuild_vraagbaak_index`)."""
    with _lock:
        return _rebuild(use_synonyms)


def changed() -> None:
    """A precedent or synonym was written in this process: check the fingerprint on the next
    search instead of trusting the index for the rest of the second."""
    _checked.clear()


def forget() -> None:
    """Drop the indexes this process holds (tests; a new process starts so). The next search
    loads the stored main part, or builds it when there is none."""
    _cache.clear()
    _main.clear()
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
    max_terms: int | None = None,
) -> list[tuple[int, float]]:
    """(precedent id, score) best first. `boost(position) -> (extra score)` adds a structured
    score (the similar cases of a dossier); without a query only filters and boost count."""
    built = index(use_synonyms)
    if not built.ids:
        return []
    scores = built.scores(query, max_terms)
    if boost is not None:
        scores = scores + boost(built)
    mask = filters.mask(built)
    # Positions superseded by an edit, unpublished or deleted since the main part was built.
    mask = built.live if mask is None else mask & built.live
    scores = np.where(mask, scores, -1.0)
    eligible = int(mask.sum())
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
    terms = _terms(query, table)
    for pk, score in pairs:
        precedent = by_id.get(pk)
        if precedent is None:
            continue
        snippet, label = highlight(precedent, query, table, terms)
        found.append(
            Hit(precedent, round(score, 4), snippet, label, tuple((reasons or {}).get(pk, ())))
        )
    return found


# --- The matched passage, highlighted.

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
SNIPPET_LENGTH = 240


def _sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


@dataclass(frozen=True)
class _Terms:
    """What a query's highlighting looks for, worked out once for all its hits."""

    wanted: set[str]
    groups: set[str]
    # Stems of the phrases of the query's synonym groups.
    group_words: set[str]
    # Only sentences containing one of these (a cheap substring test) are stemmed.
    prefixes: set[str]


def _terms(query: str, table: SynonymTable) -> _Terms:
    stemmed = stems(query)
    wanted, groups = set(stemmed), set(table.group_tokens(stemmed))
    group_words = (
        {word for phrase, found in table.phrases.items() if groups & set(found) for word in phrase}
        if groups
        else set()
    )
    return _Terms(wanted, groups, group_words, {stem[:4] for stem in wanted | group_words})


def highlight(
    precedent: Precedent, query: str, table: SynonymTable, terms: _Terms | None = None
) -> tuple[SafeString, str]:
    """The sentence of the precedent that shares most words (or synonym groups) with the
    query, with those words in <mark>; the title's first sentence of the situation when none
    matches. Returned escaped and safe to render."""
    terms = terms or _terms(query, table)
    wanted, groups, prefixes = terms.wanted, terms.groups, terms.prefixes
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
    return _mark(_shorten(best[1]), wanted | terms.group_words), best[2]


def _shorten(text: str) -> str:
    if len(text) <= SNIPPET_LENGTH:
        return text
    return text[: SNIPPET_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _mark(sentence: str, wanted_all: set[str]) -> SafeString:
    """The sentence with the words whose stem is wanted (or that take part in a matching
    synonym phrase) in <mark>."""
    stemmer = _stemmer()
    out = []
    last = 0
    matches = list(_WORD.finditer(sentence))
    lowered = [match.group().lower() for match in matches]
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
