"""Changing the case's own fields, grouped as the intake steps group them, so the timeline
says which part changed whether the change came from a screen or the API."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import Case
from .units import check_at_end, editing_case, note_change

__all__ = ["CASE_FIELD_GROUPS", "update_case"]

CASE_FIELD_GROUPS: dict[str, tuple[str, frozenset[str]]] = {
    "signal": (
        gettext_lazy("Signaal"),
        frozenset(
            {
                "title",
                "signal_source",
                "signal_date",
                "regisseur",
                "confidential",
                "confidential_users",
            }
        ),
    ),
    "route": (
        gettext_lazy("Reguliere route en risico"),
        frozenset({"regular_route_exhausted", "stagnation_risk", "eligibility_reason"}),
    ),
    "involvement": (
        gettext_lazy("Betrokkenheid en toestemming"),
        frozenset(
            {
                "household_involved",
                "household_not_involved_reason",
                "household_involved_from",
                "consent",
                "consent_date",
                "consent_scope",
            }
        ),
    ),
}
_EDITABLE = frozenset().union(*(fields for _label, fields in CASE_FIELD_GROUPS.values()))


def _value(case: Case, name: str):
    if name == "confidential_users":
        return set(case.confidential_users.values_list("pk", flat=True))
    return getattr(case, name)


def _wanted(name: str, value):
    if name == "confidential_users":
        return {getattr(user, "pk", user) for user in value}
    return value


def routes_recorded(case: Case) -> None:
    if case.regular_route_exhausted and not case.regular_routes.exists():
        raise ValidationError(
            {
                "regular_route_exhausted": _(
                    "Leg eerst vast welke reguliere route geprobeerd is, en met welk resultaat, "
                    "voordat u aangeeft dat die geen oplossing biedt."
                )
            }
        )


def update_case(user, case: Case, **fields) -> Case:
    """Change the case's own fields (not its status: that moves through `transition_case`)."""
    unknown = set(fields) - _EDITABLE
    if unknown:
        raise ValueError(f"Onbekende velden: {sorted(unknown)}")
    with editing_case(user, case, what=gettext_lazy("Casusgegevens")) as locked:
        changed = {
            name for name, value in fields.items() if _value(locked, name) != _wanted(name, value)
        }
        users = fields.pop("confidential_users", None)
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.full_clean()
        locked.save()
        if users is not None:
            locked.confidential_users.set(users)
        if "regular_route_exhausted" in changed:
            check_at_end(locked, routes_recorded)
        for label, group in CASE_FIELD_GROUPS.values():
            if changed & group:
                note_change(locked, label)
    return locked
