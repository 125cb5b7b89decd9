"""What other apps, views, API views and commands may do with case files. Each function checks
permission, works in one transaction, records the change history under the acting user and
adds a line to the case timeline."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from auditlog.context import set_actor
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.models import Team
from maatwerk.accounts.roles import Role, Scope, capabilities_of
from maatwerk.audit.services import case_change_history

from .access import get_case_for, visible_cases, visible_households
from .models import Case, CaseStatusChange, Household, ReferenceCounter, TimelineEntry
from .workflow import CaseStatus, find_transition, transitions_from

__all__ = [
    "Eligibility",
    "add_note",
    "allowed_transitions",
    "create_case",
    "create_household",
    "editing_case",
    "editing_household",
    "eligibility",
    "get_case_for",
    "transition_case",
    "visible_cases",
    "visible_households",
]


def _require_edit(user, record) -> None:
    if not user.has_perm("cases.change_case", record):
        raise PermissionDenied(_("U mag dit dossier niet wijzigen."))


def _timeline(case: Case, user, kind: str, text: str) -> None:
    TimelineEntry.objects.create(case=case, kind=kind, text=text, actor=user, at=timezone.now())


def team_for_new_household(user, requested: Team | None) -> Team:
    """Team-bound roles register for their own team, whatever was asked; roles that work across
    teams must choose one."""
    caps = capabilities_of(user)
    if not caps.edit_cases:
        raise PermissionDenied(_("U mag geen huishoudens registreren."))
    if caps.case_scope is Scope.OWN_TEAM:
        if user.team is None:
            raise PermissionDenied(_("U bent niet aan een team gekoppeld."))
        return user.team
    if requested is None:
        raise ValidationError({"team": _("Kies het team dat verantwoordelijk is.")})
    return requested


@transaction.atomic
def create_household(user, *, team: Team | None = None, **fields) -> Household:
    household = Household(team=team_for_new_household(user, team), **fields)
    household.full_clean()
    with set_actor(user):
        household.save()
    return household


@contextmanager
def editing_household(user, household: Household) -> Iterator[Household]:
    """Change a household and its members as one unit of work."""
    _require_edit(user, household)
    with transaction.atomic(), set_actor(user):
        yield Household.objects.select_for_update().get(pk=household.pk)


def _next_reference() -> str:
    year = timezone.localdate().year
    counter, _created = ReferenceCounter.objects.select_for_update().get_or_create(year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"MW-{year}-{counter.last_number:05d}"


def _check_regisseur(case: Case) -> None:
    regisseur = case.regisseur
    if regisseur.role not in (Role.CONSULENT, Role.TEAMLEIDER, Role.OMO_FUNCTIONARIS):
        raise ValidationError({"regisseur": _("De regisseur moet een consulent zijn.")})
    if regisseur.role != Role.OMO_FUNCTIONARIS and regisseur.team_id != case.household.team_id:
        raise ValidationError(
            {"regisseur": _("De regisseur moet in het team van het huishouden werken.")}
        )


def _keep_named_on_confidential(case: Case, *users) -> None:
    """Whoever marks a case confidential, and its regisseur, stay able to open it."""
    if case.confidential:
        case.confidential_users.add(*users, case.regisseur)


@transaction.atomic
def create_case(user, *, household: Household, **fields) -> Case:
    """Register a signal for a household. The case starts as `aangemeld`."""
    _require_edit(user, household)
    fields.setdefault("regisseur", user)
    confidential_users = fields.pop("confidential_users", [])
    case = Case(household=household, created_by=user, status=CaseStatus.AANGEMELD, **fields)
    case.full_clean(exclude=["reference"])
    _check_regisseur(case)
    case.reference = _next_reference()
    with set_actor(user):
        case.save()
        case.confidential_users.set(confidential_users)
        _keep_named_on_confidential(case, user)
    now = timezone.now()
    CaseStatusChange.objects.create(
        case=case,
        source="",
        target=CaseStatus.AANGEMELD,
        reason=_("Signaal geregistreerd"),
        changed_by=user,
        changed_at=now,
    )
    _timeline(
        case,
        user,
        TimelineEntry.Kind.CREATED,
        _("Casus aangemeld (bron: %(source)s).") % {"source": case.get_signal_source_display()},
    )
    return case


@contextmanager
def editing_case(user, case: Case, what: str) -> Iterator[Case]:
    """Change a case file as one unit of work: the case row is locked, every change lands in
    the history under `user`, and the timeline says what was changed. Anything raised inside
    rolls the whole change back."""
    _require_edit(user, case)
    with transaction.atomic(), set_actor(user):
        locked = Case.objects.select_for_update().select_related("household").get(pk=case.pk)
        history_before = LogEntry.objects.aggregate(last=Max("pk"))["last"] or 0
        yield locked
        locked.refresh_from_db()  # forms may have saved their own copy of the case
        _check_regisseur(locked)
        _keep_named_on_confidential(locked, user)
        # The change history only grows when a value really changed; a save that changed
        # nothing ("opslaan" without edits, an empty PATCH) leaves the timeline alone.
        if case_change_history(locked).filter(pk__gt=history_before).exists():
            _timeline(
                locked,
                user,
                TimelineEntry.Kind.UPDATED,
                _("%(what)s bijgewerkt.") % {"what": what},
            )


def allowed_transitions(user, case: Case) -> list:
    if not user.has_perm("cases.change_case", case):
        return []
    return transitions_from(case.status, user.role)


def transition_case(user, case: Case, target: str, reason: str) -> Case:
    """Move a case to another status, if the transition table allows it for this user."""
    _require_edit(user, case)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Geef een reden voor deze statuswijziging.")})
    with transaction.atomic(), set_actor(user):
        locked = Case.objects.select_for_update().get(pk=case.pk)
        transition = find_transition(locked.status, target)
        if transition is None:
            raise ValidationError(
                {
                    "target": _("Een casus met status ‘%(source)s’ kan niet naar ‘%(target)s’.")
                    % {
                        "source": locked.get_status_display(),
                        "target": CaseStatus(target).label
                        if target in CaseStatus.values
                        else target,
                    }
                }
            )
        if user.role not in transition.roles:
            raise PermissionDenied(_("Uw rol mag deze statuswijziging niet uitvoeren."))
        if target == CaseStatus.IN_BEHANDELING and not (
            eligibility(locked).met or locked.eligibility_reason.strip()
        ):
            raise ValidationError(
                {
                    "target": _(
                        "Deze casus voldoet niet aan de toetsingscriteria. Leg eerst vast "
                        "waarom ze toch via de maatwerkroute wordt behandeld."
                    )
                }
            )
        source = locked.status
        locked.status = target
        locked.save(update_fields=["status", "updated_at"])
        CaseStatusChange.objects.create(
            case=locked,
            source=source,
            target=target,
            reason=reason.strip(),
            changed_by=user,
            changed_at=timezone.now(),
        )
        _timeline(
            locked,
            user,
            TimelineEntry.Kind.STATUS,
            _("Status: %(source)s → %(target)s. Reden: %(reason)s")
            % {
                "source": CaseStatus(source).label,
                "target": CaseStatus(target).label,
                "reason": reason.strip(),
            },
        )
    return locked


@transaction.atomic
def add_note(user, case: Case, text: str) -> TimelineEntry:
    _require_edit(user, case)
    if not (text or "").strip():
        raise ValidationError({"text": _("Een notitie mag niet leeg zijn.")})
    entry = TimelineEntry(
        case=case, kind=TimelineEntry.Kind.NOTE, text=text.strip(), actor=user, at=timezone.now()
    )
    entry.save()
    return entry


@dataclass(frozen=True)
class Eligibility:
    """The toetsingscriteria for the maatwerk route (seeds 000–002)."""

    multiple_domains: bool
    regular_route_tried: bool
    stagnation_risk: bool

    @property
    def met(self) -> bool:
        return self.multiple_domains and self.regular_route_tried and self.stagnation_risk


def eligibility(case: Case) -> Eligibility:
    return Eligibility(
        multiple_domains=case.domains.count() >= 2,
        regular_route_tried=case.regular_route_exhausted and case.regular_routes.exists(),
        stagnation_risk=bool(case.stagnation_risk.strip()),
    )
