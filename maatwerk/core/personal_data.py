"""The words an app uses to declare the personal data it holds.

Each app whose models hold rows names its declaration on its AppConfig:

    class CasesConfig(AppConfig):
        personal_data = "maatwerk.cases.personal_data.DECLARATION"

`maatwerk.privacy` collects these declarations for the right of access (AVG art. 15); a test
fails when a model of a Maatwerk app is declared nowhere, or twice. This module is only the
vocabulary and knows no app, so every layer can declare with it — `accounts` and `audit`, which
sit below `privacy`, included. See docs/personal-data.md."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["Declaration", "ExportSections", "NoPersonalData", "PersonalData", "SubjectRegister"]


@dataclass(frozen=True)
class PersonalData:
    """A model whose rows hold data about a person.

    `fields`: the fields that identify or describe a person (names, BSN, address, free text,
    who acted). `reviewed`: the other text and date fields, looked at and found to say nothing
    about a person by themselves. `export`: where its rows appear in the access export, as a
    path of the document (`casussen[].tijdlijn` is a list under every case); None when its rows
    only appear inside other parts, which `note` then explains."""

    model: str
    fields: tuple[str, ...]
    export: str | None
    note: str = ""
    reviewed: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoPersonalData:
    """A model that holds nothing about a person, and why. Its text and date fields are listed
    in `reviewed`, so a new free-text field on a reference list is noticed."""

    model: str
    reason: str
    reviewed: tuple[str, ...] = ()


class SubjectRegister(Protocol):
    """What the app holding the data subjects (today: household members in `cases`) provides
    to the generic handling of a request for access."""

    def find(self, user, *, bsn_hash: str = "", subject_id: int | None = None) -> list:
        """The subjects with this keyed BSN hash or id among those `user` may see."""

    def files(self, user, subject) -> list:
        """The case files about `subject` that `user` may see, oldest first."""

    def access_log_targets(self, subject, files: list) -> list[dict[str, Any]]:
        """Keyword arguments for `audit.services.log_access`, one dict per row to write when
        `subject`'s data is exported (e.g. `{"case": case}`)."""


# An app's part of the export: (subject, files) -> {document key: value}.
ExportSections = Callable[[Any, list], dict[str, Any]]


@dataclass(frozen=True)
class Declaration:
    """Everything one app declares: every model it owns (or, for a third-party model, handles),
    the subject register when the app holds the data subjects, and the sections it adds to the
    access export."""

    models: tuple[PersonalData | NoPersonalData, ...]
    subjects: SubjectRegister | None = None
    export_sections: ExportSections | None = None


# `core`'s own table: the declared days of the working-day calendar.
DECLARATION = Declaration(
    models=(
        NoPersonalData(
            "core.DeclaredDay",
            reason="Een kalenderdag die met een feestdag is gelijkgesteld; niets over een persoon.",
            reviewed=("day", "description"),
        ),
    )
)
