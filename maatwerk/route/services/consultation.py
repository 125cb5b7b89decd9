"""The weekly casusoverleg: putting a case on the next agenda, and recording what the
OMO-functionaris and the consulent agreed on it."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.cases import services as cases
from maatwerk.core.working_days import WorkingDays

from ..mandate import settings_for
from ..models import AgendaItem, Consultation, Outcome, Route, Task
from ..workflow import By, Phase, find_move
from .phases import move_route, phase_of

__all__ = [
    "NewTask",
    "can_put_on_agenda",
    "complete_task",
    "consultation_on",
    "next_consultation_date",
    "put_on_agenda",
    "record_outcome",
]

MAX_TASKS = 10


def next_consultation_date(municipality, *, after: datetime.datetime | None = None):
    """The date of the first weekly slot that has not started yet."""
    settings = settings_for(municipality)
    now = timezone.localtime(after or timezone.now())
    days_ahead = (settings.consultation_weekday - now.weekday()) % 7
    date = now.date() + datetime.timedelta(days=days_ahead)
    if days_ahead == 0 and now.time() >= settings.consultation_time:
        date += datetime.timedelta(days=7)
    return date


def consultation_on(municipality, date: datetime.date) -> Consultation:
    settings = settings_for(municipality)
    consultation, _created = Consultation.objects.get_or_create(
        municipality=municipality,
        date=date,
        defaults={"time": settings.consultation_time, "place": settings.consultation_place},
    )
    return consultation


def can_put_on_agenda(case) -> bool:
    """Whether the route table lets this case go on an agenda now (again, when it is
    already on one: for a later week)."""
    phase = phase_of(case)
    return phase == Phase.GEAGENDEERD or find_move(phase, Phase.GEAGENDEERD, By.AGENDA) is not None


def put_on_agenda(user, case, question: str, *, date: datetime.date | None = None) -> AgendaItem:
    """Put the case on the next consultation (or the one on `date`) with a question."""
    if not (question or "").strip():
        raise ValidationError({"question": _("Schrijf op welke vraag u aan het overleg stelt.")})
    if date is not None and date < timezone.localdate():
        raise ValidationError({"date": _("Een casusoverleg in het verleden kan niet meer.")})
    with cases.editing_case(user, case, what=_("Agenda")) as locked:
        # Inside the unit of work: reading the slot may create the municipality's settings,
        # which a refused request must not leave behind.
        municipality = locked.household.team.municipality
        date = date or next_consultation_date(municipality)
        if phase_of(locked) != Phase.GEAGENDEERD:
            move_route(user, locked, Phase.GEAGENDEERD, by=By.AGENDA)
        consultation = consultation_on(municipality, date)
        if AgendaItem.objects.filter(consultation=consultation, case=locked).exists():
            raise ValidationError(
                {"date": _("Deze casus staat al op de agenda van het overleg van die dag.")}
            )
        item = AgendaItem.objects.create(
            consultation=consultation,
            case=locked,
            question=question.strip(),
            added_by=user,
            added_at=timezone.now(),
        )
        _set_decision_due(locked, consultation)
        cases.add_timeline_entry(
            user,
            locked,
            "route_agenda",
            _("Geagendeerd voor het casusoverleg van %(date)s.")
            % {"date": consultation.date.strftime("%d-%m-%Y")},
        )
    return item


def _set_decision_due(case, consultation: Consultation) -> None:
    """Week 1: the decision is due a term of working days after the consultation (week 2 after
    a bezinningsperiode, when the case is on the next week's agenda)."""
    term = settings_for(consultation.municipality).decision_term_working_days
    due = WorkingDays.load().add(consultation.date, term)
    Route.objects.filter(case=case).update(decision_due=due)


@dataclass(frozen=True)
class NewTask:
    description: str
    owner: object  # a user
    due_date: datetime.date


def record_outcome(
    user, item: AgendaItem, outcome: str, notes: str = "", tasks: list[NewTask] = ()
) -> AgendaItem:
    """What the consultation decided on this case. Only the OMO-functionaris records it; a
    bezinningsperiode needs the alternatives to examine (tasks) and puts the case on next
    week's agenda; back to the regular route needs a reason."""
    if user.role != Role.OMO_FUNCTIONARIS:
        raise PermissionDenied(_("Alleen de OMO-functionaris legt de uitkomst vast."))
    if outcome not in Outcome.values:
        raise ValidationError({"outcome": _("Kies een uitkomst.")})
    notes = (notes or "").strip()
    if outcome == Outcome.REGULIER and not notes:
        raise ValidationError(
            {"outcome_notes": _("Geef aan waarom de casus terug gaat naar de reguliere route.")}
        )
    if outcome == Outcome.BEZINNING and not tasks:
        raise ValidationError(
            {"tasks": _("Leg bij een bezinningsperiode vast wat wordt uitgezocht, door wie.")}
        )
    if len(tasks) > MAX_TASKS:
        raise ValidationError({"tasks": _("Hoogstens %(max)s taken.") % {"max": MAX_TASKS}})
    for task in tasks:
        _check_task(item, task)
    with cases.editing_case(user, item.case, what=_("Casusoverleg")) as case:
        locked = AgendaItem.objects.select_for_update().get(pk=item.pk)
        if locked.outcome:
            raise ValidationError(
                {"outcome": _("De uitkomst van dit agendapunt is al vastgelegd.")}
            )
        if phase_of(case) != Phase.GEAGENDEERD:
            raise ValidationError(
                {"outcome": _("De casus staat niet meer geagendeerd: leg geen uitkomst vast.")}
            )
        locked.outcome, locked.outcome_notes = outcome, notes
        locked.outcome_by, locked.outcome_at = user, timezone.now()
        locked.save()
        _carry_out(user, case, locked, tasks)
        label = Outcome(outcome).label
        text = _("Casusoverleg: %(outcome)s.") % {"outcome": label}
        cases.add_timeline_entry(user, case, "route_agenda", f"{text} {notes}".strip())
    return locked


def _check_task(item: AgendaItem, task: NewTask) -> None:
    if not task.description.strip():
        raise ValidationError({"tasks": _("Beschrijf elke taak.")})
    if task.owner is None or not task.owner.has_perm("cases.change_case", item.case):
        raise ValidationError({"tasks": _("De eigenaar van een taak moet aan de casus werken.")})
    if task.due_date < item.consultation.date:
        raise ValidationError(
            {"tasks": _("De uiterste datum van een taak ligt niet vóór het overleg.")}
        )


def _carry_out(user, case, item: AgendaItem, tasks) -> None:
    if item.outcome == Outcome.BESLUIT_NU:
        move_route(user, case, Phase.BESLUITVORMING, by=By.OUTCOME)
    elif item.outcome == Outcome.REGULIER:
        move_route(user, case, Phase.IN_BEHANDELING, by=By.OUTCOME, reason=item.outcome_notes)
    elif item.outcome == Outcome.OPSCHALEN:
        Route.objects.filter(case=case).update(escalated=True)
    elif item.outcome == Outcome.BEZINNING:
        Task.objects.bulk_create(
            Task(
                agenda_item=item,
                description=task.description.strip(),
                owner=task.owner,
                due_date=task.due_date,
            )
            for task in tasks
        )
        next_week = item.consultation.date + datetime.timedelta(days=7)
        consultation = consultation_on(item.consultation.municipality, next_week)
        _set_decision_due(case, consultation)
        try:
            with transaction.atomic():
                AgendaItem.objects.create(
                    consultation=consultation,
                    case=case,
                    question=_("Besluit na de bezinningsperiode. Eerder gevraagd: %(q)s")
                    % {"q": item.question},
                    added_by=user,
                    added_at=timezone.now(),
                )
        except IntegrityError:
            pass  # already on next week's agenda


def complete_task(user, task: Task) -> Task:
    with cases.editing_case(user, task.agenda_item.case, what=_("Taak")):
        locked = Task.objects.select_for_update().get(pk=task.pk)
        if locked.done_at is None:
            locked.done_at = timezone.now()
            locked.save(update_fields=["done_at"])
    return locked
