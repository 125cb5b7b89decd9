"""Every model of Maatwerk's own apps, and django-auditlog's change history, is declared exactly
once by the app that owns it: holding personal data (and where it is in the access export) or
holding none (and why). A new model makes these tests fail until its app declares it; a new
text or date field until it is classified (docs/personal-data.md)."""

import json
from collections import Counter

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse

from maatwerk.core.personal_data import PersonalData
from maatwerk.privacy.declarations import model_declarations
from maatwerk.privacy.services import exported_models

# Third-party models a Maatwerk app handles, and the app that declares them.
THIRD_PARTY = {"auditlog.LogEntry": "cases"}

# Fields that can hold a name, an address, a date about a person or free text.
TEXT_OR_DATE = (
    models.CharField,
    models.TextField,
    models.DateField,
    models.JSONField,
    models.GenericIPAddressField,
)


def _models_in_scope() -> dict[str, type[models.Model]]:
    found = {"auditlog.LogEntry": apps.get_model("auditlog", "LogEntry")}
    for config in apps.get_app_configs():
        if config.name.startswith("maatwerk."):
            found |= {model._meta.label: model for model in config.get_models()}
    return found


def _owner(label: str) -> str:
    return THIRD_PARTY.get(label, label.split(".")[0])


def test_every_model_is_declared():
    declared = {model.model for _app, model in model_declarations()}

    missing = sorted(_models_in_scope().keys() - declared)

    assert not missing, (
        "Deze modellen staan in geen personal_data-declaratie: zet ze in de declaratie van "
        "hun app als PersonalData (en neem ze op in de export) of als NoPersonalData (met de "
        f"reden); zie docs/personal-data.md: {missing}"
    )


def test_no_model_is_declared_twice():
    counts = Counter(model.model for _app, model in model_declarations())

    assert [label for label, count in counts.items() if count > 1] == []


def test_each_model_is_declared_by_the_app_that_owns_it():
    wrong = [
        (label, model.model)
        for label, model in model_declarations()
        if _owner(model.model) != label
    ]

    assert wrong == []


def test_the_declarations_name_no_model_that_does_not_exist():
    """Entries for apps that are not installed (yet) are allowed; a typo in an installed app
    is not."""
    installed = {config.label for config in apps.get_app_configs()}
    declared = {model.model for _app, model in model_declarations()}
    stale = {label for label in declared if label.split(".")[0] in installed}

    assert stale - _models_in_scope().keys() == set()


def test_every_declared_field_exists():
    in_scope = _models_in_scope()
    unknown = []
    for _app, declared in model_declarations():
        names = {field.name for field in in_scope[declared.model]._meta.get_fields()}
        listed = getattr(declared, "fields", ()) + declared.reviewed
        unknown += [f"{declared.model}.{name}" for name in listed if name not in names]

    assert unknown == []


def test_every_text_and_date_field_is_classified():
    """A new free-text field on a reference list, or a new field on a case file, has to be
    looked at: personal data (`fields`) or reviewed and found safe (`reviewed`)."""
    in_scope = _models_in_scope()
    unclassified = []
    for _app, declared in model_declarations():
        classified = set(getattr(declared, "fields", ())) | set(declared.reviewed)
        for field in in_scope[declared.model]._meta.concrete_fields:
            if isinstance(field, TEXT_OR_DATE) and field.name not in classified:
                unclassified.append(f"{declared.model}.{field.name}")

    assert unclassified == [], (
        "Deze velden zijn niet ingedeeld: zet ze bij `fields` (persoonsgegevens) of bij "
        f"`reviewed` (nagekeken, geen persoonsgegevens): {unclassified}"
    )


def test_a_model_holding_personal_data_names_its_fields_and_place():
    vague = [
        declared.model
        for _app, declared in model_declarations()
        if isinstance(declared, PersonalData)
        and (not declared.fields or not (declared.export or declared.note))
    ]

    assert vague == []


def _has_path(document, path: str) -> bool:
    key, _, rest = path.partition(".")
    if key.endswith("[]"):
        items = document.get(key[:-2])
        return bool(items) and all(_has_path(item, rest) for item in items)
    return key in document and (not rest or _has_path(document[key], rest))


@pytest.mark.django_db
def test_every_exported_model_has_its_place_in_the_export(
    client, omo, subject, family_case_on_the_route
):
    client.force_login(omo)
    export = json.loads(
        client.get(reverse("privacy:subject_export_download", args=[subject.pk])).content
    )

    for label, declared in exported_models().items():
        if declared.export is None:  # e.g. accounts.User: wherever someone acted
            continue
        path = declared.export
        assert _has_path(export, path), f"{label}: {path} ontbreekt in de export"
        assert _non_empty(export, path), f"{label}: {path} is leeg in een volledig dossier"


def _non_empty(document, path: str) -> bool:
    key, _, rest = path.partition(".")
    if key.endswith("[]"):
        return all(_non_empty(item, rest) for item in document[key[:-2]])
    value = document[key]
    return _non_empty(value, rest) if rest else bool(value)
