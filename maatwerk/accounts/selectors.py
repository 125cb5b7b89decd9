"""Read-only lookups of accounts that other apps use (with the model classes, for type hints
and relations; other apps never write through them)."""

from django.db.models import Q, QuerySet

from .models import Municipality, Team, User
from .roles import CASE_WORKER_ROLES, ROLE_CAPABILITIES, Role, Scope

__all__ = [
    "Team",
    "User",
    "active_users",
    "case_workers",
    "municipalities",
    "portefeuillehouders",
    "teams",
]

_ALL_TEAMS = [role for role in CASE_WORKER_ROLES if ROLE_CAPABILITIES[role].case_scope is Scope.ALL]


def municipalities() -> QuerySet[Municipality]:
    return Municipality.objects.order_by("name")


def teams() -> QuerySet[Team]:
    return Team.objects.order_by("name")


def active_users() -> QuerySet[User]:
    return User.objects.filter(is_active=True)


def case_workers(team: Team | None = None) -> QuerySet[User]:
    """Active accounts that may be a case's regisseur: of `team` (when given), plus those who
    work across all teams (the OMO-functionaris)."""
    workers = User.objects.filter(is_active=True, role__in=CASE_WORKER_ROLES)
    if team is not None:
        workers = workers.filter(Q(team=team) | Q(role__in=_ALL_TEAMS))
    return workers.order_by("first_name", "last_name")


def portefeuillehouders(municipality_id: int) -> QuerySet[User]:
    """The aldermen of a municipality a proposal can be put before."""
    return User.objects.filter(
        Q(municipality_id=municipality_id) | Q(team__municipality_id=municipality_id),
        is_active=True,
        role=Role.PORTEFEUILLEHOUDER,
    ).order_by("last_name", "first_name")


def users_in_role(role: str, municipality_ids) -> QuerySet[User]:
    """Active accounts with `role` working for one of these municipalities (directly, or
    through their team): who gets a reminder meant for that role."""
    return User.objects.filter(
        Q(municipality_id__in=municipality_ids) | Q(team__municipality_id__in=municipality_ids),
        is_active=True,
        role=role,
    )
