"""The reference list of organisations (who owns a rule, who is involved). Case workers and
functioneel beheer keep it; every change is in the history under whoever made it."""

from auditlog.context import set_actor
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from maatwerk.accounts.roles import capabilities_of

from ..models import Organisation

__all__ = ["create_organisation", "update_organisation"]

_FIELDS = frozenset({"name", "kind"})


def _require_reference_editor(user) -> None:
    caps = capabilities_of(user)
    if not (caps.edit_cases or caps.admin):
        raise PermissionDenied(_("U mag de lijst met organisaties niet wijzigen."))


def _save(user, organisation: Organisation, fields: dict) -> Organisation:
    _require_reference_editor(user)
    unknown = set(fields) - _FIELDS
    if unknown:
        raise ValueError(f"Onbekende velden: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(organisation, name, value)
    organisation.full_clean()
    with transaction.atomic(), set_actor(user):
        organisation.save()
    return organisation


def create_organisation(user, **fields) -> Organisation:
    return _save(user, Organisation(), fields)


def update_organisation(user, organisation: Organisation, **fields) -> Organisation:
    return _save(user, organisation, fields)
