"""Every model of Maatwerk's own apps, and django-auditlog's change history, is either in the
access export or declared free of personal data. A new model holding personal data makes this
test fail until `maatwerk.privacy.services` says how it is exported."""

import json

import pytest
from django.apps import apps
from django.urls import reverse

from maatwerk.privacy.services import EXPORTED, NO_PERSONAL_DATA


def _models_in_scope() -> set[str]:
    labels = {"auditlog.LogEntry"}
    for config in apps.get_app_configs():
        if config.name.startswith("maatwerk."):
            labels |= {model._meta.label for model in config.get_models()}
    return labels


def test_every_model_is_exported_or_holds_no_personal_data():
    missing = sorted(_models_in_scope() - EXPORTED.keys() - NO_PERSONAL_DATA.keys())

    assert not missing, (
        "Deze modellen staan niet in maatwerk.privacy.services: zet ze in EXPORTED (en neem "
        f"ze op in de export) of in NO_PERSONAL_DATA (met de reden): {missing}"
    )


def test_no_model_is_both_exported_and_free_of_personal_data():
    assert not EXPORTED.keys() & NO_PERSONAL_DATA.keys()


def test_the_registry_names_no_model_that_does_not_exist():
    """Entries for apps that are not installed (yet) are allowed; a typo in an installed app
    is not."""
    installed = {config.label for config in apps.get_app_configs()}
    declared = EXPORTED.keys() | NO_PERSONAL_DATA.keys()
    stale = {label for label in declared if label.split(".")[0] in installed} - _models_in_scope()
    assert not stale


def _has_path(document, path: str) -> bool:
    key, _, rest = path.partition(".")
    if key.endswith("[]"):
        items = document.get(key[:-2])
        return bool(items) and all(_has_path(item, rest) for item in items)
    return key in document and (not rest or _has_path(document[key], rest))


@pytest.mark.django_db
def test_every_exported_model_has_its_place_in_the_export(client, omo, subject, family_case):
    client.force_login(omo)
    export = json.loads(
        client.get(reverse("privacy:subject_export_download", args=[subject.pk])).content
    )

    for label, where in EXPORTED.items():
        if label == "accounts.User":  # appears wherever someone acted, not as its own part
            continue
        path = where.split(" ")[0]
        assert _has_path(export, path), f"{label}: {path} ontbreekt in de export"
        assert _non_empty(export, path), f"{label}: {path} is leeg in een volledig dossier"


def _non_empty(document, path: str) -> bool:
    key, _, rest = path.partition(".")
    if key.endswith("[]"):
        return all(_non_empty(item, rest) for item in document[key[:-2]])
    value = document[key]
    return _non_empty(value, rest) if rest else bool(value)
