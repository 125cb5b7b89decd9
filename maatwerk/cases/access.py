"""Access-scoped lookups: every case-file record is fetched through a queryset already limited
to what the user may see. Outside it the answer is 404, so existence is not revealed."""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from maatwerk.accounts.roles import Scope, capabilities_of

from .models import Blockage, Case, Household, Member


def _scope_filter(user, team_path: str) -> dict | None:
    """None means: no filter needed (all cases); raises when the role sees no cases at all."""
    caps = capabilities_of(user)
    if caps.case_scope is Scope.ALL:
        return None
    if caps.case_scope is Scope.OWN_TEAM and user.team_id is not None:
        return {team_path: user.team_id}
    raise PermissionDenied


def _scoped(user, queryset: QuerySet, team_path: str) -> QuerySet:
    try:
        condition = _scope_filter(user, team_path)
    except PermissionDenied:
        return queryset.none()
    return queryset if condition is None else queryset.filter(**condition)


def visible_cases(user) -> QuerySet[Case]:
    return _scoped(
        user,
        Case.objects.select_related("household__team", "regisseur"),
        "household__team_id",
    )


def visible_households(user) -> QuerySet[Household]:
    return _scoped(user, Household.objects.select_related("team"), "team_id")


def visible_members(user) -> QuerySet[Member]:
    return _scoped(user, Member.objects.select_related("household"), "household__team_id")


def visible_blockages(user) -> QuerySet[Blockage]:
    return _scoped(
        user,
        Blockage.objects.select_related("case__household", "rule", "owner"),
        "case__household__team_id",
    )


def get_case_for(user, pk: int) -> Case:
    if not capabilities_of(user).view_cases:
        raise PermissionDenied
    return get_object_or_404(visible_cases(user), pk=pk)
