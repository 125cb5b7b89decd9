"""Proposals (voorstellen), the OMO-functionaris's advice, and putting a proposal before a
portefeuillehouder for their view."""

from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.cases import services as cases
from maatwerk.fund import services as fund

from ..mandate import level_for, settings_for
from ..models import (
    VALUES,
    Advice,
    Decision,
    DecisionOutcome,
    PortfolioConsultation,
    Proposal,
    Recommendation,
)
from ..workflow import By, Phase
from .canvas import latest_canvas
from .phases import move_route, phase_of

__all__ = [
    "can_propose",
    "current_decision",
    "give_advice",
    "is_open",
    "open_proposal",
    "put_before_portefeuillehouder",
    "record_portfolio_view",
    "submit_proposal",
]

PROPOSAL_FIELDS = (
    "solution",
    "cost_estimate",
    "within_frameworks",
    "fund_requested",
    "fund_amount",
    "fund",
    "regular_budget_reason",
    "rendement_score",
    "rendement_motivation",
    "legitimiteit_score",
    "legitimiteit_motivation",
    "betrokkenheid_score",
    "betrokkenheid_motivation",
    "deviates",
    "deviation_rule",
    "deviation_ground",
    "deviation_power_holder",
    "deviation_motivation",
)


def current_decision(proposal: Proposal) -> Decision | None:
    """The decision in force: the newest one that no later decision replaced."""
    return (
        proposal.decisions.filter(superseded_by__isnull=True)
        .exclude(outcome=DecisionOutcome.AANGEHOUDEN)
        .order_by("-decided_at", "-pk")
        .first()
    )


def is_open(proposal: Proposal) -> bool:
    """Waiting for a decision (an aangehouden proposal still waits). A withdrawn decision
    takes its proposal off the table: a new proposal follows."""
    return current_decision(proposal) is None


def open_proposal(case) -> Proposal | None:
    for proposal in case.proposals.order_by("-proposed_at", "-pk"):
        if is_open(proposal):
            return proposal
    return None


PROPOSAL_PHASES = (Phase.GEAGENDEERD, Phase.BESLUITVORMING)


def can_propose(case) -> bool:
    """Whether a proposal can be made now: the case is on the agenda or in besluitvorming,
    and no earlier proposal waits for its decision (what `submit_proposal` checks)."""
    return phase_of(case) in PROPOSAL_PHASES and open_proposal(case) is None


def _clean(fields: dict) -> dict:
    unknown = set(fields) - set(PROPOSAL_FIELDS)
    if unknown:
        raise ValidationError(_("Onbekende velden: %(names)s") % {"names": ", ".join(unknown)})
    values = {name: fields.get(name) for name in PROPOSAL_FIELDS}
    for name in ("within_frameworks", "fund_requested", "deviates"):
        values[name] = bool(values[name])
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
        elif (
            value is None
            and name not in ("cost_estimate", "fund_amount", "fund")
            and not name.endswith("_score")
        ):
            values[name] = ""
    errors = {}
    for value_name, label, _question in VALUES:
        if not values[f"{value_name}_motivation"]:
            errors[f"{value_name}_motivation"] = _("Motiveer de score voor %(value)s.") % {
                "value": str(label).lower()
            }
    if values["deviates"]:
        for name, message in (
            ("deviation_rule", _("Noem de regel waarvan wordt afgeweken.")),
            ("deviation_ground", _("Noem de grondslag om af te wijken.")),
            ("deviation_power_holder", _("Noem wie de bevoegdheid heeft om af te wijken.")),
            ("deviation_motivation", _("Leg uit waarom wordt afgeweken.")),
        ):
            if not values[name]:
                errors[name] = message
    else:
        for name in ("deviation_rule", "deviation_ground", "deviation_power_holder"):
            values[name] = ""
    if values["fund_requested"]:
        amount = values["fund_amount"]
        if amount is None:
            errors["fund_amount"] = _("Vul in hoeveel u uit het fonds vraagt.")
        elif values["cost_estimate"] is not None and Decimal(amount) > Decimal(
            values["cost_estimate"]
        ):
            errors["fund_amount"] = _("U vraagt niet meer uit het fonds dan de oplossing kost.")
        if not values["regular_budget_reason"]:
            errors["regular_budget_reason"] = _(
                "Leg uit waarom geen regulier budget (Wmo, Jeugdwet, Participatiewet, "
                "bijzondere bijstand, …) van toepassing is."
            )
    else:
        values["fund_amount"], values["fund"], values["regular_budget_reason"] = None, None, ""
    if errors:
        raise ValidationError(errors)
    return values


def submit_proposal(user, case, **fields) -> Proposal:
    """Put a solution forward for a decision. Its mandate level is fixed now, from the
    municipality's settings."""
    values = _clean(fields)
    with cases.editing_case(user, case, what=_("Voorstel")) as locked:
        phase = phase_of(locked)
        if phase == Phase.GEAGENDEERD:
            move_route(user, locked, Phase.BESLUITVORMING, by=By.PROPOSAL)
        elif phase != Phase.BESLUITVORMING:
            raise ValidationError(
                _("Een voorstel kan pas als de casus geagendeerd is (nu: %(phase)s).")
                % {"phase": phase.label}
            )
        if open_proposal(locked) is not None:
            raise ValidationError(
                _("Er ligt al een voorstel ter besluitvorming. Wacht op het besluit.")
            )
        settings = settings_for(locked.household.team.municipality)
        if values["fund_requested"]:
            values["fund"] = values["fund"] or fund.default_fund(
                locked.household.team.municipality_id
            )
            fund.check_request(
                values["fund"], values["fund_amount"], locked.household.team.municipality_id
            )
        proposal = Proposal(
            case=locked,
            proposed_by=user,
            proposed_at=timezone.now(),
            canvas_version=latest_canvas(locked),
            **values,
        )
        proposal.mandate_level = level_for(
            settings,
            cost=Decimal(values["cost_estimate"] or 0),
            within_frameworks=values["within_frameworks"],
            deviates=values["deviates"],
            fund=values["fund"],
            fund_amount=values["fund_amount"],
        )
        proposal.full_clean()
        proposal.save()
        cases.add_timeline_entry(
            user,
            locked,
            "route_proposal",
            _("Voorstel ingediend (EUR %(cost)s, %(level)s).")
            % {"cost": proposal.cost_estimate, "level": proposal.get_mandate_level_display()},
        )
    return proposal


def give_advice(user, proposal: Proposal, recommendation: str, text: str) -> Advice:
    """Advice is the OMO-functionaris's, and never on their own proposal."""
    if user.role != Role.OMO_FUNCTIONARIS:
        raise PermissionDenied(_("Alleen de OMO-functionaris geeft advies."))
    if user.pk == proposal.proposed_by_id:
        raise PermissionDenied(_("U kunt geen advies geven over uw eigen voorstel."))
    if recommendation not in Recommendation.values:
        raise ValidationError({"recommendation": _("Kies een advies.")})
    if not (text or "").strip():
        raise ValidationError({"text": _("Licht het advies toe.")})
    with cases.editing_case(user, proposal.case, what=_("Advies")) as case:
        if not is_open(proposal):
            raise ValidationError(_("Over dit voorstel is al besloten."))
        advice = Advice.objects.create(
            proposal=proposal,
            recommendation=recommendation,
            text=text.strip(),
            given_by=user,
            given_at=timezone.now(),
        )
        cases.add_timeline_entry(
            user,
            case,
            "route_proposal",
            _("Advies: %(advice)s.") % {"advice": advice.get_recommendation_display()},
        )
    return advice


def put_before_portefeuillehouder(
    user, proposal: Proposal, portefeuillehouder, question: str
) -> PortfolioConsultation:
    if user.role != Role.OMO_FUNCTIONARIS:
        raise PermissionDenied(_("Alleen de OMO-functionaris legt een voorstel voor."))
    if portefeuillehouder is None or portefeuillehouder.role != Role.PORTEFEUILLEHOUDER:
        raise ValidationError({"portefeuillehouder": _("Kies een portefeuillehouder.")})
    municipality_id = proposal.case.household.team.municipality_id
    theirs = portefeuillehouder.municipality_id or getattr(
        portefeuillehouder.team, "municipality_id", None
    )
    if theirs != municipality_id:
        raise ValidationError(
            {"portefeuillehouder": _("Kies een portefeuillehouder van deze gemeente.")}
        )
    if not (question or "").strip():
        raise ValidationError({"question": _("Schrijf op wat u de portefeuillehouder vraagt.")})
    with cases.editing_case(user, proposal.case, what=_("Consultatie")) as case:
        if not is_open(proposal):
            raise ValidationError(_("Over dit voorstel is al besloten."))
        try:
            with transaction.atomic():
                consultation = PortfolioConsultation.objects.create(
                    proposal=proposal,
                    portefeuillehouder=portefeuillehouder,
                    question=question.strip(),
                    asked_by=user,
                    asked_at=timezone.now(),
                )
        except IntegrityError:
            raise ValidationError(
                {"portefeuillehouder": _("Dit voorstel ligt al bij deze portefeuillehouder.")}
            ) from None
        cases.add_timeline_entry(
            user,
            case,
            "route_proposal",
            _("Voorstel voorgelegd aan portefeuillehouder %(name)s.")
            % {"name": portefeuillehouder.get_full_name() or portefeuillehouder.username},
        )
    return consultation


def record_portfolio_view(user, consultation: PortfolioConsultation, view: str):
    """The portefeuillehouder's view, on their own screen. They see no case file, so this is
    not a case-file unit of work; it is recorded once."""
    if user.pk != consultation.portefeuillehouder_id:
        raise PermissionDenied(_("Dit voorstel is niet aan u voorgelegd."))
    if not (view or "").strip():
        raise ValidationError({"view": _("Schrijf uw zienswijze op.")})
    with transaction.atomic():
        locked = PortfolioConsultation.objects.select_for_update().get(pk=consultation.pk)
        if locked.answered_at is not None:
            raise ValidationError({"view": _("U heeft uw zienswijze al gegeven.")})
        if not is_open(locked.proposal):
            raise ValidationError(_("Over dit voorstel is al besloten."))
        locked.view, locked.answered_at = view.strip(), timezone.now()
        locked.save(update_fields=["view", "answered_at"])
        cases.add_timeline_entry(
            user,
            locked.proposal.case,
            "route_proposal",
            _("Zienswijze portefeuillehouder gegeven."),
        )
    return locked
