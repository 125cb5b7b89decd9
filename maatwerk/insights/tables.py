"""The report as tables of cells, one shape for the screen, the PDF, Excel and CSV alike, so
the four formats cannot disagree. A count cell carries its key (see `suppression`); a derived
cell names the counts it depends on."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from .suppression import PRIMARY, THRESHOLD

LABEL, COUNT, MONEY, DAYS, SHARE = "label", "count", "money", "days", "share"
SMALL = f"< {THRESHOLD}"
SHIELDED = "×"  # hidden so that a small count cannot be recovered (CBS: "geheim")


@dataclass
class Cell:
    value: object
    kind: str = LABEL
    key: str | None = None
    depends: tuple[str, ...] = ()
    hidden: str = ""  # "", PRIMARY or SECONDARY

    @property
    def shown(self) -> bool:
        return not self.hidden

    def number(self):
        """The value for a spreadsheet: a number, or the text shown instead of it."""
        if self.hidden:
            return self.text()
        if self.value is None:
            return ""
        if self.kind == MONEY:
            return Decimal(self.value).quantize(Decimal("0.01"))
        if self.kind in (COUNT, DAYS, SHARE):
            return self.value
        return str(self.value)

    def text(self) -> str:
        if self.hidden:
            return SMALL if self.hidden == PRIMARY else SHIELDED
        if self.value is None:
            return "–"
        if self.kind == MONEY:
            return _euro(Decimal(self.value))
        if self.kind == DAYS:
            return _decimal_comma(self.value)
        if self.kind == SHARE:
            return _decimal_comma(self.value) + " %"
        return str(self.value)


def _decimal_comma(value) -> str:
    value = Decimal(str(value))
    if value == value.to_integral():
        return str(int(value))
    return str(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", ",")


def _euro(value: Decimal) -> str:
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
    return "€ " + text.replace(",", "_").replace(".", ",").replace("_", ".")


@dataclass
class Table:
    slug: str
    title: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    note: str = ""
    chart: str = ""  # "bar" for a bar chart of the first count column

    def add(self, *cells: Cell) -> None:
        self.rows.append(list(cells))

    def cells(self):
        for row in self.rows:
            yield from row


def label(value) -> Cell:
    return Cell(str(value))


def count(key: str, value: int) -> Cell:
    return Cell(int(value), COUNT, key=key)


def money(value, *depends: str) -> Cell:
    return Cell(value, MONEY, depends=depends)


def days(value, *depends: str) -> Cell:
    return Cell(value, DAYS, depends=depends)


def share(value, *depends: str) -> Cell:
    return Cell(value, SHARE, depends=depends)


def legend() -> str:
    return _(
        "%(small)s: minder dan %(n)s huishoudens. %(shielded)s: afgeschermd, zodat een klein "
        "aantal niet uit de totalen of een andere tabel terug te rekenen is."
    ) % {"small": SMALL, "n": THRESHOLD, "shielded": SHIELDED}
