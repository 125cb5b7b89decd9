"""What is due on the route, for the worklists and for the reminders `run_due_tasks` sends.

Every term is a stored date (decision due, escalation step due, time-out end, monitoring
moment, goal), computed with the working-day calendar when the record was made, so these
lookups are plain indexed comparisons: a fixed number of queries, however many cases."""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from maatwerk.accounts.notifications import Reminder
from maatwerk.accounts.roles import Role
from maatwerk.accounts.selectors import users_in_role
from maatwerk.cases import services as cases
from maatwerk.core.working_days import WorkingDays

from .mandate import settings_for
from .models import (
    Escalation,
    EscalationStatus,
    EscalationStep,
    Goal,
    GoalStatus,
    MonitoringMoment,
    Route,
    RouteSettings,
    TimeOut,
)
from .workflow import Phase

__all__ = ["Worklist", "case_of", "cases_in", "due_reminders", "worklist"]

LIMIT = 50
_DECIDING = [Phase.GEAGENDEERD, Phase.BESLUITVORMING]


@dataclass
class Section:
    key: str
    title: str
    items: list
    more: bool = False


@dataclass
class Worklist:
    today: datetime.date
    window_end: datetime.date
    sections: list[Section] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(len(s.items) for s in self.sections)


def _limited(queryset: QuerySet, limit: int) -> tuple[list, bool]:
    rows = list(queryset[: limit + 1])
    return rows[:limit], len(rows) > limit


def _queries(today: datetime.date, window_end: datetime.date) -> dict[str, QuerySet]:
    """The open terms of the route, by kind, each row with its case."""
    return {
        "decisions": Route.objects.filter(
            phase__in=_DECIDING, case__status="in_behandeling", decision_due__lt=today
        )
        .select_related("case")
        .order_by("decision_due", "pk"),
        "steps": EscalationStep.objects.filter(
            answered_at__isnull=True,
            escalation__status=EscalationStatus.OPEN,
            escalation__case__status="in_behandeling",
        )
        .select_related("escalation__case", "escalation__ladder")
        .order_by("due_date", "pk"),
        "unknown": Escalation.objects.filter(
            status=EscalationStatus.BEVOEGDE_ONBEKEND, case__status="in_behandeling"
        )
        .select_related("case", "ladder")
        .order_by("started_at", "pk"),
        "time_outs": TimeOut.objects.filter(
            ended_early_on__isnull=True,
            ends_on__gte=today,
            ends_on__lte=window_end,
            case__status="in_behandeling",
        )
        .select_related("case")
        .order_by("ends_on", "pk"),
        "monitoring": MonitoringMoment.objects.filter(
            answered_at__isnull=True, due_date__lte=window_end, case__status="in_behandeling"
        )
        .select_related("case")
        .order_by("due_date", "pk"),
        "goals": Goal.objects.filter(
            status__in=[GoalStatus.OPEN, GoalStatus.BEZIG],
            due_date__lt=today,
            plan__case__status="in_behandeling",
        )
        .select_related("plan__case")
        .order_by("due_date", "pk"),
    }


_CASE_PATH = {
    "decisions": "case",
    "steps": "escalation__case",
    "unknown": "case",
    "time_outs": "case",
    "monitoring": "case",
    "goals": "plan__case",
}


def case_of(key: str, item):
    """The case a worklist row belongs to."""
    return (
        item.escalation.case if key == "steps" else item.plan.case if key == "goals" else item.case
    )


def cases_in(work: "Worklist") -> list[int]:
    """The case ids a worklist shows, for the access log."""
    return sorted({case_of(s.key, item).pk for s in work.sections for item in s.items})


TITLES = {
    "decisions": _("Besluiten over de termijn"),
    "steps": _("Escalatiestappen die op antwoord wachten"),
    "unknown": _("Escalaties: bevoegde onbekend"),
    "time_outs": _("Time-outs die binnenkort aflopen"),
    "monitoring": _("Monitoringsmomenten"),
    "goals": _("Doelen over de datum"),
}


def worklist(user, today: datetime.date, *, limit: int = LIMIT) -> Worklist:
    """The route's terms for this user: for the OMO-functionaris everything in the cases they
    may see; for the teamleider the team's cases and the steps at the teamleider; for the
    consulent the cases they are regisseur of."""
    municipality = user.municipality or (user.team.municipality if user.team_id else None)
    reminder_days = settings_for(municipality).reminder_working_days if municipality else 5
    window_end = WorkingDays.load().add(today, reminder_days)
    result = Worklist(today=today, window_end=window_end)
    for key, queryset in _queries(today, window_end).items():
        if key == "unknown" and user.role != Role.OMO_FUNCTIONARIS:
            continue
        path = _CASE_PATH[key]
        scoped = cases.under_visible_cases(user, queryset, path)
        if user.role == Role.CONSULENT:
            scoped = scoped.filter(**{f"{path}__regisseur": user})
        if key == "steps" and user.role == Role.TEAMLEIDER:
            scoped = scoped.filter(holder_role=Role.TEAMLEIDER)
        items, more = _limited(scoped, limit)
        result.sections.append(Section(key, TITLES[key], items, more))
    return result


# --- Reminders ------------------------------------------------------------------------------


def _url(case_id: int) -> str:
    return reverse("cases:detail", args=[case_id]) + "#route"


def _municipality_windows(today: datetime.date, calendar: WorkingDays) -> dict[int, datetime.date]:
    days = dict(RouteSettings.objects.values_list("municipality_id", "reminder_working_days"))
    return {m: calendar.add(today, d) for m, d in days.items()}


def due_reminders(today: datetime.date, calendar: WorkingDays) -> Iterator[Reminder]:
    """Declared on RouteConfig for `run_due_tasks`: one reminder per occasion and person. The
    key names the occasion, so it is sent once however often the command runs."""
    windows = _municipality_windows(today, calendar)
    widest = max([*windows.values(), calendar.add(today, 5)])
    queries = _queries(today, widest)
    omo_by_municipality: dict[int, list[int]] = {}
    for user_id, own, via_team in users_in_role(
        Role.OMO_FUNCTIONARIS, list(windows) or [0]
    ).values_list("pk", "municipality_id", "team__municipality_id"):
        omo_by_municipality.setdefault(own or via_team, []).append(user_id)

    def window(case) -> datetime.date:
        return windows.get(case.household.team.municipality_id, calendar.add(today, 5))

    for route in queries["decisions"].select_related("case__household__team"):
        case = route.case
        text = _("Besluit over %(ref)s had uiterlijk %(due)s genomen moeten zijn.") % {
            "ref": case.reference,
            "due": route.decision_due.strftime("%d-%m-%Y"),
        }
        key = f"route:decision:{case.pk}:{route.decision_due.isoformat()}"
        recipients = {
            case.regisseur_id,
            *omo_by_municipality.get(case.household.team.municipality_id, []),
        }
        for user_id in recipients - {None}:
            yield Reminder(user_id, key, text, _url(case.pk), route.decision_due)

    team_leaders: dict[int, list[int]] = {}
    for user_id, team_id in users_in_role(Role.TEAMLEIDER, list(windows) or [0]).values_list(
        "pk", "team_id"
    ):
        team_leaders.setdefault(team_id, []).append(user_id)
    for step in queries["steps"].select_related("escalation__case__household__team"):
        case = step.escalation.case
        if step.holder_role == Role.TEAMLEIDER:
            holders = team_leaders.get(case.household.team_id, [])
        elif step.holder_role == Role.OMO_FUNCTIONARIS:
            holders = omo_by_municipality.get(case.household.team.municipality_id, [])
        else:
            holders = [case.regisseur_id]  # the regisseur chases the partner
        when = "due" if step.due_date >= today else "overdue"
        text = (
            _("Escalatie %(ref)s, stap %(n)s (%(who)s): antwoord uiterlijk %(due)s.")
            if when == "due"
            else _(
                "Escalatie %(ref)s, stap %(n)s (%(who)s): het antwoord is te laat "
                "(uiterlijk %(due)s)."
            )
        ) % {
            "ref": case.reference,
            "n": step.number,
            "who": step.title,
            "due": step.due_date.strftime("%d-%m-%Y"),
        }
        for user_id in set(holders) - {None}:
            yield Reminder(
                user_id, f"route:step:{step.pk}:{when}", text, _url(case.pk), step.due_date
            )

    for time_out in queries["time_outs"].select_related("case__household__team"):
        case = time_out.case
        if time_out.ends_on > window(case) or case.regisseur_id is None:
            continue
        yield Reminder(
            case.regisseur_id,
            f"route:time_out:{time_out.pk}:ending:{time_out.ends_on.isoformat()}",
            _("Time-out %(ref)s bij %(org)s loopt af op %(end)s.")
            % {
                "ref": case.reference,
                "org": time_out.organisation,
                "end": time_out.ends_on.strftime("%d-%m-%Y"),
            },
            _url(case.pk),
            time_out.ends_on,
        )

    for moment in queries["monitoring"].select_related("case__household__team"):
        case = moment.case
        if moment.due_date > window(case) or case.regisseur_id is None:
            continue
        when = "due" if moment.due_date >= today else "overdue"
        text = (
            _("Monitoring %(ref)s na %(m)s maanden staat gepland op %(due)s.")
            if when == "due"
            else _("Monitoring %(ref)s na %(m)s maanden is te laat (gepland op %(due)s).")
        ) % {"ref": case.reference, "m": moment.months, "due": moment.due_date.strftime("%d-%m-%Y")}
        yield Reminder(
            case.regisseur_id,
            f"route:monitoring:{moment.pk}:{when}",
            text,
            _url(case.pk),
            moment.due_date,
        )

    for goal in queries["goals"]:
        case = goal.plan.case
        if case.regisseur_id is None:
            continue
        yield Reminder(
            case.regisseur_id,
            f"route:goal:{goal.pk}:overdue:{goal.due_date.isoformat()}",
            _("Doel in het plan van %(ref)s is over de datum (%(due)s).")
            % {"ref": case.reference, "due": goal.due_date.strftime("%d-%m-%Y")},
            _url(case.pk),
            goal.due_date,
        )
