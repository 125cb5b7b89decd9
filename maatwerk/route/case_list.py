"""The route's column and filter on the case list (declared on RouteConfig): the phase."""

import django_filters
from django.utils.translation import gettext_lazy as _

from maatwerk.cases.sections import CaseListColumn

from .services import in_phase, phase_of
from .workflow import ROUTE_PHASES, Phase


def _phase(case) -> str:
    """The route's own phase; before and after the route the status column says it all."""
    phase = phase_of(case)
    return phase.label if phase in ROUTE_PHASES else "–"


def _filter_phase(queryset, name, value):
    return queryset.filter(in_phase(value)) if value else queryset


COLUMNS = [CaseListColumn("phase", _("Fase"), _phase, related=("route",))]

FILTERS = {
    "fase": django_filters.ChoiceFilter(
        label=_("Fase"),
        choices=Phase.choices,
        method=_filter_phase,
        empty_label=_("Alle"),
    )
}
