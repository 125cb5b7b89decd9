"""What the apps declare for the floors below them to collect.

A lower app never imports a higher one. When it needs something from the apps above it —
authorization entries, personal-data declarations, dossier sections, timeline kinds,
workflow guards — each app names a module or object on its AppConfig (a dotted path, e.g.
`policy = "maatwerk.cases.policy"`) and the lower app collects those names here, in
INSTALLED_APPS order. Explicit, visible in every apps.py, and no Django signals."""

from functools import cache
from typing import Any

from django.apps import apps
from django.utils.module_loading import import_string

__all__ = ["declared", "declared_by_app"]


@cache
def declared_by_app(attribute: str) -> tuple[tuple[str, Any], ...]:
    """(app label, declared object) for every installed app whose AppConfig names
    `attribute`. A dotted path naming a module gives the module itself."""
    found = []
    for config in apps.get_app_configs():
        path = getattr(config, attribute, None)
        if path:
            found.append((config.label, _load(path)))
    return tuple(found)


def declared(attribute: str) -> list[Any]:
    return [value for _label, value in declared_by_app(attribute)]


def _load(path: str) -> Any:
    try:
        return import_string(path)
    except ImportError:
        from importlib import import_module

        return import_module(path)
