"""Query parameters of the route's lists."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from maatwerk.cases.api.filters import IdFilter

from .. import services
from ..models import AgendaItem, CanvasVersion, Decision, Proposal
from ..workflow import Phase


class AgendaItemFilter(filters.FilterSet):
    case = IdFilter(field_name="case", label=_("casus (id)"))
    date = filters.DateFilter(field_name="consultation__date", label=_("datum van het overleg"))

    class Meta:
        model = AgendaItem
        fields = ["case", "date"]


class CanvasVersionFilter(filters.FilterSet):
    case = IdFilter(field_name="case", label=_("casus (id)"))

    class Meta:
        model = CanvasVersion
        fields = ["case"]


class ProposalFilter(filters.FilterSet):
    case = IdFilter(field_name="case", label=_("casus (id)"))

    class Meta:
        model = Proposal
        fields = ["case"]


class DecisionFilter(filters.FilterSet):
    case = IdFilter(field_name="proposal__case", label=_("casus (id)"))
    proposal = IdFilter(field_name="proposal", label=_("voorstel (id)"))

    class Meta:
        model = Decision
        fields = ["case", "proposal"]


class RouteFilter(filters.FilterSet):
    phase = filters.ChoiceFilter(
        choices=Phase.choices, method="filter_phase", label=_("fase op de route")
    )

    def filter_phase(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # The same question as the case list's phase filter, answered by the same function.
        return queryset.filter(services.in_phase(value))
