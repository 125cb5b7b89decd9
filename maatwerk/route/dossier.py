"""The route's sections of the dossier (declared on RouteConfig): the whole route for those
who work on the case, and its facts without free text or names for the anonymised roles."""

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from maatwerk.accounts.roles import Role
from maatwerk.accounts.selectors import portefeuillehouders
from maatwerk.cases.sections import DossierSection

from . import services, triangle
from .dossier_aftercare import aftercare_context
from .forms import AdviceForm, AgendaForm, ConsultForm
from .mandate import decision_refusal
from .models import AgendaItem, Proposal


def _proposals(case) -> list[Proposal]:
    return list(
        Proposal.objects.filter(case=case)
        .select_related("proposed_by")
        .prefetch_related(
            "advices__given_by",
            "portfolio_consultations__portefeuillehouder",
            "decisions__decided_by",
            "decisions__supersedes",
        )
        .order_by("-proposed_at", "-pk")
    )


def _proposal_view(request: HttpRequest, proposal: Proposal, can_edit: bool) -> dict:
    in_force = services.current_decision(proposal)
    is_open = in_force is None
    user = request.user
    refusal = decision_refusal(user, proposal) if is_open and can_edit else None
    return {
        "proposal": proposal,
        "drawing": triangle.drawing(proposal.scores()),
        "decisions": list(proposal.decisions.all()),
        "in_force": in_force,
        "open": is_open,
        "may_decide": is_open and can_edit and refusal is None,
        "decide_refusal": refusal,
        "may_advise": is_open
        and user.role == Role.OMO_FUNCTIONARIS
        and user.pk != proposal.proposed_by_id,
        "may_supersede": in_force is not None
        and can_edit
        and decision_refusal(user, proposal) is None,
    }


def _route(request: HttpRequest, case) -> dict:
    user = request.user
    can_edit = user.has_perm("cases.change_case", case)
    proposals = _proposals(case)
    views = [_proposal_view(request, proposal, can_edit) for proposal in proposals]
    municipality_id = case.household.team.municipality_id
    phase = services.phase_of(case)
    return {
        "phase": phase,
        "can_edit": can_edit,
        "moves": services.moves_for(user, case),
        "agenda_items": AgendaItem.objects.filter(case=case)
        .select_related("consultation", "added_by", "outcome_by")
        .prefetch_related("tasks__owner")
        .order_by("-consultation__date"),
        "agenda_form": AgendaForm(prefix="agenda"),
        "may_put_on_agenda": can_edit and services.can_put_on_agenda(case),
        "canvas": services.latest_canvas(case),
        "canvas_count": case.canvas_versions.count(),
        "proposals": views,
        "may_propose": can_edit and services.can_propose(case),
        "letter_url_name": _letter_url_name(),
        "advice_form": AdviceForm(prefix="advies"),
        "consult_form": ConsultForm(
            prefix="voorleggen", portefeuillehouders=portefeuillehouders(municipality_id)
        ),
    }


def _letter_url_name() -> str | None:
    """The letter download, when the documents are installed."""
    try:
        reverse("route:letter_pdf", args=[1])
    except NoReverseMatch:
        return None
    return "route:letter_pdf"


def _route_facts(request: HttpRequest, case) -> dict:
    proposals = _proposals(case)
    return {
        "phase": services.phase_of(case),
        "proposals": [
            {"proposal": proposal, "in_force": services.current_decision(proposal)}
            for proposal in proposals
        ],
    }


SECTIONS = [
    DossierSection("route", "route/case/_section.html", _route, order=5),
    DossierSection(
        "route_facts", "route/case/_section_anonymised.html", _route_facts, personal=False, order=5
    ),
]


SECTIONS.append(
    DossierSection("aftercare", "route/case/_aftercare.html", aftercare_context, order=6)
)
