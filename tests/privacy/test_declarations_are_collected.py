"""The declarations are read from what each AppConfig names, and a mistake in them fails
loudly instead of leaving someone's data out of an export."""

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from maatwerk.core.declarations import declared_by_app
from maatwerk.core.personal_data import Declaration
from maatwerk.privacy import declarations
from maatwerk.privacy.export import build_export


@pytest.fixture
def fresh_collection():
    declarations.declarations.cache_clear()
    declared_by_app.cache_clear()
    yield
    declarations.declarations.cache_clear()
    declared_by_app.cache_clear()


def test_each_app_with_models_names_its_declaration():
    collected = [label for label, _declared in declarations.declarations()]
    with_models = [
        config.label
        for config in apps.get_app_configs()
        if config.name.startswith("maatwerk.") and list(config.get_models())
    ]

    assert "cases" in collected
    assert collected == with_models


def test_a_path_to_something_else_than_a_declaration_is_refused(monkeypatch, fresh_collection):
    config = apps.get_app_config("audit")
    monkeypatch.setattr(config, "personal_data", "maatwerk.audit.personal_data.__doc__", False)

    with pytest.raises(ImproperlyConfigured, match=r"maatwerk\.audit"):
        declarations.declarations()


def test_a_second_register_of_data_subjects_is_refused(monkeypatch):
    (cases,) = [declared for label, declared in declarations.declarations() if label == "cases"]
    twice = (("cases", cases), ("other", cases))
    monkeypatch.setattr(declarations, "declarations", lambda: twice)

    with pytest.raises(ImproperlyConfigured):
        declarations.subject_register()


@pytest.mark.django_db
def test_two_apps_filling_the_same_part_of_the_export_are_refused(monkeypatch, omo, subject):
    clash = Declaration(models=(), export_sections=lambda subject, files: {"gezinslid": {}})
    collected = (*declarations.declarations(), ("other", clash))
    monkeypatch.setattr(declarations, "declarations", lambda: collected)

    with pytest.raises(ImproperlyConfigured, match="gezinslid"):
        build_export(subject, [], prepared_by=omo)
