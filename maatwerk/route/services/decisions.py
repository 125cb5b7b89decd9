"""Deciding a proposal by mandate, and replacing a taken decision by a new one. A decision is
never edited."""

import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.cases import services as cases
from maatwerk.fund import services as fund
from maatwerk.fund.errors import BudgetOp

from ..errors import Conflict
from ..mandate import decision_refusal
from ..models import APPROVING, Decision, DecisionOutcome, MandateLevel, Proposal
from ..workflow import By, Phase
from .phases import move_route, phase_of
from .proposals import current_decision, is_open

__all__ = ["decide", "supersede_decision"]

MAX_REFERENCE = 60


def _check(
    proposal: Proposal,
    outcome: str,
    motivation: str,
    conditions: str,
    college_date: datetime.date | None,
    college_reference: str,
    *,
    replacing: bool,
) -> None:
    allowed = set(DecisionOutcome.values) - ({"aangehouden"} if replacing else {"ingetrokken"})
    if outcome not in allowed:
        raise ValidationError({"outcome": _("Kies een besluit.")})
    errors = {}
    if not motivation:
        errors["motivation"] = _("Motiveer het besluit.")
    if outcome == DecisionOutcome.VOORWAARDEN and not conditions:
        errors["conditions"] = _("Noem de voorwaarden.")
    if proposal.mandate_level == MandateLevel.COLLEGE:
        if college_date is None:
            errors["college_date"] = _("Vul de datum van het collegebesluit in.")
        elif college_date > timezone.localdate():
            errors["college_date"] = _("Het collegebesluit kan niet in de toekomst liggen.")
        elif college_date < timezone.localtime(proposal.proposed_at).date():
            errors["college_date"] = _("Het collegebesluit ligt niet vóór het voorstel.")
        if not college_reference:
            errors["college_reference"] = _("Vul het kenmerk van het collegebesluit in.")
        elif len(college_reference) > MAX_REFERENCE:
            errors["college_reference"] = _("Hoogstens %(max)s tekens.") % {"max": MAX_REFERENCE}
    if errors:
        raise ValidationError(errors)


def _phase_after(outcome: str) -> Phase | None:
    if outcome in APPROVING:
        return Phase.UITVOERING
    if outcome == DecisionOutcome.AFGEWEZEN:
        return Phase.AFGEWEZEN
    if outcome == DecisionOutcome.INGETROKKEN:
        return Phase.BESLUITVORMING
    return None


def decide(
    user,
    proposal: Proposal,
    *,
    outcome: str,
    motivation: str,
    conditions: str = "",
    awb_besluit: bool = False,
    college_date: datetime.date | None = None,
    college_reference: str = "",
    supersedes: Decision | None = None,
    supersede_reason: str = "",
) -> Decision:
    """Take the decision on `proposal`. Whoever proposed it, or holds no mandate for its level,
    is refused (403); a proposal decided meanwhile by someone else is a conflict (409)."""
    motivation, conditions = (motivation or "").strip(), (conditions or "").strip()
    college_reference = (college_reference or "").strip()
    replacing = supersedes is not None
    _check(
        proposal,
        outcome,
        motivation,
        conditions,
        college_date,
        college_reference,
        replacing=replacing,
    )
    refusal = decision_refusal(user, proposal)
    if refusal:
        raise PermissionDenied(refusal)
    with cases.editing_case(user, proposal.case, what=_("Besluit")) as case:
        # The case row is locked: whoever comes second sees the first decision here.
        in_force = current_decision(proposal)
        if replacing:
            if in_force is None or in_force.pk != supersedes.pk:
                raise Conflict(_("Dit besluit is intussen al vervangen. Bekijk het dossier."))
        elif not is_open(proposal):
            raise Conflict(_("Over dit voorstel is intussen al besloten. Bekijk het besluit."))
        if not replacing and phase_of(case) != Phase.BESLUITVORMING:
            raise ValidationError(_("De casus is niet in de fase besluitvorming."))
        try:
            with transaction.atomic():
                decision = Decision.objects.create(
                    proposal=proposal,
                    outcome=outcome,
                    motivation=motivation,
                    conditions=conditions if outcome == DecisionOutcome.VOORWAARDEN else "",
                    level=proposal.mandate_level,
                    awb_besluit=awb_besluit,
                    college_date=college_date
                    if proposal.mandate_level == MandateLevel.COLLEGE
                    else None,
                    college_reference=college_reference
                    if proposal.mandate_level == MandateLevel.COLLEGE
                    else "",
                    supersedes=supersedes,
                    supersede_reason=supersede_reason,
                    decided_by=user,
                    decided_at=timezone.now(),
                )
        except IntegrityError:
            raise Conflict(_("Over dit voorstel is intussen al besloten.")) from None
        _money(user, case, proposal, decision)
        target = _phase_after(outcome)
        if target is not None and target != phase_of(case):
            move_route(user, case, target, by=By.DECISION, reason=motivation)
        text = _("Besluit: %(outcome)s (%(level)s).") % {
            "outcome": decision.get_outcome_display(),
            "level": decision.get_level_display(),
        }
        if replacing:
            text = f"{text} {_('Vervangt het eerdere besluit')}: {supersede_reason}"
        cases.add_timeline_entry(user, case, "route_decision", text)
    return decision


def _money(user, case, proposal: Proposal, decision: Decision) -> None:
    """The fund's part, inside this unit of work. A replaced decision gives back what is still
    open on its reservation. An approving decision with a fund request reserves the amount and
    freezes the kassabon with it; when the fund cannot cover it the whole decision is refused
    ("budget op", 409) and nothing is recorded."""
    replaced = decision.supersedes
    spent = Decimal("0")
    if replaced is not None:
        if replaced.commitment_id:
            fund.release_commitment(
                user,
                replaced.commitment,
                reason=_("Besluit vervangen: %(reason)s") % {"reason": decision.supersede_reason},
            )
            spent = fund.commitment_spent(replaced.commitment)
        fund.decision_withdrawn(replaced.pk)
    if not decision.approves:
        return
    # What the replaced decision already paid out is not reserved a second time.
    amount = (proposal.fund_amount or 0) - spent
    if proposal.fund_requested and proposal.fund_id and amount > 0:
        try:
            entry = fund.commit(
                user,
                proposal.fund,
                amount,
                case=case,
                decision_id=decision.pk,
                reason=_("Besluit %(level)s") % {"level": decision.get_level_display()},
            )
        except BudgetOp as error:
            raise Conflict(error.messages) from None
        Decision.objects.filter(pk=decision.pk).update(commitment=entry)
        decision.commitment = entry
    fund.freeze_for_decision(user, case, decision.pk)


def supersede_decision(user, decision: Decision, *, reason: str, **new) -> Decision:
    """Replace a taken decision (withdraw it: outcome `ingetrokken`) by a new, linked one."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"supersede_reason": _("Geef aan waarom het besluit wordt vervangen.")}
        )
    if decision.outcome == DecisionOutcome.AANGEHOUDEN:
        raise ValidationError(_("Een aangehouden voorstel krijgt gewoon een besluit."))
    return decide(user, decision.proposal, supersedes=decision, supersede_reason=reason, **new)
