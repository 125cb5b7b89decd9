"""Read-only lookups for the consultation and the work lists. Each one costs a fixed number of
queries, however many cases are on the agenda or waiting for a decision: the related rows come
with joins, subqueries and one bulk fetch, never a query per row."""

import datetime
from decimal import Decimal

from django.db.models import Exists, F, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import TruncDate
from django.utils import timezone

from maatwerk.cases import services as cases
from maatwerk.core.periods import on_days

from .mandate import decider_role, settings_for
from .models import (
    AgendaItem,
    CanvasVersion,
    Consultation,
    Decision,
    DecisionOutcome,
    DomainResult,
    Escalation,
    ExternalEscalation,
    MandateLevel,
    MonitoringMoment,
    Plan,
    PortfolioConsultation,
    Proposal,
    Task,
)
from .services.consultation import next_consultation_date

__all__ = [
    "agenda",
    "blocking_rules_in",
    "breakthroughs_in",
    "consultation_in_week",
    "decisions_in",
    "escalations_in",
    "external_escalations_in",
    "monitoring_results_in",
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


# The report's reads (insights): ids, dates, codes and amounts of one municipality's cases in
# a period, never a name or a free text.


def _of(municipality_id: int, prefix: str = "case__") -> dict:
    return {f"{prefix}household__team__municipality_id": municipality_id}


def decisions_in(municipality_id: int, start: datetime.date, end: datetime.date) -> list[dict]:
    """Every decision recorded in the period (a replacement too; an *aangehouden* is a
    decision to wait), with its case's signal date and whether it is the case's first final
    decision."""
    rows = (
        Decision.objects.filter(
            on_days("decided_at", start, end), **_of(municipality_id, "proposal__case__")
        )
        .order_by("decided_at", "pk")
        # The local date in the database: converting 20,000 datetimes in Python costs more.
        .annotate(decided_on=TruncDate("decided_at"))
        .values(
            "pk",
            "level",
            "outcome",
            "decided_on",
            "supersedes_id",
            "proposal__case_id",
            "proposal__case__signal_date",
        )
    )
    return [
        {
            "case_id": row["proposal__case_id"],
            "signal_date": row["proposal__case__signal_date"],
            "level": row["level"],
            "outcome": row["outcome"],
            "decided_on": row["decided_on"],
            "first": row["supersedes_id"] is None and row["outcome"] != DecisionOutcome.AANGEHOUDEN,
        }
        for row in rows
    ]


def breakthroughs_in(municipality_id: int, start: datetime.date, end: datetime.date) -> list[dict]:
    """The plans whose solution was carried out in the period: the breakthrough."""
    rows = Plan.objects.filter(
        on_days("carried_out_at", start, end), **_of(municipality_id)
    ).values("case_id", "case__signal_date", carried_out_on=TruncDate("carried_out_at"))
    return [
        {
            "case_id": row["case_id"],
            "signal_date": row["case__signal_date"],
            "carried_out_on": row["carried_out_on"],
        }
        for row in rows
    ]


def monitoring_results_in(
    municipality_id: int, start: datetime.date, end: datetime.date
) -> dict[str, dict[str, int]]:
    """Per life domain, how many households were better, the same or worse at their latest
    monitoring moment answered in the period (a household counts once per domain)."""
    moments = MonitoringMoment.objects.filter(
        on_days("answered_at", start, end), **_of(municipality_id)
    ).order_by("case_id", "-number")
    latest: dict[int, int] = {}
    for case_id, moment_id in moments.values_list("case_id", "pk"):
        latest.setdefault(case_id, moment_id)
    result: dict[str, dict[str, int]] = {}
    for domain, change in DomainResult.objects.filter(moment_id__in=latest.values()).values_list(
        "domain", "change"
    ):
        result.setdefault(domain, {})
        result[domain][change] = result[domain].get(change, 0) + 1
    return result


def escalations_in(municipality_id: int, start: datetime.date, end: datetime.date) -> list[str]:
    """The status of every escalation started in the period."""
    return list(
        Escalation.objects.filter(
            on_days("started_at", start, end), **_of(municipality_id)
        ).values_list("status", flat=True)
    )


def external_escalations_in(
    municipality_id: int, start: datetime.date, end: datetime.date
) -> list[tuple[str, bool]]:
    """(national body, answered) of every case put before a national body in the period."""
    return [
        (body, answered_at is not None)
        for body, answered_at in ExternalEscalation.objects.filter(
            on_days("sent_at", start, end), **_of(municipality_id)
        ).values_list("body", "answered_at")
    ]


def _euros(value) -> Decimal:
    """A sum read straight from the database: SQLite may hand back a float or nothing."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def blocking_rules_in(municipality_id: int, start: datetime.date, end: datetime.date) -> list[dict]:
    """Per rule that blocks a case open in the period: how many cases it blocks (each once)
    and the money at stake, the cost estimate of each such case's latest proposal. Counted
    and summed in the database: a quarter of 100,000 cases holds tens of thousands."""
    from django.db import connection

    from maatwerk.cases.models import Blockage, Rule
    from maatwerk.cases.selectors import cases_open_during

    open_sql, params = (
        cases_open_during(municipality_id, start, end).order_by().values("pk").query
    ).sql_with_params()
    # Each (rule, case) pair once, joined to its case's latest proposal: the latest is picked
    # once per case by a window function, not looked up again for every blockage row.
    # Plain SQL that SQLite runs too; only table names are formatted in, the values are
    # parameters.
    sql = f"""
        SELECT pair.rule_id, COUNT(*), SUM(latest.cost_estimate)
        FROM (
            SELECT DISTINCT blockage.rule_id, blockage.case_id
            FROM {Blockage._meta.db_table} AS blockage
            WHERE blockage.case_id IN ({open_sql})
        ) AS pair
        LEFT JOIN (
            SELECT ranked.case_id, ranked.cost_estimate FROM (
                SELECT proposal.case_id, proposal.cost_estimate, ROW_NUMBER() OVER (
                    PARTITION BY proposal.case_id
                    ORDER BY proposal.proposed_at DESC, proposal.id DESC
                ) AS newest
                FROM {Proposal._meta.db_table} AS proposal
            ) AS ranked
            WHERE ranked.newest = 1
        ) AS latest ON latest.case_id = pair.case_id
        GROUP BY pair.rule_id
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = {rule_id: (count, _euros(money)) for rule_id, count, money in cursor.fetchall()}
    names = Rule.objects.filter(pk__in=found).values("pk", "name", "law", "owner__name")
    return [
        {
            "rule_id": row["pk"],
            "rule": row["name"],
            "law": row["law"],
            "owner": row["owner__name"],
            "count": found[row["pk"]][0],
            "money": found[row["pk"]][1],
        }
        for row in names.order_by("pk")
    ]
