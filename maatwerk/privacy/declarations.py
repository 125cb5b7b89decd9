"""Collecting the apps' personal-data declarations. An AppConfig names its declaration with a
dotted path (`personal_data = "maatwerk.cases.personal_data.DECLARATION"`); this module imports
exactly those, in the order of INSTALLED_APPS, and nothing else: no signals, no searching for
modules. The vocabulary is in `maatwerk.core.personal_data`."""

from functools import cache

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from maatwerk.core.declarations import declared_by_app
from maatwerk.core.personal_data import (
    Declaration,
    ExportSections,
    NoPersonalData,
    PersonalData,
    SubjectRegister,
)

__all__ = [
    "declarations",
    "export_sections",
    "model_declarations",
    "subject_register",
]


@cache
def declarations() -> tuple[tuple[str, Declaration], ...]:
    """(app label, declaration) for every installed app that names one."""
    found = []
    for label, declaration in declared_by_app("personal_data"):
        if not isinstance(declaration, Declaration):
            raise ImproperlyConfigured(
                f"{apps.get_app_config(label).name}.personal_data is geen "
                "maatwerk.core.personal_data.Declaration."
            )
        found.append((label, declaration))
    return tuple(found)


def model_declarations() -> list[tuple[str, PersonalData | NoPersonalData]]:
    """(declaring app label, model declaration) for every declared model."""
    return [(label, model) for label, declared in declarations() for model in declared.models]


def subject_register() -> SubjectRegister:
    """The one register of data subjects; a project without one, or with two, is misconfigured."""
    registers = [declared.subjects for _label, declared in declarations() if declared.subjects]
    if len(registers) != 1:
        raise ImproperlyConfigured(
            "Precies één app moet de betrokkenen (subjects) declareren; "
            f"gevonden: {len(registers)}."
        )
    return registers[0]


def export_sections() -> list[ExportSections]:
    """The apps' contributions to the access export, in the order of INSTALLED_APPS."""
    return [declared.export_sections for _l, declared in declarations() if declared.export_sections]
