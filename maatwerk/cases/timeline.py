"""The kinds of line a case timeline holds. Each app declares its own kinds (a dict of kind →
label named `timeline_kinds` on its AppConfig), so the route or the fund can add lines of their
own through `services.add_timeline_entry` without this app knowing them."""

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from maatwerk.core.declarations import declared_by_app

# This app's own kinds (the values of TimelineEntry.Kind).
KINDS = {
    "created": _("Aangemeld"),
    "updated": _("Gewijzigd"),
    "status": _("Status"),
    "note": _("Notitie"),
}


def declared_kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for label, declared in declared_by_app("timeline_kinds"):
        for kind, text in declared.items():
            if kind in kinds:
                raise ImproperlyConfigured(f"{label}: tijdlijnsoort {kind} bestaat al.")
            kinds[kind] = text
    return kinds


def check_kind(kind: str) -> None:
    if kind not in declared_kinds():
        raise ImproperlyConfigured(f"Tijdlijnsoort {kind!r} is door geen app gedeclareerd.")


def kind_label(kind: str) -> str:
    return str(declared_kinds().get(kind, kind))
