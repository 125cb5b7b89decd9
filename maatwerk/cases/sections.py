"""What a case's dossier and the case list are composed of. Every app contributes its own
parts — today the case file itself; next the consultation and decisions, plan and monitoring,
money and kassabon, similar precedents, requests to partners — by naming a list on its
AppConfig (`dossier_sections`, `case_list_columns`, `case_list_filters`). This app renders what
is declared and never imports the apps above it."""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from maatwerk.core.declarations import declared

__all__ = [
    "CaseListColumn",
    "DossierSection",
    "case_list_columns",
    "case_list_filters",
    "render_sections",
]


@dataclass(frozen=True)
class DossierSection:
    """A part of the dossier. `context` gives what its template needs for this case and
    user; `personal` sections are shown only to roles that see personal data, the others only
    to roles that see the anonymised dossier (each app says which form it offers)."""

    key: str
    template: str
    context: Callable[[HttpRequest, object], dict]
    personal: bool = True
    column: str = "main"  # or "side"
    order: int = 100


@dataclass(frozen=True)
class CaseListColumn:
    """An extra column of the case list: its header and the value for one case. `related`
    names the relations `value` reads (for `select_related`), so the column costs no query
    per row."""

    key: str
    header: str
    value: Callable[[object], str]
    personal: bool = False
    related: tuple[str, ...] = ()


def _all(attribute: str) -> list:
    return [item for items in declared(attribute) for item in items]


def render_sections(
    request: HttpRequest, case, *, personal: bool, column: str = "main"
) -> list[SafeString]:
    sections = sorted(
        (
            section
            for section in _all("dossier_sections")
            if section.personal == personal and section.column == column
        ),
        key=lambda section: section.order,
    )
    return [
        render_to_string(
            section.template, {"case": case, **section.context(request, case)}, request
        )
        for section in sections
    ]


def case_list_columns(*, personal: bool) -> list[CaseListColumn]:
    return [column for column in _all("case_list_columns") if personal or not column.personal]


def case_list_filters() -> dict:
    """name → django-filter Filter, added to the case list's filters (screen and API)."""
    filters: dict = {}
    for items in declared("case_list_filters"):
        filters.update(items)
    return filters
