"""The arithmetic of a kassabon, apart from the database so that it can be checked line by
line (and tested) on plain values.

A line costs `unit_cost × quantity × probability` each time it occurs. A unit per month, per
half year or per year recurs: its `periods` occurrences fall every 1, 6 or 12 months from
`start_month`; any other unit occurs `periods` times at `start_month`. Occurrences past the
horizon are left out (and said so). With a discount rate, an occurrence in year *y* (y = 0
for the first twelve months) counts for `1 / (1 + r)^y` of its amount.

With the solution (*met*) set against a scenario without it (*zonder*):
- net benefit = total without − total with;
- investment = the lines of *met* marked as the custom solution itself;
- benefit = total without − (total with − investment): the costs avoided;
- benefit/cost ratio = benefit / investment;
- payback: the first month in which the cumulative costs without have caught up with the
  cumulative costs with;
- range: low = without at low − with at high; high = without at high − with at low."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _

from .models import MONTHS_PER_PERIOD, Unit

CENT = Decimal("0.01")
ZERO = Decimal("0")
HUNDRED = Decimal("100")

# De discontovoet for maatschappelijke kosten-batenanalyses (MKBA) of the Dutch government:
# 2.25 % real, set on the advice of the Werkgroep Discontovoet 2020 (Ministerie van
# Financiën, kabinetsreactie 2020). The default of a new kassabon.
DEFAULT_DISCOUNT_RATE = Decimal("2.25")
DISCOUNT_RATE_SOURCE = "Werkgroep Discontovoet 2020 (Ministerie van Financiën)"
MAX_DISCOUNT_RATE = Decimal("20")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def euro(value: Decimal) -> str:
    """EUR in the Dutch way: 3.080,00."""
    text = f"{cents(value):,.2f}"
    return "EUR " + text.replace(",", "_").replace(".", ",").replace("_", ".")


def _number(value: Decimal) -> str:
    value = Decimal(value)
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    return text.replace(".", ",")


@dataclass(frozen=True)
class LineInput:
    description: str
    unit_cost: Decimal
    unit: str
    payer: str
    quantity: Decimal = Decimal("1")
    periods: int = 1
    start_month: int = 0
    probability: Decimal = HUNDRED
    low: Decimal | None = None
    high: Decimal | None = None
    investment: bool = False
    payer_name: str = ""

    @classmethod
    def of(cls, line) -> "LineInput":
        return cls(
            description=line.description,
            unit_cost=Decimal(line.unit_cost),
            unit=line.unit,
            payer=line.payer,
            quantity=Decimal(line.quantity),
            periods=int(line.periods),
            start_month=int(line.start_month),
            probability=Decimal(line.probability),
            low=None if line.low is None else Decimal(line.low),
            high=None if line.high is None else Decimal(line.high),
            investment=bool(line.investment),
            payer_name=line.payer_name or "",
        )

    @property
    def payer_key(self) -> tuple[str, str]:
        return (self.payer, self.payer_name)


@dataclass
class LineResult:
    line: LineInput
    occurrences: list[int]  # months within the horizon
    left_out: int
    nominal: Decimal
    total: Decimal
    low: Decimal
    high: Decimal
    arithmetic: str
    by_month: dict[int, Decimal]
    low_by_month: dict[int, Decimal]
    high_by_month: dict[int, Decimal]


@dataclass
class ScenarioResult:
    kind: str
    label: str
    lines: list[LineResult]
    total: Decimal = ZERO
    low: Decimal = ZERO
    high: Decimal = ZERO
    investment: Decimal = ZERO
    by_payer: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    by_month: dict[int, Decimal] = field(default_factory=dict)


@dataclass
class Comparison:
    without: ScenarioResult
    net_benefit: Decimal
    benefit: Decimal
    investment: Decimal
    ratio: Decimal | None
    payback_months: int | None
    net_low: Decimal
    net_high: Decimal
    benefit_by_payer: dict[tuple[str, str], Decimal]


@dataclass
class Receipt:
    horizon_years: int
    discount_rate: Decimal | None
    scenarios: list[ScenarioResult]
    comparisons: list[Comparison]

    @property
    def main(self) -> Comparison | None:
        return self.comparisons[0] if self.comparisons else None


def _months(line: LineInput) -> list[int]:
    step = MONTHS_PER_PERIOD.get(line.unit)
    if step is None:
        return [line.start_month] * line.periods
    return [line.start_month + i * step for i in range(line.periods)]


def _factor(month: int, rate: Decimal | None) -> Decimal:
    if not rate:
        return Decimal("1")
    return Decimal("1") / (Decimal("1") + rate / HUNDRED) ** (month // 12)


def line_result(line: LineInput, horizon_years: int, rate: Decimal | None) -> LineResult:
    horizon = horizon_years * 12
    months = _months(line)
    inside = [m for m in months if m < horizon]
    chance = line.probability / HUNDRED
    per = line.unit_cost * line.quantity * chance
    per_low = (line.low if line.low is not None else line.unit_cost) * line.quantity * chance
    per_high = (line.high if line.high is not None else line.unit_cost) * line.quantity * chance
    by_month: dict[int, Decimal] = defaultdict(lambda: ZERO)
    low_by: dict[int, Decimal] = defaultdict(lambda: ZERO)
    high_by: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for month in inside:
        factor = _factor(month, rate)
        by_month[month] += per * factor
        low_by[month] += per_low * factor
        high_by[month] += per_high * factor
    nominal = cents(per * len(inside))
    total = cents(sum(by_month.values(), ZERO))
    parts = [
        euro(line.unit_cost) + f" {Unit(line.unit).label}",
        f"× {_number(line.quantity)}",
        f"× {len(inside)} " + (_("periode") if len(inside) == 1 else _("perioden")),
    ]
    if line.probability != HUNDRED:
        parts.append(f"× {_number(line.probability)}%")
    text = " ".join(parts) + f" = {euro(nominal)}"
    if rate and total != nominal:
        text += " · " + _("contante waarde bij %(rate)s%%: %(value)s") % {
            "rate": _number(rate),
            "value": euro(total),
        }
    if len(inside) < len(months):
        text += " · " + _("%(n)s na de horizon niet meegeteld") % {"n": len(months) - len(inside)}
    return LineResult(
        line=line,
        occurrences=inside,
        left_out=len(months) - len(inside),
        nominal=nominal,
        total=total,
        low=cents(sum(low_by.values(), ZERO)),
        high=cents(sum(high_by.values(), ZERO)),
        arithmetic=text,
        by_month=dict(by_month),
        low_by_month=dict(low_by),
        high_by_month=dict(high_by),
    )


def scenario_result(
    kind: str, label: str, lines: Iterable[LineInput], horizon_years: int, rate: Decimal | None
) -> ScenarioResult:
    results = [line_result(line, horizon_years, rate) for line in lines]
    scenario = ScenarioResult(kind=kind, label=label, lines=results)
    by_payer: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    by_month: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for result in results:
        scenario.total += result.total
        scenario.low += result.low
        scenario.high += result.high
        if result.line.investment:
            scenario.investment += result.total
        by_payer[result.line.payer_key] += result.total
        for month, amount in result.by_month.items():
            by_month[month] += amount
    scenario.by_payer = dict(by_payer)
    scenario.by_month = dict(by_month)
    return scenario


def _payback(with_: ScenarioResult, without: ScenarioResult, horizon_years: int) -> int | None:
    cum_with = cum_without = ZERO
    for month in range(horizon_years * 12):
        cum_with += with_.by_month.get(month, ZERO)
        cum_without += without.by_month.get(month, ZERO)
        if cum_with > 0 and cents(cum_without) >= cents(cum_with):
            return month + 1
    return None


def compare(with_: ScenarioResult, without: ScenarioResult, horizon_years: int) -> Comparison:
    investment = with_.investment
    benefit = without.total - (with_.total - investment)
    payers = set(with_.by_payer) | set(without.by_payer)
    return Comparison(
        without=without,
        net_benefit=without.total - with_.total,
        benefit=benefit,
        investment=investment,
        ratio=(benefit / investment).quantize(CENT) if investment > 0 else None,
        payback_months=_payback(with_, without, horizon_years),
        net_low=without.low - with_.high,
        net_high=without.high - with_.low,
        benefit_by_payer={
            payer: without.by_payer.get(payer, ZERO) - with_.by_payer.get(payer, ZERO)
            for payer in sorted(payers)
        },
    )


def receipt(
    scenarios: Iterable[tuple[str, str, Iterable[LineInput]]],
    horizon_years: int,
    rate: Decimal | None,
) -> Receipt:
    """The whole receipt: every scenario, and *met* set against each scenario without."""
    results = [
        scenario_result(k, label, lines, horizon_years, rate) for k, label, lines in scenarios
    ]
    with_ = next((s for s in results if s.kind == "met"), None)
    comparisons = (
        [compare(with_, s, horizon_years) for s in results if s.kind != "met"] if with_ else []
    )
    return Receipt(
        horizon_years=horizon_years, discount_rate=rate, scenarios=results, comparisons=comparisons
    )
