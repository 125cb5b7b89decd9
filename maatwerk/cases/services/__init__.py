"""What other apps, views, API views and commands may do with case files. Every change is a
function here that takes plain, already-parsed data, checks permission, validates the domain
rules, locks, writes, records the change history under the acting user and adds the timeline
line. Screens and API call the same functions, so they cannot disagree."""

from ..access import get_case_for, under_visible_cases, visible_cases, visible_households
from .case_file import CASE_FIELD_GROUPS, update_case
from .household import add_member, remove_member, replace_members, update_household, update_member
from .reference import create_organisation, update_organisation
from .registration import create_case, create_household, register_case, registered_with
from .rows import (
    ROW_KINDS,
    RowChange,
    add_case_row,
    change_case_row,
    remove_case_row,
    replace_case_rows,
    set_domains,
)
from .transitions import Eligibility, add_note, allowed_transitions, eligibility, transition_case
from .units import add_timeline_entry, editing_case, editing_household

__all__ = [
    "CASE_FIELD_GROUPS",
    "ROW_KINDS",
    "Eligibility",
    "RowChange",
    "add_case_row",
    "add_member",
    "add_note",
    "add_timeline_entry",
    "allowed_transitions",
    "change_case_row",
    "create_case",
    "create_household",
    "create_organisation",
    "editing_case",
    "editing_household",
    "eligibility",
    "get_case_for",
    "register_case",
    "registered_with",
    "remove_case_row",
    "remove_member",
    "replace_case_rows",
    "replace_members",
    "set_domains",
    "transition_case",
    "under_visible_cases",
    "update_case",
    "update_household",
    "update_member",
    "update_organisation",
    "visible_cases",
    "visible_households",
]
