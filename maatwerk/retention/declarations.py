"""What an app declares so that `apply_retention` can handle its case files, and collecting
those declarations. An AppConfig names its declaration with a dotted path
(`retention = "maatwerk.cases.retention.DECLARATION"`); this module imports exactly those, in
the order of INSTALLED_APPS. The app knows its models — which files are closed, what kind of
file each is, how to anonymise and destroy one; this app keeps the terms, the run, the lock and
the destruction list."""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from maatwerk.core.declarations import declared_by_app

from .models import FileKind

__all__ = [
    "FileKind",
    "LegalHold",
    "RetainedFile",
    "RetentionDeclaration",
    "declaration_for",
    "declarations",
]


class LegalHold(Exception):
    """The case file is under a legal hold (bewaarplicht): nothing may be removed."""


@dataclass(frozen=True)
class RetainedFile:
    """A closed case file that has not yet been anonymised, as its app describes it. `kind` is
    a `retention.models.FileKind` value; `closed_at` is the last closure, None when unknown.
    `record` is the app's own object, handed back to its `anonymise` and `destroy`."""

    record: Any
    pk: int
    reference: str
    kind: str
    closed_at: datetime.datetime | None
    legal_hold: bool


@dataclass(frozen=True)
class RetentionDeclaration:
    """`model`: the label of the records (`cases.Case`). `closed_files()`: every closed, not
    yet anonymised file, by id. `lock(pk)`: the same file read again with its row locked,
    inside the caller's transaction (None when it is no longer closed or is anonymised).
    `anonymise(record)` and `destroy(record)` raise LegalHold for a file under a legal hold."""

    model: str
    closed_files: Callable[[], Iterable[RetainedFile]]
    lock: Callable[[int], RetainedFile | None]
    anonymise: Callable[[Any], Any]
    destroy: Callable[[Any], None]


@cache
def declarations() -> tuple[RetentionDeclaration, ...]:
    found = []
    for label, declaration in declared_by_app("retention"):
        if not isinstance(declaration, RetentionDeclaration):
            raise ImproperlyConfigured(
                f"{apps.get_app_config(label).name}.retention is geen RetentionDeclaration."
            )
        found.append(declaration)
    return tuple(found)


def declaration_for(record) -> RetentionDeclaration:
    """The declaration that handles this kind of record."""
    label = record._meta.label
    for declaration in declarations():
        if declaration.model == label:
            return declaration
    raise ImproperlyConfigured(f"Geen bewaartermijndeclaratie voor {label}.")
