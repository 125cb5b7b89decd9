"""Registering a household and a case (a signal), and the rules every case keeps."""

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import CASE_WORKER_ROLES, Scope, capabilities_of
from maatwerk.accounts.selectors import Team

from ..access import hidden_confidential_cases, visible_cases
from ..models import Case, CaseStatusChange, Household, ReferenceCounter, TimelineEntry
from ..workflow import CaseStatus
from .household import replace_members
from .rows import RowChange
from .units import add_timeline_entry, require_edit

# Cases of one household: each new signal about the same people is a new case, but not without
# end; the limit keeps a mistake or a script from making every read of the file expensive.
MAX_CASES_PER_HOUSEHOLD = 25

__all__ = [
    "check_case_invariants",
    "create_case",
    "create_household",
    "register_case",
    "registered_with",
]


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
def create_household(user, *, members: list[dict], team: Team | None = None, **fields) -> Household:
    """A household is registered with the people in it: one without members could carry no
    case, and the screens never make one."""
    household = Household(team=team_for_new_household(user, team), **fields)
    household.full_clean()
    with set_actor(user):
        household.save()
    replace_members(user, household, [RowChange(None, person) for person in members])
    return household


def _next_reference() -> str:
    year = timezone.localdate().year
    counter, _created = ReferenceCounter.objects.select_for_update().get_or_create(year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"MW-{year}-{counter.last_number:05d}"


def _check_regisseur(case: Case) -> None:
    regisseur = case.regisseur
    if regisseur.role not in CASE_WORKER_ROLES:
        raise ValidationError({"regisseur": _("De regisseur moet een consulent zijn.")})
    works_in_all_teams = capabilities_of(regisseur).case_scope is Scope.ALL
    if not works_in_all_teams and regisseur.team_id != case.household.team_id:
        raise ValidationError(
            {"regisseur": _("De regisseur moet in het team van het huishouden werken.")}
        )


def _keep_named_on_confidential(case: Case, *users) -> None:
    """Whoever marks a case confidential, and its regisseur, stay able to open it."""
    if case.confidential:
        case.confidential_users.add(*users, case.regisseur)


def check_case_invariants(user, case: Case) -> None:
    """What holds after every change to a case: a valid regisseur, and the people who made
    it confidential still named on it."""
    _check_regisseur(case)
    _keep_named_on_confidential(case, user)


def _confidentiality_of_household(household: Household) -> tuple[bool, list]:
    """A household with a confidential case keeps its people hidden on every new case too: the
    new case is confidential for the same named people."""
    confidential = Case.objects.filter(household=household, confidential=True)
    named = Case.confidential_users.through.objects.filter(case__in=confidential)
    return confidential.exists(), list(named.values_list("user_id", flat=True).distinct())


@transaction.atomic
def create_case(user, *, household: Household, **fields) -> Case:
    """Register a signal for a household. The case starts as `aangemeld`."""
    require_edit(user, household)
    if hidden_confidential_cases(user).filter(household=household).exists():
        # Whoever is not named on the household's confidential case does not see it at all.
        raise ValidationError({"household": _("Dit huishouden bestaat niet.")})
    if not household.members.exists():
        raise ValidationError(
            {
                "household": _(
                    "Dit huishouden heeft nog geen gezinsleden. Voeg eerst minstens één "
                    "gezinslid toe."
                )
            }
        )
    if Case.objects.filter(household=household).count() >= MAX_CASES_PER_HOUSEHOLD:
        raise ValidationError(
            {
                "household": _(
                    "Dit huishouden heeft al %(max)s casussen. Voeg het nieuwe signaal toe aan "
                    "een lopende casus, of sluit eerst oude casussen af."
                )
                % {"max": MAX_CASES_PER_HOUSEHOLD}
            }
        )
    fields.setdefault("regisseur", user)
    confidential_users = list(fields.pop("confidential_users", []))
    inherited, named = _confidentiality_of_household(household)
    if inherited:
        fields["confidential"] = True
        confidential_users += named
    case = Case(household=household, created_by=user, status=CaseStatus.AANGEMELD, **fields)
    case.full_clean(exclude=["reference"])
    _check_regisseur(case)
    case.reference = _next_reference()
    with set_actor(user):
        case.save()
        case.confidential_users.set(confidential_users)
        _keep_named_on_confidential(case, user)
    CaseStatusChange.objects.create(
        case=case,
        source="",
        target=CaseStatus.AANGEMELD,
        reason=_("Signaal geregistreerd"),
        changed_by=user,
        changed_at=timezone.now(),
    )
    add_timeline_entry(
        user,
        case,
        TimelineEntry.Kind.CREATED,
        _("Casus aangemeld (bron: %(source)s).") % {"source": case.get_signal_source_display()},
    )
    return case


def registered_with(user, intake_token) -> Case | None:
    """The case an intake form already created, if this user may see it."""
    if intake_token is None:
        return None
    return visible_cases(user).filter(intake_token=intake_token).first()


@transaction.atomic
def register_case(
    user,
    *,
    household: dict,
    members: list[dict],
    case: dict,
    team: Team | None = None,
    intake_token=None,
) -> Case:
    """The first intake step in one go: a new household, its members and the signal. The same
    intake form sent twice (`intake_token`) registers once: the second time the case of the
    first is returned (check `registered_with` first to tell the user)."""
    existing = registered_with(user, intake_token)
    if existing is not None:
        return existing
    new_household = create_household(user, team=team, members=members, **household)
    return create_case(user, household=new_household, intake_token=intake_token, **case)
