"""The seed figures of the catalogue of kengetallen: the figures of the seeds (the documents
the product was built from), each with its seed as source. Derived figures say how they were
derived. Plain data, so the data migration and the tests seed the same list."""

from decimal import Decimal

S003 = "Seed 003: 3D-Lab Zwolle, Onorthodox maatwerk, eindrapport"
S004 = "Seed 004: actieonderzoek eenvoudig maatwerk, gemeente Lelystad"

# name, unit cost, unit, low, high, payer, source, year, note
ITEMS = [
    (
        "Hulpverlening door een jeugdhulpaanbieder (uur)",
        "77.00",
        "hour",
        None,
        None,
        "gemeente_jeugd",
        S003,
        2016,
        "Afgeleid: een plan van 40 uur hulpverlening kostte EUR 3.080 (EUR 77 per uur).",
    ),
    (
        "Jeugdzorg trajectfinanciering (traject)",
        "34000.00",
        "traject",
        None,
        None,
        "gemeente_jeugd",
        S003,
        2016,
        "Het afgesproken bedrag per traject.",
    ),
    (
        "Beschermingsbewind (jaar)",
        "1500.00",
        "year",
        None,
        None,
        "gemeente_schuldhulp",
        S003,
        2016,
        "Vergoed door de gemeente (bijzondere bijstand).",
    ),
    (
        "Participatiebonus (eenmalig)",
        "3000.00",
        "once",
        None,
        None,
        "gemeente_participatie",
        S003,
        2016,
        "",
    ),
    (
        "Maatschappelijke kosten van onopgeloste schulden (jaar)",
        "16500.00",
        "year",
        None,
        None,
        "overig",
        S003,
        2016,
        "Afgeleid: zo'n EUR 165.000 over tien jaar, het dubbele van de schuld.",
    ),
    (
        "Begeleiding thuisonderwijs, 10 uur per week (half jaar)",
        "13000.00",
        "half_year",
        None,
        None,
        "gemeente_jeugd",
        S004,
        2021,
        "",
    ),
    (
        "Jeugdhulp met verblijf, per kind (half jaar)",
        "39000.00",
        "half_year",
        "22000.00",
        "56000.00",
        "gemeente_jeugd",
        S004,
        2021,
        "Tussen EUR 22.000 en EUR 56.000, afhankelijk van de zwaarte; het midden als raming.",
    ),
    (
        "Jeugdhulp met verblijf, per kind (jaar)",
        "80000.00",
        "year",
        "60000.00",
        "100000.00",
        "gemeente_jeugd",
        S004,
        2021,
        "Afgeleid: voor twee kinderen EUR 120.000 tot EUR 200.000 per jaar.",
    ),
    (
        "Uithuisplaatsing, per kind (eerste half jaar)",
        "15000.00",
        "half_year",
        None,
        None,
        "gemeente_jeugd",
        S004,
        2021,
        "Gemeentelijke kosten; vier kinderen een half jaar: ongeveer EUR 60.000.",
    ),
    (
        "BSO+ en leerlingenvervoer voor twee kinderen (jaar)",
        "50000.00",
        "year",
        None,
        None,
        "gemeente_onderwijs",
        S004,
        2021,
        "Een klein deel betalen ouders zelf.",
    ),
    (
        "Gezinsuitkering (maand)",
        "1500.00",
        "month",
        None,
        None,
        "gemeente_participatie",
        S004,
        2021,
        "Exclusief uitvoeringskosten.",
    ),
    (
        "Elektrische bakfiets (eenmalig)",
        "2200.00",
        "once",
        None,
        None,
        "gemeente_wmo",
        S004,
        2021,
        "",
    ),
    ("Fietskar (eenmalig)", "450.00", "once", None, None, "gemeente_wmo", S004, 2021, ""),
    (
        "Woningaanpassing met aangepast toilet (eenmalig)",
        "13000.00",
        "once",
        None,
        None,
        "gemeente_wmo",
        S004,
        2021,
        "",
    ),
]


def seed(cost_item_model) -> int:
    """Create the seed items that are missing (by name); returns how many were made."""
    made = 0
    for name, cost, unit, low, high, payer, source, year, note in ITEMS:
        _item, created = cost_item_model.objects.get_or_create(
            name=name,
            defaults={
                "unit_cost": Decimal(cost),
                "unit": unit,
                "low": Decimal(low) if low else None,
                "high": Decimal(high) if high else None,
                "payer": payer,
                "source": source,
                "source_year": year,
                "note": note,
            },
        )
        made += created
    return made
