"""Object permissions for django-rules, derived from the role table in roles.py."""

import rules

from .roles import Scope, capabilities_of


@rules.predicate
def can_view_case(user, record) -> bool:
    """`record` is anything in a case file (household, case, member, blockage): each knows the
    team it belongs to through `scope_team_id`. None asks about the role in general."""
    caps = capabilities_of(user)
    if caps.case_scope is Scope.ALL:
        return True
    if caps.case_scope is Scope.OWN_TEAM:
        return record is None or (user.team_id is not None and record.scope_team_id == user.team_id)
    return False


@rules.predicate
def can_edit_case(user, record) -> bool:
    return capabilities_of(user).edit_cases and can_view_case(user, record)


@rules.predicate
def sees_personal_data(user) -> bool:
    return capabilities_of(user).personal_data


@rules.predicate
def is_beheerder(user) -> bool:
    return capabilities_of(user).admin


rules.add_perm("cases.view_case", can_view_case)
rules.add_perm("cases.change_case", can_edit_case)
rules.add_perm("cases.add_case", can_edit_case)
rules.add_perm("cases.view_personal_data", sees_personal_data)
rules.add_perm("audit.view_history", is_beheerder)
