"""The anonymisation pass: a case's texts → a draft precedent without personal data.

What is stripped: the names of the household's members and of the professionals on the case
(whole, and each part), their BSNs, the address (street, house number, postcode, city),
dates of birth and every exact date, phone numbers, e-mail addresses, and capitalised
name-like words in the middle of a sentence that are not on the list of the field's own
words (organisations, rules, laws, domains, agencies). Rare identifying details (a unique
job, a named village) cannot be recognised by a pattern: the OMO-functionaris sees the result
side by side with the source and approves it before it is published, and `leftovers` refuses
a text that still contains one of the case's known values."""

import re
from dataclasses import dataclass, field

NAME = "[naam]"
BSN = "[BSN]"
ADDRESS = "[adres]"
POSTCODE = "[postcode]"
PLACE = "[woonplaats]"
DATE = "[datum]"
PHONE = "[telefoonnummer]"
EMAIL = "[e-mailadres]"

MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december "
    "jan feb mrt apr jun jul aug sep sept okt nov dec"
).split()
_MONTH = "|".join(MONTHS)

PATTERNS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), EMAIL),
    (re.compile(r"(?<!\d)(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,9}(?!\d)"), PHONE),
    (re.compile(r"(?<!\d)\d{3}\.?\d{2}\.?\d{2}\.?\d{2}(?!\d)"), BSN),
    (re.compile(r"(?<!\d)\d{8}(?!\d)"), BSN),
    (re.compile(r"(?<!\d)\d{4}\s?[A-Z]{2}(?![A-Za-z])"), POSTCODE),
    (re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)"), DATE),
    (re.compile(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)"), DATE),
    (
        re.compile(rf"(?<!\d)\d{{1,2}}\s+(?:{_MONTH})\.?(?:\s+\d{{4}})?(?![\w])", re.IGNORECASE),
        DATE,
    ),
    (
        re.compile(
            r"\b[A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|park|steeg|"
            r"dreef|pad|markt|erf|veld|kwartier)\s+\d+\s?[a-zA-Z]?\b"
        ),
        ADDRESS,
    ),
)

# Capitalised words that are the field's vocabulary, not names (added to by the reference
# lists of organisations and rules at run time).
KNOWN_WORDS = frozenset(
    """wmo wlz jeugdwet participatiewet wsnp uwv svb duo ind cak cjib ggz pgb zvw bso sbo vso
    nederland nederlandse gemeente college wethouder burgemeester rechtbank corporatie
    woningcorporatie belastingdienst toeslagen kredietbank veilig thuis change lab omo
    maatwerkfonds maatwerkregister vraagbaak kassabon eur euro bijstand jeugdbescherming
    zorgkantoor huisarts school kcc wijkteam toegang landelijk maatwerkloket ov
    programmamanager teamleider consulent generalist""".split()
)


# Parts of Dutch surnames that are ordinary words on their own.
PARTICLES = frozenset("de den der het te ten ter van vd von op in 't".split())


@dataclass
class PersonalValues:
    """What is known about the people of one case and must not appear in a precedent."""

    names: set[str] = field(default_factory=set)
    bsns: set[str] = field(default_factory=set)
    streets: set[str] = field(default_factory=set)
    house_numbers: set[str] = field(default_factory=set)
    postcodes: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)  # ISO dates (of birth)

    def all_values(self) -> list[str]:
        dates = set()
        for iso in self.dates:
            year, month, day = iso.split("-")
            dates |= {iso, f"{day}-{month}-{year}", f"{int(day)}-{int(month)}-{year}"}
        return [
            v
            for v in (
                self.names
                | self.bsns
                | self.streets
                | self.postcodes
                | {p.replace(" ", "") for p in self.postcodes}
                | self.places
                | dates
            )
            if v
        ]


@dataclass
class Result:
    text: str
    replaced: list[tuple[str, str]]  # (what was found, what it became)


def _name_parts(names: set[str]) -> list[str]:
    parts = set()
    for name in names:
        parts.add(name.strip())
        parts.update(
            part
            for part in re.split(r"[\s-]+", name)
            if len(part) > 1 and part.lower() not in PARTICLES
        )
    # Longest first, so "Anna Zielinska" goes before "Anna".
    return sorted((p for p in parts if p), key=len, reverse=True)


def anonymise(
    text: str, values: PersonalValues, known_words: frozenset[str] = frozenset()
) -> Result:
    replaced: list[tuple[str, str]] = []

    def sub(pattern: re.Pattern, token: str, current: str) -> str:
        def repl(match: re.Match) -> str:
            replaced.append((match.group(), token))
            return token

        return pattern.sub(repl, current)

    out = text or ""
    for pattern, token in PATTERNS:
        out = sub(pattern, token, out)
    for bsn in values.bsns:
        out = sub(re.compile(re.escape(bsn)), BSN, out)
    for street in sorted(values.streets, key=len, reverse=True):
        out = sub(re.compile(rf"\b{re.escape(street)}\b(?:\s+\d+\s?[a-zA-Z]?\b)?"), ADDRESS, out)
    for postcode in values.postcodes:
        flat = re.escape(postcode.replace(" ", ""))
        out = sub(re.compile(rf"{flat[:4]}\s?{flat[4:]}", re.IGNORECASE), POSTCODE, out)
    for place in values.places:
        out = sub(re.compile(rf"\b{re.escape(place)}\b"), PLACE, out)
    for part in _name_parts(values.names):
        out = sub(re.compile(rf"(?<![\w\[]){re.escape(part)}(?![\w\]])", re.IGNORECASE), NAME, out)
    out = _name_like(out, replaced, KNOWN_WORDS | known_words)
    out = re.sub(r"(\[naam\])(?:\s*(?:&|en)?\s*\[naam\])+", NAME, out)
    return Result(out, replaced)


_CAPITALISED = re.compile(r"(?<![\w\[])([A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)(?![\w\]])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n(\"“–]\s*|\s[–-]\s)$")


def _name_like(text: str, replaced: list, known: frozenset[str]) -> str:
    """A capitalised word not at the start of a sentence and not one of the field's words is
    taken for a name."""
    out = []
    last = 0
    for match in _CAPITALISED.finditer(text):
        word = match.group(1)
        before = text[: match.start()]
        if _SENTENCE_START.search(before) or word.lower() in known or word.lower() in MONTHS:
            continue
        out.append(text[last : match.start()])
        out.append(NAME)
        replaced.append((word, NAME))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def leftovers(texts: list[str], values: PersonalValues) -> list[str]:
    """The known personal values that still occur in `texts` (case-insensitive, whole
    words). A draft with any left is not published."""
    joined = "\n".join(texts).lower()
    found = []
    for value in values.all_values():
        if re.search(rf"(?<![\w]){re.escape(value.lower())}(?![\w])", joined):
            found.append(value)
    for part in _name_parts(values.names):
        if re.search(rf"(?<![\w]){re.escape(part.lower())}(?![\w])", joined):
            found.append(part)
    return sorted(set(found))
