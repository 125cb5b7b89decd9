"""Dutch text → search tokens: words without function words, Porter stems (PyStemmer's
dutch), and the tokens of the synonym groups a text's phrases belong to. The index, the
queries and the highlighting use these same functions."""

import re
from dataclasses import dataclass
from functools import cache

import Stemmer

__all__ = ["EMPTY_SYNONYMS", "FIELDS", "STOPWORDS", "SynonymTable", "stems", "tokens", "words"]

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
        if starts.isdisjoint(stemmed):
            return found
        for start in [number for number, stem in enumerate(stemmed) if stem in starts]:
            for length in range(1, min(self.longest, len(stemmed) - start) + 1):
                found.extend(phrases.get(tuple(stemmed[start : start + length]), ()))
        return found


EMPTY_SYNONYMS = SynonymTable({}, 0)


def tokens(text: str, synonyms: SynonymTable = EMPTY_SYNONYMS) -> list[str]:
    stemmed = stems(text)
    return stemmed + synonyms.group_tokens(stemmed)
