"""The rows under a case that intake fills in: life domains, organisations and professionals
involved, blockages (knelpunten) and the regular routes tried. One set of functions for the
screens (which send a whole list) and the API (which sends one row at a time)."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import Blockage, Case, CaseDomain, CaseOrganisation, Professional, RegularRoute
from .case_file import routes_recorded
from .units import check_at_end, editing_case

__all__ = [
    "ROW_KINDS",
    "RowChange",
    "add_case_row",
    "change_case_row",
    "remove_case_row",
    "replace_case_rows",
    "set_domains",
]


@dataclass(frozen=True)
class RowChange:
    """One row of a list a screen sends: new (no id), changed, or to be removed."""

    id: int | None
    fields: dict = field(default_factory=dict)
    remove: bool = False


@dataclass(frozen=True)
class RowKind:
    model: type[Model]
    fields: frozenset[str]
    label: str  # the part of the file, as the timeline names it


ROW_KINDS: dict[str, RowKind] = {
    "domains": RowKind(
        CaseDomain, frozenset({"code", "description"}), gettext_lazy("Leefgebieden")
    ),
    "organisations": RowKind(
        CaseOrganisation,
        frozenset({"organisation", "role"}),
        gettext_lazy("Betrokken organisaties en professionals"),
    ),
    "professionals": RowKind(
        Professional,
        frozenset({"name", "organisation", "role", "contact"}),
        gettext_lazy("Betrokken organisaties en professionals"),
    ),
    "blockages": RowKind(
        Blockage, frozenset({"rule", "owner", "explanation"}), gettext_lazy("Knelpunten")
    ),
    "routes": RowKind(
        RegularRoute,
        frozenset({"description", "result"}),
        gettext_lazy("Reguliere route en risico"),
    ),
}


def _kind_of(row: Model) -> str:
    return next(name for name, kind in ROW_KINDS.items() if isinstance(row, kind.model))


def _check_blockage(row: Blockage, previous_rule_id: int | None) -> None:
    if not row.rule.active and row.rule_id != previous_rule_id:
        raise ValidationError({"rule": _("Deze regel is niet meer in gebruik.")})
    if row.owner_id is None:
        row.owner_id = row.rule.owner_id  # by default the rule's own organisation


def _check_domain(row: CaseDomain) -> None:
    duplicate = CaseDomain.objects.filter(case_id=row.case_id, code=row.code).exclude(pk=row.pk)
    if duplicate.exists():
        raise ValidationError({"code": _("Elk leefgebied mag maar één keer voorkomen.")})


def _save(row: Model, kind: str, fields: dict) -> Model:
    unknown = set(fields) - ROW_KINDS[kind].fields
    if unknown:
        raise ValueError(f"Onbekende velden: {sorted(unknown)}")
    previous_rule_id = getattr(row, "rule_id", None) if row.pk else None
    for name, value in fields.items():
        setattr(row, name, value)
    if isinstance(row, Blockage):
        _check_blockage(row, previous_rule_id)
    if isinstance(row, CaseDomain):
        _check_domain(row)
    row.full_clean()
    row.save()
    return row


def add_case_row(user, case: Case, kind: str, **fields) -> Model:
    with editing_case(user, case, what=ROW_KINDS[kind].label) as locked:
        return _save(ROW_KINDS[kind].model(case=locked), kind, fields)


def change_case_row(user, row: Model, **fields) -> Model:
    kind = _kind_of(row)
    with editing_case(user, row.case, what=ROW_KINDS[kind].label) as locked:
        # Read again under the case lock, so a concurrent edit is not overwritten.
        current = ROW_KINDS[kind].model.objects.get(pk=row.pk, case=locked)
        return _save(current, kind, fields)


def _after_removal(case: Case, kind: str) -> None:
    if kind == "routes":
        # Without a tried route, "the regular route offers no solution" has nothing behind it.
        check_at_end(case, routes_recorded)


def remove_case_row(user, row: Model) -> None:
    kind = _kind_of(row)
    with editing_case(user, row.case, what=ROW_KINDS[kind].label) as locked:
        ROW_KINDS[kind].model.objects.get(pk=row.pk, case=locked).delete()
        _after_removal(locked, kind)


@transaction.atomic
def replace_case_rows(user, case: Case, kind: str, changes: list[RowChange]) -> None:
    """Apply a screen's list of rows as one change. Removals go first, so a row can be
    replaced by a new one with the same key in one save."""
    model = ROW_KINDS[kind].model
    with editing_case(user, case, what=ROW_KINDS[kind].label) as locked:
        for change in sorted(changes, key=lambda c: not c.remove):
            if change.remove:
                model.objects.get(pk=change.id, case=locked).delete()
                _after_removal(locked, kind)
            elif change.id is None:
                _save(model(case=locked), kind, change.fields)
            else:
                _save(model.objects.get(pk=change.id, case=locked), kind, change.fields)


def set_domains(user, case: Case, domains: list[dict]) -> None:
    """Make the case's life domains exactly `domains` (by code), touching only rows that
    change, so the change history shows what really changed."""
    codes = [domain.get("code") for domain in domains]
    if None in codes or "" in codes:
        raise ValidationError({"domains": _("Geef bij elk leefgebied de code op.")})
    if len(codes) != len(set(codes)):
        raise ValidationError({"domains": _("Elk leefgebied mag maar één keer voorkomen.")})
    wanted = {domain["code"]: domain.get("description", "") for domain in domains}
    with editing_case(user, case, what=ROW_KINDS["domains"].label) as locked:
        existing = {row.code: row for row in CaseDomain.objects.filter(case=locked)}
        for code, row in existing.items():
            if code not in wanted:
                row.delete()
            elif row.description != wanted[code]:
                _save(row, "domains", {"description": wanted[code]})
        for code, description in wanted.items():
            if code not in existing:
                _save(
                    CaseDomain(case=locked), "domains", {"code": code, "description": description}
                )
