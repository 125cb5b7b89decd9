"""Query parameters of the lists."""

import copy

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from maatwerk.accounts.roles import capabilities_of

from ..domains import LifeDomain
from ..filters import GuardsPersonalSearch, search_cases, with_blockage_rule, with_domain
from ..models import Blockage, Case, Member
from ..sections import case_list_filters
from ..workflow import CaseStatus


class IdFilter(filters.NumberFilter):
    """A record id. Not a model choice: "no such choice" for an id outside the user's scope
    would reveal that it exists. Bounded, so a huge number is a 400 rather than a crash."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", 2**63 - 1)
        super().__init__(*args, **kwargs)


class CaseFilter(GuardsPersonalSearch, filters.FilterSet):
    search_field = "search"
    status = filters.ChoiceFilter(choices=CaseStatus.choices, label=_("status"))
    domain = filters.ChoiceFilter(
        choices=LifeDomain.choices,
        method="filter_domain",
        label=_("leefgebied (code)"),
    )
    rule = IdFilter(method="filter_rule", label=_("regel van een knelpunt (id)"))
    team = IdFilter(field_name="household_team", label=_("team (id)"))
    regisseur = IdFilter(field_name="regisseur", label=_("regisseur (id)"))
    search = filters.CharFilter(
        method="filter_search",
        label=_("zoeken"),
        help_text=_(
            "Zoekt op (een deel van) het kenmerk, en voor rollen met toegang tot "
            "persoonsgegevens ook in omschrijving, namen van gezinsleden, straat (met "
            "huisnummer), postcode en op BSN. Rollen zonder die toegang krijgen 400 met een "
            "melding als ze op iets anders dan een kenmerk zoeken."
        ),
    )

    class Meta:
        model = Case
        fields = ["status", "domain", "rule", "team", "regisseur", "search"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Filters other apps add (e.g. the route's phase), the same on the screen and the API.
        for name, extra in case_list_filters().items():
            self.filters[name] = copy.deepcopy(extra)

    # The same questions as the case list screen, answered by the same functions.
    def filter_domain(self, queryset: QuerySet[Case], name: str, value: str) -> QuerySet[Case]:
        return with_domain(queryset, value)

    def filter_rule(self, queryset: QuerySet[Case], name: str, value: int) -> QuerySet[Case]:
        return with_blockage_rule(queryset, value)

    def filter_search(self, queryset: QuerySet[Case], name: str, value: str) -> QuerySet[Case]:
        # Searching by name would let a role without personal data find out who has a case.
        personal = capabilities_of(self.request.user).personal_data
        return search_cases(queryset, value, personal=personal)


class MemberFilter(filters.FilterSet):
    household = IdFilter(field_name="household", label=_("huishouden (id)"))

    class Meta:
        model = Member
        fields = ["household"]


class BlockageFilter(filters.FilterSet):
    case = IdFilter(field_name="case", label=_("casus (id)"))
    rule = IdFilter(field_name="rule", label=_("regel (id)"))

    class Meta:
        model = Blockage
        fields = ["case", "rule"]
