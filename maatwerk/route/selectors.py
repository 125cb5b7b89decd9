"""Read-only lookups for the consultation and the work lists. Each one costs a fixed number of
queries, however many cases are on the agenda or waiting for a decision: the related rows come
with joins, subqueries and one bulk fetch, never a query per row."""

import datetime

from django.db.models import Exists, F, OuterRef, Prefetch, QuerySet, Subquery
from django.utils import timezone

from maatwerk.cases import services as cases

from .mandate import decider_role, settings_for
from .models import (
    AgendaItem,
    CanvasVersion,
    Consultation,
    Decision,
    DecisionOutcome,
    MandateLevel,
    PortfolioConsultation,
    Proposal,
    Task,
)
from .services.consultation import next_consultation_date

__all__ = [
    "agenda",
    "consultation_in_week",
    "municipality_of",
    "proposals_awaiting_decision",
    "proposals_before",
    "upcoming_consultation",
]


def municipality_of(user):
    """The municipality a user works for: their own, or their team's."""
    if user.municipality_id:
        return user.municipality
    team = getattr(user, "team", None)
    return team.municipality if team is not None else None


def _unsaved(municipality, date: datetime.date) -> Consultation:
    """The slot as the settings describe it, when nobody has put a case on it yet (a GET
    never creates the consultation)."""
    settings = settings_for(municipality)
    return Consultation(
        municipality=municipality,
        date=date,
        time=settings.consultation_time,
        place=settings.consultation_place,
    )


def upcoming_consultation(municipality) -> Consultation:
    """Today's consultation while it is still today, else the next weekly slot. Unsaved when
    nothing is on its agenda yet."""
    slot = next_consultation_date(municipality)
    found = (
        Consultation.objects.filter(
            municipality=municipality, date__gte=timezone.localdate(), date__lte=slot
        )
        .order_by("date")
        .first()
    )
    return found or _unsaved(municipality, slot)


def consultation_in_week(municipality, day: datetime.date) -> Consultation:
    """The consultation of the week (Monday to Sunday) that holds `day`; the slot of that week
    when there is none."""
    monday = day - datetime.timedelta(days=day.weekday())
    found = (
        Consultation.objects.filter(
            municipality=municipality,
            date__gte=monday,
            date__lte=monday + datetime.timedelta(days=6),
        )
        .order_by("date")
        .first()
    )
    if found:
        return found
    weekday = settings_for(municipality).consultation_weekday
    return _unsaved(municipality, monday + datetime.timedelta(days=weekday))


def agenda(consultation: Consultation, cases: QuerySet | None = None) -> list[AgendaItem]:
    """The consultation's items in the order they were put on, each with its case, the
    household's team, the route, its tasks and `latest_canvas` (or None). `cases` limits the
    items to those cases (the user's visible cases). Four queries, whatever the number."""
    if consultation.pk is None:
        return []
    latest = CanvasVersion.objects.filter(case=OuterRef("case_id")).order_by("-number")
    items = (
        AgendaItem.objects.filter(consultation=consultation)
        .select_related("case__household__team", "case__route", "added_by", "outcome_by")
        .prefetch_related(
            Prefetch("tasks", queryset=Task.objects.select_related("owner").order_by("pk"))
        )
        .annotate(latest_canvas_id=Subquery(latest.values("pk")[:1]))
        .order_by("added_at", "pk")
    )
    if cases is not None:
        items = items.filter(case__in=cases.values("pk"))
    items = list(items)
    canvases = CanvasVersion.objects.in_bulk(
        [item.latest_canvas_id for item in items if item.latest_canvas_id]
    )
    for item in items:
        item.latest_canvas = canvases.get(item.latest_canvas_id)
    return items


def _decision_in_force(proposal_ref: OuterRef) -> Exists:
    """The same question as `services.is_open` (negated), for a whole queryset at once."""
    return Exists(
        Decision.objects.filter(proposal=proposal_ref, superseded_by__isnull=True).exclude(
            outcome=DecisionOutcome.AANGEHOUDEN
        )
    )


def _view_given(proposal_ref: OuterRef) -> Exists:
    return Exists(
        PortfolioConsultation.objects.filter(proposal=proposal_ref, answered_at__isnull=False)
    )


def proposals_awaiting_decision(user) -> QuerySet[Proposal]:
    """Open proposals of the user's municipality whose mandate level the user's role decides
    (`mandate.decider_role`), of cases the user may see, oldest first. Not the user's own, nor
    a colleague's in the same role and team: `mandate.decision_refusal` would refuse those.
    Each proposal carries `portfolio_view_given`."""
    municipality = municipality_of(user)
    if municipality is None:
        return Proposal.objects.none()
    settings = settings_for(municipality)
    levels = [level for level in MandateLevel.values if decider_role(settings, level) == user.role]
    proposals = (
        Proposal.objects.filter(
            case__in=cases.visible_cases(user).values("pk"),
            case__household__team__municipality=municipality,
            mandate_level__in=levels,
        )
        .exclude(proposed_by=user)
        .exclude(_decision_in_force(OuterRef("pk")))
        .select_related("case", "proposed_by")
        .annotate(portfolio_view_given=_view_given(OuterRef("pk")))
        .order_by("proposed_at", "pk")
    )
    if user.team_id:
        proposals = proposals.exclude(proposed_by__role=user.role, proposed_by__team=user.team_id)
    return proposals


def proposals_before(portefeuillehouder) -> QuerySet[PortfolioConsultation]:
    """The proposals put before this portefeuillehouder, those still waiting for their view
    first. Each carries `decided` (a decision is in force on the proposal)."""
    return (
        PortfolioConsultation.objects.filter(portefeuillehouder=portefeuillehouder)
        .select_related("proposal__case", "asked_by")
        .annotate(decided=_decision_in_force(OuterRef("proposal_id")))
        .order_by(F("answered_at").asc(nulls_first=True), "-asked_at", "-pk")
    )
