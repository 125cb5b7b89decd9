"""After the decision: the time-out, the plan (1Gezin1Plan), carrying out the solution, the
monitoring moments and the evaluation that closes the route."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.cases import services as cases
from maatwerk.cases.domains import LifeDomain
from maatwerk.core.working_days import WorkingDays

from ..errors import Conflict
from ..mandate import settings_for
from ..models import (
    APPROVING,
    Change,
    DomainResult,
    Evaluation,
    Goal,
    GoalStatus,
    HouseholdCommitment,
    MonitoringMoment,
    Plan,
    Proposal,
    TimeOut,
    YesNoUnknown,
)
from ..models.config import parse_monitoring_months
from ..workflow import By, Phase
from .phases import move_route, phase_of
from .proposals import current_decision

__all__ = [
    "MonitoringAnswer",
    "NewGoal",
    "add_goal",
    "answer_moment",
    "approving_decision",
    "carry_out",
    "end_time_out",
    "evaluate_and_close",
    "make_plan",
    "register_time_out",
    "set_goal_status",
]

MAX_TEXT = 5000
MAX_GOALS = 20


def _required(value: str, field: str, message: str, max_length: int = MAX_TEXT) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({field: message})
    if len(value) > max_length:
        raise ValidationError({field: _("Hoogstens %(max)s tekens.") % {"max": max_length}})
    return value


# --- Time-out -----------------------------------------------------------------------------


def register_time_out(
    user,
    case,
    *,
    organisation: str,
    subject: str,
    starts_on: datetime.date | None,
    ends_on: datetime.date | None,
    reason: str,
    agreed_with: str,
) -> TimeOut:
    """Record that an organisation suspends a decision or a collection for a while."""
    errors = {}
    fields = {}
    for field, value, message, length in (
        ("organisation", organisation, _("Noem de organisatie."), 150),
        ("subject", subject, _("Noem het besluit of de vordering die wordt opgeschort."), 300),
        ("reason", reason, _("Geef de reden van de time-out."), MAX_TEXT),
        ("agreed_with", agreed_with, _("Noem met wie de time-out is afgesproken."), 150),
    ):
        try:
            fields[field] = _required(value, field, message, length)
        except ValidationError as error:
            errors.update(error.message_dict)
    if starts_on is None:
        errors["starts_on"] = [_("Vul de ingangsdatum in.")]
    if ends_on is None:
        errors["ends_on"] = [_("Vul de einddatum in.")]
    elif starts_on is not None and ends_on < starts_on:
        errors["ends_on"] = [_("Een time-out kan niet eindigen voordat hij begint.")]
    if errors:
        raise ValidationError(errors)
    with cases.editing_case(user, case, what=_("Time-out")) as locked:
        time_out = TimeOut.objects.create(
            case=locked,
            starts_on=starts_on,
            ends_on=ends_on,
            registered_by=user,
            registered_at=timezone.now(),
            **fields,
        )
        cases.add_timeline_entry(
            user,
            locked,
            "route_aftercare",
            _("Time-out: %(org)s schort %(subject)s op van %(start)s tot en met %(end)s.")
            % {
                "org": time_out.organisation,
                "subject": time_out.subject,
                "start": starts_on.strftime("%d-%m-%Y"),
                "end": ends_on.strftime("%d-%m-%Y"),
            },
        )
    return time_out


def end_time_out(user, time_out: TimeOut, *, on: datetime.date | None = None) -> TimeOut:
    on = on or timezone.localdate()
    with cases.editing_case(user, time_out.case, what=_("Time-out")) as case:
        locked = TimeOut.objects.select_for_update().get(pk=time_out.pk)
        if locked.ended_early_on is not None or locked.ends_on < on:
            raise Conflict(_("Deze time-out is al afgelopen."))
        if on < locked.starts_on:
            raise ValidationError({"on": _("Een time-out eindigt niet voordat hij begint.")})
        locked.ended_early_on = on
        locked.save(update_fields=["ended_early_on"])
        cases.add_timeline_entry(
            user,
            case,
            "route_aftercare",
            _("Time-out bij %(org)s beëindigd op %(date)s.")
            % {"org": locked.organisation, "date": on.strftime("%d-%m-%Y")},
        )
    return locked


# --- Plan ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewGoal:
    description: str
    owner: str
    due_date: datetime.date | None


def approving_decision(case):
    """The approving decision in force on the case's latest decided proposal, if any."""
    for proposal in Proposal.objects.filter(case=case).order_by("-proposed_at", "-pk"):
        decision = current_decision(proposal)
        if decision is not None:
            return decision if decision.outcome in APPROVING else None
    return None


def _check_goal(goal: NewGoal, index: int | None = None) -> dict:
    where = "" if index is None else _("Doel %(n)s: ") % {"n": index}
    errors = []
    if not (goal.description or "").strip():
        errors.append(where + _("beschrijf het doel."))
    elif len(goal.description.strip()) > 300:
        errors.append(where + _("hoogstens 300 tekens."))
    if not (goal.owner or "").strip():
        errors.append(where + _("noem wie het doel oppakt."))
    if goal.due_date is None:
        errors.append(where + _("vul een uiterste datum in."))
    return {"goals": errors} if errors else {}


def make_plan(
    user, case, *, summary: str, goals: list[NewGoal], commitments: list[str] = ()
) -> Plan:
    """The one plan for the household, under the approving decision in force."""
    summary = _required(
        summary, "summary", _("Schrijf op wat u samen met het huishouden gaat doen.")
    )
    if not goals:
        raise ValidationError({"goals": _("Een plan heeft minstens één doel.")})
    if len(goals) > MAX_GOALS:
        raise ValidationError({"goals": _("Hoogstens %(max)s doelen.") % {"max": MAX_GOALS}})
    errors: dict[str, list] = {}
    for index, goal in enumerate(goals, start=1):
        for field, messages in _check_goal(goal, index).items():
            errors.setdefault(field, []).extend(messages)
    if errors:
        raise ValidationError(errors)
    commitments = [c.strip()[:300] for c in commitments if (c or "").strip()]
    with cases.editing_case(user, case, what=_("Plan")) as locked:
        if phase_of(locked) != Phase.UITVOERING:
            raise ValidationError(_("Een plan volgt op een goedgekeurd besluit (fase uitvoering)."))
        decision = approving_decision(locked)
        if decision is None:
            raise ValidationError(_("Er is geen goedgekeurd besluit waar dit plan onder valt."))
        if Plan.objects.filter(case=locked).exists():
            raise Conflict(_("Deze casus heeft al een plan: voeg daar doelen aan toe."))
        plan = Plan.objects.create(
            case=locked,
            decision=decision,
            summary=summary,
            created_by=user,
            created_at=timezone.now(),
        )
        Goal.objects.bulk_create(
            Goal(
                plan=plan,
                description=g.description.strip(),
                owner=g.owner.strip()[:150],
                due_date=g.due_date,
            )
            for g in goals
        )
        HouseholdCommitment.objects.bulk_create(
            HouseholdCommitment(plan=plan, description=c) for c in commitments
        )
        cases.add_timeline_entry(
            user,
            locked,
            "route_aftercare",
            _("Plan opgesteld met %(n)s doelen.") % {"n": len(goals)},
        )
    return plan


def add_goal(user, plan: Plan, goal: NewGoal) -> Goal:
    errors = _check_goal(goal)
    if errors:
        raise ValidationError(errors)
    with cases.editing_case(user, plan.case, what=_("Plan")) as case:
        if plan.carried_out_at is not None and phase_of(case) != Phase.MONITORING:
            raise ValidationError(_("Dit plan is afgerond."))
        if plan.goals.count() >= MAX_GOALS:
            raise ValidationError({"goals": _("Hoogstens %(max)s doelen.") % {"max": MAX_GOALS}})
        created = Goal.objects.create(
            plan=plan,
            description=goal.description.strip(),
            owner=goal.owner.strip()[:150],
            due_date=goal.due_date,
        )
        cases.add_timeline_entry(
            user, case, "route_aftercare", _("Doel toegevoegd: %(d)s") % {"d": created.description}
        )
    return created


def set_goal_status(user, goal: Goal, status: str) -> Goal:
    if status not in GoalStatus.values:
        raise ValidationError({"status": _("Kies een stand.")})
    with cases.editing_case(user, goal.plan.case, what=_("Plan")) as case:
        locked = Goal.objects.select_for_update().get(pk=goal.pk)
        if locked.status != status:
            locked.status = status
            locked.save(update_fields=["status"])
            cases.add_timeline_entry(
                user,
                case,
                "route_aftercare",
                _("Doel ‘%(d)s’: %(s)s.")
                % {"d": locked.description, "s": locked.get_status_display()},
            )
    return locked


def carry_out(user, plan: Plan, *, on: datetime.date | None = None) -> list[MonitoringMoment]:
    """The solution is carried out: the case goes to monitoring, with its follow-up moments
    at the municipality's intervals (a moment on a day off moves to the next working day)."""
    on = on or timezone.localdate()
    if on > timezone.localdate():
        raise ValidationError({"on": _("Een oplossing is niet in de toekomst uitgevoerd.")})
    with cases.editing_case(user, plan.case, what=_("Plan")) as case:
        locked = Plan.objects.select_for_update().get(pk=plan.pk)
        if locked.carried_out_at is not None:
            raise Conflict(_("Deze oplossing is al als uitgevoerd gemeld."))
        if on < timezone.localtime(locked.created_at).date():
            raise ValidationError(
                {"on": _("De oplossing is niet uitgevoerd voordat het plan er was.")}
            )
        locked.carried_out_at, locked.carried_out_by = timezone.now(), user
        locked.save(update_fields=["carried_out_at", "carried_out_by"])
        move_route(user, case, Phase.MONITORING, by=By.PLAN)
        months = parse_monitoring_months(
            settings_for(case.household.team.municipality).monitoring_months
        )
        calendar = WorkingDays.load()
        moments = MonitoringMoment.objects.bulk_create(
            MonitoringMoment(
                case=case,
                number=number,
                months=m,
                due_date=calendar.next_working_day(on + relativedelta(months=m)),
            )
            for number, m in enumerate(months, start=1)
        )
        cases.add_timeline_entry(
            user,
            case,
            "route_aftercare",
            _("Oplossing uitgevoerd; monitoring op %(dates)s.")
            % {"dates": ", ".join(m.due_date.strftime("%d-%m-%Y") for m in moments)},
        )
    return moments


# --- Monitoring and evaluation --------------------------------------------------------------


@dataclass(frozen=True)
class MonitoringAnswer:
    domain_results: dict[str, str]
    household_judgement: str
    regular_care_reduced: str = YesNoUnknown.ONBEKEND
    debts: str = ""
    housing_stable: str = YesNoUnknown.ONBEKEND
    costs_avoided: Decimal | None = None
    notes: str = ""


def _check_answer(answer: MonitoringAnswer) -> None:
    errors = {}
    if not (answer.household_judgement or "").strip():
        errors["household_judgement"] = _(
            "Leg het oordeel van het huishouden zelf vast: monitoring gaat met hen, niet over hen."
        )
    if not answer.domain_results:
        errors["domain_results"] = _(
            "Geef per leefgebied aan of de situatie beter, gelijk of slechter is."
        )
    for domain, change in answer.domain_results.items():
        if domain not in LifeDomain.values or change not in Change.values:
            errors["domain_results"] = _("Onbekend leefgebied of onbekende uitkomst.")
    if answer.regular_care_reduced not in YesNoUnknown.values:
        errors["regular_care_reduced"] = _("Kies ja, nee of onbekend.")
    if answer.housing_stable not in YesNoUnknown.values:
        errors["housing_stable"] = _("Kies ja, nee of onbekend.")
    if answer.debts and answer.debts not in Change.values:
        errors["debts"] = _("Kies beter, gelijk of slechter.")
    if answer.costs_avoided is not None and answer.costs_avoided < 0:
        errors["costs_avoided"] = _("Vermeden kosten zijn niet negatief.")
    if errors:
        raise ValidationError(errors)


def answer_moment(user, moment: MonitoringMoment, answer: MonitoringAnswer) -> MonitoringMoment:
    """Record how the household is doing at this follow-up moment. Moments are answered in
    order, from a working-day window before they are due."""
    _check_answer(answer)
    with cases.editing_case(user, moment.case, what=_("Monitoring")) as case:
        locked = MonitoringMoment.objects.select_for_update().get(pk=moment.pk)
        if locked.answered_at is not None:
            raise Conflict(_("Dit monitoringsmoment is al beantwoord."))
        if phase_of(case) != Phase.MONITORING:
            raise ValidationError(_("De casus is niet in de fase monitoring."))
        earlier = MonitoringMoment.objects.filter(
            case=case, number__lt=locked.number, answered_at__isnull=True
        )
        if earlier.exists():
            raise ValidationError(_("Beantwoord eerst het eerdere monitoringsmoment."))
        window = settings_for(case.household.team.municipality).reminder_working_days
        opens = WorkingDays.load().subtract(locked.due_date, window)
        if timezone.localdate() < opens:
            raise ValidationError(
                _("Dit moment staat gepland op %(due)s; beantwoorden kan vanaf %(opens)s.")
                % {"due": locked.due_date.strftime("%d-%m-%Y"), "opens": opens.strftime("%d-%m-%Y")}
            )
        locked.household_judgement = answer.household_judgement.strip()[:MAX_TEXT]
        locked.regular_care_reduced = answer.regular_care_reduced
        locked.debts = answer.debts
        locked.housing_stable = answer.housing_stable
        locked.costs_avoided = answer.costs_avoided
        locked.notes = (answer.notes or "").strip()[:MAX_TEXT]
        locked.answered_at, locked.answered_by = timezone.now(), user
        locked.save()
        DomainResult.objects.bulk_create(
            DomainResult(moment=locked, domain=domain, change=change)
            for domain, change in sorted(answer.domain_results.items())
        )
        cases.add_timeline_entry(
            user,
            case,
            "route_aftercare",
            _("Monitoring na %(m)s maanden vastgelegd.") % {"m": locked.months},
        )
    return locked


def evaluate_and_close(user, case, *, embedded: bool | None, lessons: str) -> Evaluation:
    """The evaluation after the last monitoring moment: it closes the route and the file."""
    lessons = _required(lessons, "lessons", _("Schrijf de geleerde lessen op."))
    if embedded is None:
        raise ValidationError(
            {"embedded": _("Geef aan of de oplossing in de reguliere processen is geborgd.")}
        )
    with cases.editing_case(user, case, what=_("Evaluatie")) as locked:
        if phase_of(locked) != Phase.MONITORING:
            raise ValidationError(_("Evalueren en afsluiten kan in de fase monitoring."))
        moments = MonitoringMoment.objects.filter(case=locked)
        if not moments.exists() or moments.filter(answered_at__isnull=True).exists():
            raise Conflict(_("Sluit pas af na het laatste monitoringsmoment."))
        if Evaluation.objects.filter(case=locked).exists():
            raise Conflict(_("Deze casus is al geëvalueerd."))
        evaluation = Evaluation.objects.create(
            case=locked,
            embedded=embedded,
            lessons=lessons,
            evaluated_by=user,
            evaluated_at=timezone.now(),
        )
        move_route(user, locked, Phase.AFGESLOTEN, by=By.EVALUATION, reason=lessons[:500])
        reason = _("Geëvalueerd; %(embedded)s.") % {
            "embedded": _("geborgd in de reguliere processen") if embedded else _("niet geborgd")
        }
        cases.transition_case(user, locked, "afgesloten", reason)
    return evaluation
