"""Taking a blockage up the municipality's escalation ladder, one step at a time; the
overlegtafel; and the national escalation with a dossier export that holds only what is needed
and what the household's consent allows."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import Role
from maatwerk.cases import services as cases
from maatwerk.core.working_days import WorkingDays

from ..errors import Conflict
from ..models import (
    Escalation,
    EscalationLadder,
    EscalationStatus,
    EscalationStep,
    ExternalEscalation,
    LadderStep,
    NationalBody,
    RoundTable,
    Route,
)
from .dossier_export import build_export
from .phases import phase_of

__all__ = [
    "DEFAULT_LADDERS",
    "answer_step",
    "current_step",
    "escalate_externally",
    "hold_round_table",
    "ladders_for",
    "name_the_authority",
    "record_external_answer",
    "record_round_table_outcome",
    "start_escalation",
    "step_refusal",
]

# (name, life domain, [(who, role in Maatwerk or "", term in working days)]); no steps means
# "bevoegde onbekend". Beheer adapts these per municipality.
DEFAULT_LADDERS = (
    (
        "Wonen",
        "wonen",
        [
            ("Teamleider", Role.TEAMLEIDER, 2),
            ("Contactpersoon woningcorporatie", "", 5),
            ("Wethouder wonen", "", 10),
        ],
    ),
    (
        "Inkomen",
        "inkomen",
        [
            ("Teamleider", Role.TEAMLEIDER, 2),
            ("Afdeling Werk & Inkomen", "", 5),
            ("Portefeuillehouder sociaal domein", "", 10),
        ],
    ),
    (
        "Schulden",
        "financien_schulden",
        [
            ("Teamleider", Role.TEAMLEIDER, 2),
            ("Schuldhulpverlening / kredietbank", "", 5),
            ("OMO-functionaris", Role.OMO_FUNCTIONARIS, 5),
        ],
    ),
    (
        "Zorg en jeugd",
        "jeugd_opvoeding",
        [
            ("Teamleider", Role.TEAMLEIDER, 2),
            ("OMO-functionaris", Role.OMO_FUNCTIONARIS, 5),
            ("Portefeuillehouder zorg en jeugd", "", 10),
        ],
    ),
    ("PGB en onderwijs", "onderwijs", []),
)

MAX_TEXT = 5000


def ladders_for(municipality) -> QuerySet:
    """The municipality's ladders; a municipality without any gets the defaults above."""
    ladders = EscalationLadder.objects.filter(municipality=municipality)
    if not ladders.exists():
        with transaction.atomic():
            for name, domain, steps in DEFAULT_LADDERS:
                ladder, created = EscalationLadder.objects.get_or_create(
                    municipality=municipality,
                    name=name,
                    defaults={"domain": domain, "authority_unknown": not steps},
                )
                if created:
                    LadderStep.objects.bulk_create(
                        LadderStep(
                            ladder=ladder, number=n, title=t, holder_role=r, term_working_days=d
                        )
                        for n, (t, r, d) in enumerate(steps, start=1)
                    )
    return ladders.prefetch_related("steps").order_by("name")


def _text(value: str, field: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError({field: message})
    if len(value) > MAX_TEXT:
        raise ValidationError({field: _("Hoogstens %(max)s tekens.") % {"max": MAX_TEXT}})
    return value


def _ask(escalation: Escalation, ladder_step: LadderStep, calendar: WorkingDays) -> EscalationStep:
    now = timezone.now()
    return EscalationStep.objects.create(
        escalation=escalation,
        number=ladder_step.number,
        title=ladder_step.title,
        holder_role=ladder_step.holder_role,
        asked_at=now,
        due_date=calendar.add(timezone.localtime(now).date(), ladder_step.term_working_days),
    )


def _mark_escalated(case) -> None:
    still_open = Escalation.objects.filter(
        case=case, status__in=[EscalationStatus.OPEN, EscalationStatus.BEVOEGDE_ONBEKEND]
    ).exists()
    route, _created = Route.objects.get_or_create(case=case, defaults={"phase": phase_of(case)})
    if route.escalated != still_open:
        route.escalated = still_open
        route.save(update_fields=["escalated", "updated_at"])


def start_escalation(user, case, *, ladder: EscalationLadder, question: str, blockage=None):
    """Take the case (a blockage of it) to the first step of `ladder`."""
    question = _text(question, "question", _("Schrijf op wat er nodig is van wie beslist."))
    if ladder is None:
        raise ValidationError({"ladder": _("Kies de escalatieladder voor dit soort knelpunt.")})
    if ladder.municipality_id != case.household.team.municipality_id:
        raise ValidationError({"ladder": _("Deze ladder hoort bij een andere gemeente.")})
    if blockage is not None and blockage.case_id != case.pk:
        raise ValidationError({"blockage": _("Dit knelpunt hoort niet bij deze casus.")})
    with cases.editing_case(user, case, what=_("Escalatie")) as locked:
        if locked.status != "in_behandeling":
            raise ValidationError(_("Escaleer alleen een casus die in behandeling is."))
        open_ones = Escalation.objects.filter(
            case=locked,
            status__in=[EscalationStatus.OPEN, EscalationStatus.BEVOEGDE_ONBEKEND],
        )
        if blockage is not None and open_ones.filter(blockage=blockage).exists():
            raise Conflict(_("Dit knelpunt is al opgeschaald; volg de lopende escalatie."))
        steps = list(ladder.steps.order_by("number"))
        escalation = Escalation.objects.create(
            case=locked,
            ladder=ladder,
            blockage=blockage,
            question=question,
            status=EscalationStatus.OPEN if steps else EscalationStatus.BEVOEGDE_ONBEKEND,
            started_by=user,
            started_at=timezone.now(),
        )
        if steps:
            first = _ask(escalation, steps[0], WorkingDays.load())
            text = _(
                "Opgeschaald langs de ladder %(ladder)s: stap 1, %(who)s "
                "(antwoord uiterlijk %(due)s)."
            ) % {
                "ladder": ladder.name,
                "who": first.title,
                "due": first.due_date.strftime("%d-%m-%Y"),
            }
        else:
            text = _(
                "Opgeschaald (%(ladder)s): bevoegde onbekend; de OMO-functionaris zoekt uit "
                "wie beslist."
            ) % {"ladder": ladder.name}
        _mark_escalated(locked)
        cases.add_timeline_entry(user, locked, "route_escalation", text)
    return escalation


def current_step(escalation: Escalation) -> EscalationStep | None:
    return escalation.steps.filter(answered_at__isnull=True).order_by("number").first()


def step_refusal(user, step: EscalationStep, case) -> str | None:
    """Why `user` may not record the answer of this step (None: they may)."""
    if step.holder_role:
        if user.role != step.holder_role:
            return _("Deze stap ligt bij de %(role)s: alleen die beantwoordt hem.") % {
                "role": Role(step.holder_role).label.lower()
            }
        if step.holder_role == Role.TEAMLEIDER and user.team_id != case.household.team_id:
            return _("Deze stap ligt bij de teamleider van het team van de casus.")
        if user.municipality_id and user.municipality_id != case.household.team.municipality_id:
            return _("Deze stap ligt bij een andere gemeente.")
        return None
    if not user.has_perm("cases.change_case", case):
        return _("Alleen wie aan de casus werkt, legt het antwoord van een partner vast.")
    return None


def answer_step(
    user,
    escalation: Escalation,
    *,
    number: int,
    solved: bool,
    answer: str,
    answered_by_name: str = "",
) -> EscalationStep:
    """The answer at the current step. `number` must be that step: a later step cannot be
    answered (or skipped to) before this one. Not solved moves the escalation one step up."""
    answer = _text(answer, "answer", _("Schrijf het antwoord op."))
    answered_by_name = (answered_by_name or "").strip()[:150]
    with cases.editing_case(user, escalation.case, what=_("Escalatie")) as case:
        locked = (
            Escalation.objects.select_for_update().select_related("ladder").get(pk=escalation.pk)
        )
        if locked.status != EscalationStatus.OPEN:
            raise Conflict(_("Deze escalatie loopt niet meer."))
        step = current_step(locked)
        if step is None or step.number != number:
            raise Conflict(
                _("Beantwoord eerst stap %(n)s; een stap overslaan kan niet.") % {"n": step.number}
                if step
                else _("Deze escalatie heeft geen open stap.")
            )
        refusal = step_refusal(user, step, case)
        if refusal:
            raise PermissionDenied(refusal)
        if not step.holder_role and not answered_by_name:
            raise ValidationError(
                {"answered_by_name": _("Noem wie namens %(who)s antwoordde.") % {"who": step.title}}
            )
        step.answer, step.answered_by, step.answered_at = answer, user, timezone.now()
        step.answered_by_name = answered_by_name or user.get_full_name() or user.username
        step.result = EscalationStep.Result.OPGELOST if solved else EscalationStep.Result.VOLGENDE
        step.save()
        where = {"n": step.number, "who": step.title}
        if solved:
            locked.status, locked.closed_at = EscalationStatus.OPGELOST, timezone.now()
            text = _("Escalatie stap %(n)s (%(who)s): opgelost.") % where
        else:
            following = (
                locked.ladder.steps.filter(number__gt=step.number).order_by("number").first()
            )
            if following is None:
                locked.status, locked.closed_at = EscalationStatus.LADDER_OP, timezone.now()
                text = (
                    _(
                        "Escalatie stap %(n)s (%(who)s): niet opgelost; de ladder is doorlopen. "
                        "Overweeg het Landelijk Maatwerkloket of het LET."
                    )
                    % where
                )
            else:
                nxt = _ask(locked, following, WorkingDays.load())
                text = _(
                    "Escalatie stap %(n)s (%(who)s): niet opgelost; door naar stap %(next)s, "
                    "%(next_who)s (antwoord uiterlijk %(due)s)."
                ) % {
                    **where,
                    "next": nxt.number,
                    "next_who": nxt.title,
                    "due": nxt.due_date.strftime("%d-%m-%Y"),
                }
        locked.save()
        _mark_escalated(case)
        cases.add_timeline_entry(user, case, "route_escalation", text)
    return step


def name_the_authority(user, escalation: Escalation, *, ladder: EscalationLadder) -> Escalation:
    """For "bevoegde onbekend": the OMO-functionaris found who decides — the escalation goes on
    along that ladder."""
    if user.role != Role.OMO_FUNCTIONARIS:
        raise PermissionDenied(_("Alleen de OMO-functionaris zoekt uit wie bevoegd is."))
    if ladder is None or not ladder.steps.exists():
        raise ValidationError({"ladder": _("Kies een ladder met een bekende bevoegde.")})
    with cases.editing_case(user, escalation.case, what=_("Escalatie")) as case:
        locked = Escalation.objects.select_for_update().get(pk=escalation.pk)
        if locked.status != EscalationStatus.BEVOEGDE_ONBEKEND:
            raise Conflict(_("Voor deze escalatie is de bevoegde al bekend."))
        if ladder.municipality_id != case.household.team.municipality_id:
            raise ValidationError({"ladder": _("Deze ladder hoort bij een andere gemeente.")})
        locked.ladder, locked.status = ladder, EscalationStatus.OPEN
        locked.save()
        first = _ask(locked, ladder.steps.order_by("number").first(), WorkingDays.load())
        cases.add_timeline_entry(
            user,
            case,
            "route_escalation",
            _("Bevoegde gevonden: verder langs de ladder %(ladder)s, stap 1, %(who)s.")
            % {"ladder": ladder.name, "who": first.title},
        )
    return locked


def hold_round_table(
    user,
    case,
    *,
    held_on: datetime.date,
    parties: str,
    outcome: str = "",
    escalation: Escalation | None = None,
) -> RoundTable:
    parties = _text(parties, "parties", _("Noem de partijen aan tafel."))
    if held_on is None:
        raise ValidationError({"held_on": _("Vul de datum van de overlegtafel in.")})
    if escalation is not None and escalation.case_id != case.pk:
        raise ValidationError({"escalation": _("Deze escalatie hoort niet bij deze casus.")})
    outcome = (outcome or "").strip()[:MAX_TEXT]
    if held_on > timezone.localdate() and outcome:
        raise ValidationError(
            {"outcome": _("Een overlegtafel in de toekomst heeft nog geen uitkomst.")}
        )
    with cases.editing_case(user, case, what=_("Overlegtafel")) as locked:
        table = RoundTable.objects.create(
            case=locked,
            escalation=escalation,
            held_on=held_on,
            parties=parties,
            outcome=outcome,
            recorded_by=user,
            recorded_at=timezone.now(),
        )
        cases.add_timeline_entry(
            user,
            locked,
            "route_escalation",
            _("Overlegtafel op %(date)s met %(parties)s.")
            % {"date": held_on.strftime("%d-%m-%Y"), "parties": parties},
        )
    return table


def record_round_table_outcome(user, table: RoundTable, outcome: str) -> RoundTable:
    outcome = _text(outcome, "outcome", _("Schrijf op wat de overlegtafel opleverde."))
    with cases.editing_case(user, table.case, what=_("Overlegtafel")):
        locked = RoundTable.objects.select_for_update().get(pk=table.pk)
        if locked.outcome:
            raise Conflict(_("De uitkomst van deze overlegtafel is al vastgelegd."))
        if locked.held_on > timezone.localdate():
            raise ValidationError({"outcome": _("Deze overlegtafel is nog niet geweest.")})
        locked.outcome = outcome
        locked.save(update_fields=["outcome"])
    return locked


def escalate_externally(user, case, *, body: str, question: str) -> ExternalEscalation:
    """Send the case to a national body. The export holds personal data only when the household
    gave consent; otherwise only what cannot identify them."""
    if body not in NationalBody.values:
        raise ValidationError({"body": _("Kies het Landelijk Maatwerkloket of het LET.")})
    question = _text(question, "question", _("Schrijf op wat u van hen vraagt."))
    if user.role not in (Role.OMO_FUNCTIONARIS, Role.TEAMLEIDER):
        raise PermissionDenied(_("Landelijk escaleren doet de OMO-functionaris of de teamleider."))
    with cases.editing_case(user, case, what=_("Landelijke escalatie")) as locked:
        with_personal = locked.consent == "gegeven"
        sent_at = timezone.now()
        export = build_export(
            locked, body=body, question=question, sent_at=sent_at, personal=with_personal
        )
        external = ExternalEscalation.objects.create(
            case=locked,
            body=body,
            question=question,
            with_personal_data=with_personal,
            export=export,
            sent_by=user,
            sent_at=sent_at,
        )
        _mark_escalated_externally(locked)
        cases.add_timeline_entry(
            user,
            locked,
            "route_escalation",
            _("Landelijk opgeschaald naar %(body)s (%(data)s).")
            % {
                "body": NationalBody(body).label,
                "data": _("met persoonsgegevens, toestemming gegeven")
                if with_personal
                else _("zonder persoonsgegevens: geen toestemming"),
            },
        )
    return external


def _mark_escalated_externally(case) -> None:
    route, _created = Route.objects.get_or_create(case=case, defaults={"phase": phase_of(case)})
    if not route.escalated:
        route.escalated = True
        route.save(update_fields=["escalated", "updated_at"])


def record_external_answer(
    user, external: ExternalEscalation, *, answer: str, their_reference: str = ""
) -> ExternalEscalation:
    answer = _text(answer, "answer", _("Schrijf het antwoord op."))
    with cases.editing_case(user, external.case, what=_("Landelijke escalatie")) as case:
        locked = ExternalEscalation.objects.select_for_update().get(pk=external.pk)
        if locked.answered_at is not None:
            raise Conflict(_("Het antwoord op deze escalatie is al vastgelegd."))
        locked.answer, locked.their_reference = answer, (their_reference or "").strip()[:60]
        locked.answered_at, locked.answer_recorded_by = timezone.now(), user
        locked.save()
        cases.add_timeline_entry(
            user,
            case,
            "route_escalation",
            _("Antwoord van %(body)s vastgelegd.") % {"body": locked.get_body_display()},
        )
    return locked
