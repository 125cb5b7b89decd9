"""The kassabon of a case: made and filled by whoever works on the case, frozen with the
decision, and set beside the realised costs from monitoring afterwards."""

import dataclasses
import datetime
from decimal import Decimal, InvalidOperation

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.cases import services as cases

from .. import compute
from ..models import (
    CostItem,
    Kassabon,
    Line,
    PayerKind,
    RealisedCost,
    Scenario,
    ScenarioKind,
    Unit,
)
from .ledger import FUND_KEEPERS, parse_amount, user_municipality_id

__all__ = [
    "add_line",
    "computed",
    "create_kassabon",
    "decision_withdrawn",
    "freeze_for_decision",
    "open_kassabon",
    "record_realised",
    "remove_line",
    "update_kassabon",
]

LINE_FIELDS = (
    "item",
    "description",
    "unit_cost",
    "unit",
    "low",
    "high",
    "quantity",
    "periods",
    "start_month",
    "probability",
    "payer",
    "payer_name",
    "investment",
)


def open_kassabon(case) -> Kassabon | None:
    return Kassabon.objects.filter(case=case, frozen_at__isnull=True).first()


def _rate(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        rate = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise ValidationError({"discount_rate": _("Vul de discontovoet in als getal.")}) from None
    if not rate.is_finite() or rate < 0 or rate > compute.MAX_DISCOUNT_RATE:
        raise ValidationError({"discount_rate": _("De discontovoet ligt tussen 0 en 20 procent.")})
    if rate != rate.quantize(Decimal("0.01")):
        raise ValidationError(
            {"discount_rate": _("De discontovoet heeft hoogstens twee cijfers achter de komma.")}
        )
    return rate


def _horizon(value) -> int:
    try:
        years = int(value)
    except (TypeError, ValueError):
        raise ValidationError({"horizon_years": _("Vul de horizon in jaren in.")}) from None
    if not 1 <= years <= 30:
        raise ValidationError({"horizon_years": _("De horizon ligt tussen 1 en 30 jaar.")})
    return years


def _not_frozen(kassabon: Kassabon) -> None:
    if kassabon.frozen:
        raise ValidationError(
            _("Deze kassabon hoort bij een besluit en is bevroren: hij verandert niet meer.")
        )


def create_kassabon(
    user,
    case,
    *,
    title: str,
    horizon_years=3,
    discount_rate=compute.DEFAULT_DISCOUNT_RATE,
    without: str = ScenarioKind.ESCALATIE,
) -> Kassabon:
    """A new kassabon with two scenarios: with the custom solution and one without it."""
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("Geef de kassabon een titel.")})
    horizon, rate = _horizon(horizon_years), _rate(discount_rate)
    if without not in ScenarioKind.values or without == ScenarioKind.MET:
        raise ValidationError({"without": _("Kies het scenario zonder de maatwerkoplossing.")})
    with cases.editing_case(user, case, what=_("Kassabon")) as locked:
        if open_kassabon(locked) is not None:
            raise ValidationError(_("Deze casus heeft al een kassabon in bewerking."))
        try:
            with transaction.atomic():
                kassabon = Kassabon.objects.create(
                    case=locked,
                    title=title[:150],
                    horizon_years=horizon,
                    discount_rate=rate,
                    created_by=user,
                    created_at=timezone.now(),
                )
        except IntegrityError:
            raise ValidationError(_("Deze casus heeft al een kassabon in bewerking.")) from None
        Scenario.objects.create(kassabon=kassabon, kind=ScenarioKind.MET)
        Scenario.objects.create(kassabon=kassabon, kind=without)
        cases.add_timeline_entry(
            user, locked, "fund", _("Kassabon gemaakt: %(title)s.") % {"title": kassabon.title}
        )
    return kassabon


def update_kassabon(user, kassabon: Kassabon, *, title=None, horizon_years=None, discount_rate="-"):
    _not_frozen(kassabon)
    with cases.editing_case(user, kassabon.case, what=_("Kassabon")):
        locked = Kassabon.objects.select_for_update().get(pk=kassabon.pk)
        _not_frozen(locked)
        if title is not None:
            if not title.strip():
                raise ValidationError({"title": _("Geef de kassabon een titel.")})
            locked.title = title.strip()[:150]
        if horizon_years is not None:
            locked.horizon_years = _horizon(horizon_years)
        if discount_rate != "-":
            locked.discount_rate = _rate(discount_rate)
        locked.save()
    return locked


def _scenario(kassabon: Kassabon, kind: str) -> Scenario:
    if kind not in ScenarioKind.values:
        raise ValidationError({"scenario": _("Kies een scenario.")})
    scenario, _created = Scenario.objects.get_or_create(kassabon=kassabon, kind=kind)
    return scenario


def _decimal(value, name: str, message: str) -> Decimal:
    try:
        number = Decimal(str(value).replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError({name: message}) from None
    if not number.is_finite():
        raise ValidationError({name: message})
    return number


def _clean_line(fields: dict) -> dict:
    unknown = set(fields) - set(LINE_FIELDS)
    if unknown:
        raise ValidationError(_("Onbekende velden: %(names)s") % {"names": ", ".join(unknown)})
    values = dict(fields)
    item: CostItem | None = values.get("item")
    if item is not None:
        for name in ("unit_cost", "unit", "low", "high", "payer"):
            if values.get(name) in (None, ""):
                values[name] = getattr(item, name)
        if not (values.get("description") or "").strip():
            values["description"] = item.name
    errors = {}
    if not (values.get("description") or "").strip():
        errors["description"] = _("Omschrijf de regel of kies een kengetal.")
    if values.get("payer") in (None, ""):
        errors["payer"] = _("Kies wie deze kosten draagt.")
    elif values["payer"] not in PayerKind.values:
        errors["payer"] = _("Kies wie deze kosten draagt.")
    if values.get("unit") not in Unit.values:
        errors["unit"] = _("Kies een eenheid.")
    try:
        values["unit_cost"] = parse_amount(values.get("unit_cost"), "unit_cost")
    except ValidationError as error:
        errors.update(error.message_dict)
    for name in ("low", "high"):
        if values.get(name) in (None, ""):
            values[name] = None
            continue
        try:
            values[name] = parse_amount(values[name], name)
        except ValidationError as error:
            errors.update(error.message_dict)
    quantity = values.get("quantity", 1)
    quantity = _decimal(
        quantity if quantity not in (None, "") else 1, "quantity", _("Vul een aantal in.")
    )
    if quantity <= 0 or quantity != quantity.quantize(Decimal("0.01")) or quantity > 10**7:
        errors["quantity"] = _("Het aantal is groter dan nul, met hoogstens twee decimalen.")
    values["quantity"] = quantity
    periods = values.get("periods")
    if periods in (None, ""):
        errors["periods"] = _("Vul het aantal perioden in.")
    else:
        try:
            values["periods"] = int(periods)
        except (TypeError, ValueError):
            errors["periods"] = _("Vul het aantal perioden in.")
        else:
            if not 1 <= values["periods"] <= 600:
                errors["periods"] = _("Het aantal perioden ligt tussen 1 en 600.")
    try:
        values["start_month"] = int(values.get("start_month") or 0)
    except (TypeError, ValueError):
        errors["start_month"] = _("Vul de startmaand in als getal.")
    else:
        if not 0 <= values["start_month"] <= 360:
            errors["start_month"] = _("De startmaand ligt tussen 0 en 360.")
    probability = values.get("probability")
    probability = _decimal(
        100 if probability in (None, "") else probability, "probability", _("Vul een kans in.")
    )
    if not 0 < probability <= 100:
        errors["probability"] = _("De kans ligt tussen 0 en 100 procent.")
    values["probability"] = probability
    if not errors:
        if values["low"] is not None and values["low"] > values["unit_cost"]:
            errors["low"] = _("Laag ligt niet boven het bedrag per eenheid.")
        if values["high"] is not None and values["high"] < values["unit_cost"]:
            errors["high"] = _("Hoog ligt niet onder het bedrag per eenheid.")
    if errors:
        raise ValidationError(errors)
    values["description"] = values["description"].strip()[:200]
    values["payer_name"] = (values.get("payer_name") or "").strip()[:150]
    values["investment"] = bool(values.get("investment"))
    return values


def add_line(user, kassabon: Kassabon, scenario: str, **fields) -> Line:
    """A line on one scenario: from the catalogue (its figures copied, changeable) or free.
    A line without a payer or a number of periods is refused."""
    _not_frozen(kassabon)
    values = _clean_line(fields)
    with cases.editing_case(user, kassabon.case, what=_("Kassabon")):
        locked = Kassabon.objects.select_for_update().get(pk=kassabon.pk)
        _not_frozen(locked)
        if values["investment"] and scenario != ScenarioKind.MET:
            raise ValidationError(
                {"investment": _("De maatwerkinvestering staat in het scenario met de oplossing.")}
            )
        line = Line(scenario=_scenario(locked, scenario), **values)
        line.full_clean()
        line.save()
    return line


def remove_line(user, line: Line) -> None:
    kassabon = line.scenario.kassabon
    _not_frozen(kassabon)
    with cases.editing_case(user, kassabon.case, what=_("Kassabon")):
        Line.objects.filter(pk=line.pk).delete()


def computed(kassabon: Kassabon, *, anonymised: bool = False) -> compute.Receipt:
    """The receipt of `kassabon`. For a role that sees no personal data a free line is
    shown by its kind only (its text may say something about the household)."""

    def described(line: Line) -> compute.LineInput:
        figures = compute.LineInput.of(line)
        if anonymised:
            name = line.item.name if line.item_id else _("Vrije regel")
            figures = dataclasses.replace(figures, description=name)
        return figures

    scenarios = [
        (
            scenario.kind,
            scenario.get_kind_display(),
            [described(line) for line in scenario.lines.all()],
        )
        for scenario in kassabon.scenarios.prefetch_related("lines__item").order_by("pk")
    ]
    rate = kassabon.discount_rate
    return compute.receipt(scenarios, kassabon.horizon_years, rate)


def freeze_for_decision(user, case, decision_id: int) -> Kassabon | None:
    """Called by the route when a decision is recorded: the estimate as it stands is copied,
    frozen and linked to the decision. The working kassabon stays for a later proposal."""
    working = open_kassabon(case)
    if working is None:
        return None
    now = timezone.now()
    with transaction.atomic(), set_actor(user):
        frozen = Kassabon.objects.create(
            case=working.case,
            title=working.title,
            horizon_years=working.horizon_years,
            discount_rate=working.discount_rate,
            frozen_at=now,
            decision_id=decision_id,
            frozen_from=working,
            created_by=user,
            created_at=now,
        )
        for scenario in working.scenarios.prefetch_related("lines").order_by("pk"):
            copy = Scenario.objects.create(kassabon=frozen, kind=scenario.kind, note=scenario.note)
            Line.objects.bulk_create(
                Line(scenario=copy, **{name: getattr(line, name) for name in LINE_FIELDS})
                for line in scenario.lines.all()
            )
    return frozen


def decision_withdrawn(decision_id: int) -> None:
    """The route replaced the decision: its frozen kassabon no longer counts (settlement)."""
    Kassabon.objects.filter(decision_id=decision_id, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )


def may_record_realised(user, kassabon: Kassabon) -> bool:
    if user.role in FUND_KEEPERS:
        return user_municipality_id(user) == kassabon.case.household.team.municipality_id
    return user.has_perm("cases.change_case", kassabon.case)


def record_realised(
    user,
    kassabon: Kassabon,
    *,
    scenario_kind: str,
    description: str,
    payer: str,
    amount,
    period_end: datetime.date | None,
) -> RealisedCost:
    """A realised figure from monitoring, beside the frozen estimate."""
    if not kassabon.frozen:
        raise ValidationError(
            _("Gerealiseerde kosten horen bij de kassabon van een besluit (een bevroren kassabon).")
        )
    if not may_record_realised(user, kassabon):
        raise PermissionDenied(_("U kunt bij deze kassabon geen kosten invoeren."))
    errors = {}
    if scenario_kind not in ScenarioKind.values:
        errors["scenario_kind"] = _("Kies een scenario.")
    if not (description or "").strip():
        errors["description"] = _("Omschrijf de kosten.")
    if payer not in PayerKind.values:
        errors["payer"] = _("Kies wie deze kosten droeg.")
    if period_end is None:
        errors["period_end"] = _("Vul in tot wanneer deze kosten lopen.")
    elif period_end > timezone.localdate():
        errors["period_end"] = _("Gerealiseerde kosten liggen niet in de toekomst.")
    try:
        amount = parse_amount(amount)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic(), set_actor(user):
        realised = RealisedCost.objects.create(
            kassabon=kassabon,
            scenario_kind=scenario_kind,
            description=description.strip()[:200],
            payer=payer,
            amount=amount,
            period_end=period_end,
            entered_by=user,
            entered_at=timezone.now(),
        )
        cases.add_timeline_entry(
            user,
            kassabon.case,
            "fund",
            _("Gerealiseerde kosten ingevoerd bij de kassabon: %(amount)s.")
            % {"amount": compute.euro(amount)},
        )
    return realised
