"""Filtering and text search over cases: one FilterSet for the case list screen and the API,
so both answer the same question the same way."""

import copy

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.roles import capabilities_of
from maatwerk.accounts.selectors import case_workers, teams
from maatwerk.core.bsn import hash_bsn, normalise_bsn, passes_elfproef
from maatwerk.core.forms import NLDesignFormMixin

from .domains import LifeDomain
from .models import Blockage, Case, CaseDomain, Member, Rule
from .sections import case_list_filters
from .workflow import CaseStatus


def search_cases(queryset: QuerySet[Case], text: str, *, personal: bool) -> QuerySet[Case]:
    """Match on reference, title and member names; a valid BSN finds the household by hash.
    Roles that may not see personal data can only search by reference: a hit on a name would
    tell them that person is known."""
    text = text.strip()
    if not text:
        return queryset
    if not personal:
        return queryset.filter(reference__iexact=text)
    members = Member.objects.filter(household=OuterRef("household_id"))
    bsn = normalise_bsn(text)
    if passes_elfproef(bsn):
        return queryset.filter(Exists(members.filter(bsn_hash=hash_bsn(bsn))))
    name_match = Q()
    for word in text.split():
        name_match &= Q(first_name__icontains=word) | Q(last_name__icontains=word)
    return queryset.filter(
        Q(reference__iexact=text) | Q(title__icontains=text) | Exists(members.filter(name_match))
    )


def with_domain(queryset: QuerySet[Case], code: str) -> QuerySet[Case]:
    return queryset.filter(Exists(CaseDomain.objects.filter(case=OuterRef("pk"), code=code)))


def with_blockage_rule(queryset: QuerySet[Case], rule) -> QuerySet[Case]:
    return queryset.filter(Exists(Blockage.objects.filter(case=OuterRef("pk"), rule=rule)))


class CaseFilterForm(NLDesignFormMixin, forms.Form):
    hide_optional_marker = True  # every filter is optional; saying so on each is noise


class CaseFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Zoeken"), method="filter_text")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=CaseStatus.choices)
    domain = django_filters.ChoiceFilter(
        label=_("Leefgebied"), choices=LifeDomain.choices, method="filter_domain"
    )
    rule = django_filters.ModelChoiceFilter(
        label=_("Knelpunt (regel)"), queryset=Rule.objects.all(), method="filter_rule"
    )
    team = django_filters.ModelChoiceFilter(
        label=_("Team"), queryset=teams(), field_name="household__team"
    )
    regisseur = django_filters.ModelChoiceFilter(
        label=_("Regisseur"),
        queryset=case_workers(),
    )

    class Meta:
        model = Case
        form = CaseFilterForm
        fields = ["q", "status", "domain", "rule", "team", "regisseur"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Filters other apps add (e.g. the route's phase), the same on the screen and the API.
        for name, extra in case_list_filters().items():
            self.filters[name] = copy.deepcopy(extra)

    def filter_text(self, queryset, name, value):
        user = getattr(self.request, "user", None)
        return search_cases(queryset, value, personal=capabilities_of(user).personal_data)

    def filter_domain(self, queryset, name, value):
        return queryset.filter(Exists(CaseDomain.objects.filter(case=OuterRef("pk"), code=value)))

    def filter_rule(self, queryset, name, value):
        return queryset.filter(Exists(Blockage.objects.filter(case=OuterRef("pk"), rule=value)))
