"""Access-scoped lookups: every case-file record is fetched through a queryset already limited
to what the user may see. Outside it the answer is 404, so existence is not revealed."""

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404

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


def _named_on(user, case_ref: OuterRef) -> Exists:
    return Exists(Case.confidential_users.through.objects.filter(case_id=case_ref, user_id=user.pk))


def hidden_confidential_cases(user) -> QuerySet[Case]:
    """Confidential cases this user is not named on: for them these do not exist."""
    return Case.objects.filter(confidential=True).exclude(_named_on(user, OuterRef("pk")))


def visible_cases(user) -> QuerySet[Case]:
    """Confidentiality protects the people, not one case: a case of a household that has a
    confidential case the user is not named on is hidden as well."""
    cases = _scoped(
        user,
        Case.objects.select_related("household__team", "regisseur"),
        "household_team_id",
    )
    return _without_hidden_households(user, cases, "household_id")


def _without_hidden_households(user, queryset: QuerySet, household_ref: str) -> QuerySet:
    hidden = hidden_confidential_cases(user).filter(household_id=OuterRef(household_ref))
    return queryset.exclude(Exists(hidden))


def under_visible_cases(user, queryset: QuerySet, case_path: str) -> QuerySet:
    """Rows that hang under a case (a route, a plan, a monitoring moment), limited to the cases
    this user may see. The scope is a condition on the row's own join to its case rather than
    `case IN (every visible case)`, so a short, ordered list (a worklist) can walk an index and
    stop after its first rows instead of first collecting the whole scope."""
    scoped = _scoped(user, queryset, f"{case_path}__household_team_id")
    return _without_hidden_households(user, scoped, f"{case_path}__household_id")


def visible_households(user) -> QuerySet[Household]:
    households = _scoped(user, Household.objects.select_related("team"), "team_id")
    return _without_hidden_households(user, households, "pk")


def visible_members(user) -> QuerySet[Member]:
    members = _scoped(user, Member.objects.select_related("household"), "household__team_id")
    return _without_hidden_households(user, members, "household_id")


def visible_blockages(user) -> QuerySet[Blockage]:
    blockages = _scoped(
        user,
        Blockage.objects.select_related("case__household", "rule", "owner"),
        "case__household__team_id",
    )
    return _without_hidden_households(user, blockages, "case__household_id")


def is_hidden_from(user, record) -> bool:
    """Whether `record` (case, household, member or a row under a case) belongs to a household
    with a confidential case this user is not named on."""
    hidden = hidden_confidential_cases(user)
    if isinstance(record, Case):
        return hidden.filter(household_id=record.household_id).exists()
    if isinstance(record, Household):
        return hidden.filter(household_id=record.pk).exists()
    if isinstance(record, Member):
        return hidden.filter(household_id=record.household_id).exists()
    case_id = getattr(record, "case_id", None)
    return case_id is not None and hidden.filter(household__cases=case_id).exists()


def get_case_for(user, pk: int, *, request=None, channel: str = "") -> Case:
    """The case if this user may see it; otherwise 403 (role sees no cases) or 404 (outside
    scope, confidential, or not there — indistinguishable), and the refusal is logged."""
    from maatwerk.audit.services import log_denied  # audit records what cases refuse

    if not capabilities_of(user).view_cases:
        log_denied(user=user, channel=channel, request=request, case_id=pk)
        raise PermissionDenied
    case = visible_cases(user).filter(pk=pk).first()
    if case is None:
        log_denied(user=user, channel=channel, request=request, case_id=pk)
        raise Http404
    return case
