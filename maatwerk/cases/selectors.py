"""Read-only lookups of the case file's reference lists for the apps above (vraagbaak,
register): one list of organisations and one list of rules, shared by the case file and
whoever builds on it."""

from django.db.models import QuerySet

from .models import Organisation, Rule

__all__ = ["organisation_kinds", "organisations", "rules"]


def organisations() -> QuerySet[Organisation]:
    return Organisation.objects.order_by("name")


def organisation_kinds() -> list[tuple[str, str]]:
    return list(Organisation.Kind.choices)


def rules(*, active_only: bool = False) -> QuerySet[Rule]:
    found = Rule.objects.select_related("owner").order_by("name")
    return found.filter(active=True) if active_only else found
