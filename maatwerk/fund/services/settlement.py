"""Settlement with the partners where the benefits land: per partner and period, the
municipal investments (from the kassabons frozen with the decisions) whose avoided costs
landed with that partner. A partner's contribution is booked as a top-up linked to the
statement (`ledger.top_up(statement=…)`)."""

import datetime
from decimal import Decimal

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.core.periods import on_days

from ..models import MUNICIPAL_PAYERS, Kassabon, PayerKind, SettlementStatement
from .kassabon import computed
from .ledger import FUND_KEEPERS, user_municipality_id

__all__ = ["draft_lines", "make_statement"]

ZERO = Decimal("0.00")


def _period(start: datetime.date | None, end: datetime.date | None) -> None:
    errors = {}
    if start is None:
        errors["period_start"] = _("Vul het begin van de periode in.")
    if end is None:
        errors["period_end"] = _("Vul het einde van de periode in.")
    if not errors and end < start:
        errors["period_end"] = _("Het einde ligt niet vóór het begin.")
    if errors:
        raise ValidationError(errors)


def draft_lines(
    municipality_id: int,
    partner_kind: str,
    partner_name: str,
    start: datetime.date,
    end: datetime.date,
) -> list[dict]:
    """One line per frozen kassabon of the period with a benefit for this partner. Only
    amounts and references: no name of a person."""
    frozen = (
        Kassabon.objects.filter(
            on_days("frozen_at", start, end),
            case__household__team__municipality_id=municipality_id,
            withdrawn_at__isnull=True,
        )
        .select_related("case")
        .order_by("frozen_at", "pk")
    )
    lines = []
    for kassabon in frozen:
        main = computed(kassabon).main
        if main is None:
            continue
        benefit = sum(
            (
                amount
                for (kind, name), amount in main.benefit_by_payer.items()
                if kind == partner_kind and (not partner_name or name == partner_name)
            ),
            ZERO,
        )
        if benefit <= 0:
            continue
        lines.append(
            {
                "kassabon": kassabon.pk,
                "case_reference": kassabon.case.reference,
                "decision": kassabon.decision_id,
                "title": kassabon.title,
                "frozen_on": timezone.localtime(kassabon.frozen_at).date().isoformat(),
                "investment": str(main.investment.quantize(Decimal("0.01"))),
                "benefit": str(benefit.quantize(Decimal("0.01"))),
            }
        )
    return lines


def make_statement(
    user,
    *,
    partner_kind: str,
    partner_name: str = "",
    period_start: datetime.date | None,
    period_end: datetime.date | None,
) -> SettlementStatement:
    """Draw up the statement for the financiële verrekening talks; its figures are kept as
    made, whatever changes later."""
    if user.role not in FUND_KEEPERS:
        raise PermissionDenied(_("Alleen de controller of de OMO-functionaris stelt dit op."))
    if partner_kind not in PayerKind.values or partner_kind in MUNICIPAL_PAYERS:
        raise ValidationError({"partner_kind": _("Kies een partner buiten de gemeente.")})
    _period(period_start, period_end)
    municipality_id = user_municipality_id(user)
    partner_name = (partner_name or "").strip()[:150]
    lines = draft_lines(municipality_id, partner_kind, partner_name, period_start, period_end)
    with transaction.atomic(), set_actor(user):
        return SettlementStatement.objects.create(
            municipality_id=municipality_id,
            partner_kind=partner_kind,
            partner_name=partner_name,
            period_start=period_start,
            period_end=period_end,
            investment=sum((Decimal(line["investment"]) for line in lines), ZERO),
            benefit=sum((Decimal(line["benefit"]) for line in lines), ZERO),
            lines=lines,
            made_by=user,
            made_at=timezone.now(),
        )
