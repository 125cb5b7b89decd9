"""Read-only lookups of the case file's reference lists for the apps above (vraagbaak,
register): one list of organisations and one list of rules, shared by the case file and
whoever builds on it; and the counts the insights app reports on (no personal data: ids,
dates, codes and counts only)."""

import datetime
from collections import Counter

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from maatwerk.core.periods import on_days, start_of_day

from .models import Blockage, Case, CaseDomain, CaseStatusChange, Organisation, Rule
from .workflow import CaseStatus

__all__ = [
    "blockages_of_cases",
    "cases_closed_in",
    "cases_open_during",
    "cases_signalled_in",
    "organisation_kinds",
    "organisations",
    "rules",
    "signalled_breakdown",
]


def organisations() -> QuerySet[Organisation]:
    return Organisation.objects.order_by("name")


def organisation_kinds() -> list[tuple[str, str]]:
    return list(Organisation.Kind.choices)


def rules(*, active_only: bool = False) -> QuerySet[Rule]:
    found = Rule.objects.select_related("owner").order_by("name")
    return found.filter(active=True) if active_only else found


def cases_signalled_in(
    municipality_id: int, start: datetime.date, end: datetime.date
) -> QuerySet[Case]:
    """The cases of a municipality whose signal came in from `start` to `end` inclusive."""
    return Case.objects.filter(
        household__team__municipality_id=municipality_id,
        signal_date__gte=start,
        signal_date__lte=end,
    )


def signalled_breakdown(cases: QuerySet[Case]) -> dict[str, Counter]:
    """Cases by team name, by signal source (code) and by life domain (code). A case has
    one team and one source but may have several life domains. Counted in the database:
    the cases go in as a subquery, not as a list of ids."""
    ids = cases.values("pk")
    team, source = Counter(), Counter()
    # Team and source from one grouped query: each (team, source) pair once.
    pairs = (
        Case.objects.filter(pk__in=ids)
        .order_by()
        .values_list("household__team__name", "signal_source")
        .annotate(n=Count("pk"))
    )
    for team_name, signal_source, n in pairs:
        team[team_name] += n
        source[signal_source] += n
    return {
        "team": team,
        "source": source,
        "domain": Counter(
            dict(
                CaseDomain.objects.filter(case_id__in=ids)
                .order_by()
                .values_list("code")
                .annotate(n=Count("pk"))
            )
        ),
    }


def cases_closed_in(municipality_id: int, start: datetime.date, end: datetime.date) -> set[int]:
    """The cases closed (afgesloten) in the period, each once however often it closed."""
    return set(
        CaseStatusChange.objects.filter(
            on_days("changed_at", start, end),
            case__household__team__municipality_id=municipality_id,
            target=CaseStatus.AFGESLOTEN,
        ).values_list("case_id", flat=True)
    )


def blockages_of_cases(case_ids) -> list[dict]:
    """One row per blockage of these cases: the case, the rule and the owning organisation."""
    return list(
        Blockage.objects.filter(case_id__in=list(case_ids))
        .order_by("pk")
        .values("case_id", "rule_id", "rule__name", "rule__law", "owner__name")
    )


def cases_open_during(
    municipality_id: int, start: datetime.date, end: datetime.date
) -> QuerySet[Case]:
    """The cases that were open at some time in the period: signalled by its end, and not
    closed before it began (a closed case counts when it closed in or after the period)."""
    closed_later = CaseStatusChange.objects.filter(
        case=OuterRef("pk"), target=CaseStatus.AFGESLOTEN, changed_at__gte=start_of_day(start)
    )
    return Case.objects.filter(
        household__team__municipality_id=municipality_id, signal_date__lte=end
    ).exclude(Q(status=CaseStatus.AFGESLOTEN) & ~Exists(closed_later))
