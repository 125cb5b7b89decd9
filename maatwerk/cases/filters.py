"""Filtering and text search over cases: one FilterSet for the case list screen and the API,
so both answer the same question the same way."""

import copy
import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.roles import capabilities_of
from maatwerk.accounts.selectors import case_workers, teams
from maatwerk.core.bsn import hash_bsn, normalise_bsn, passes_elfproef
from maatwerk.core.forms import NLDesignFormMixin

from .domains import LifeDomain
from .models import Blockage, Case, Household, Member, Rule, domain_code_match
from .sections import case_list_filters
from .workflow import CaseStatus

# A reference (MW-2026-00029) or a piece of one ("00029", "2026-0002"): letters, digits and
# hyphens, with at least one digit. Names never contain a digit.
_REFERENCE_LIKE = re.compile(r"[A-Za-z0-9-]*\d[A-Za-z0-9-]*")
# A postcode, whole or its four digits: 1234AB, 1234 ab, 1234.
_POSTCODE = re.compile(r"(\d{4})\s*([A-Za-z]{2})?")

PERSONAL_SEARCH_REFUSED = _(
    "Zoeken op naam, BSN of adres is met uw rol niet mogelijk: u ziet geen persoonsgegevens. "
    "Zoek op (een deel van) het kenmerk, bijvoorbeeld 00029."
)

REFERENCE_ONLY_HINT = _("Met uw rol zoekt u op (een deel van) het kenmerk, bijvoorbeeld 00029.")


def is_reference_search(text: str) -> bool:
    """Whether a role without personal data may search with this term: a reference, not a
    name, an address or a BSN (nine digits passing the elfproef)."""
    text = text.strip()
    if not text:
        return True
    if passes_elfproef(normalise_bsn(text)):
        return False
    return bool(_REFERENCE_LIKE.fullmatch(text))


def refuse_personal_search(text: str) -> None:
    """Validator on the search field for roles without personal data: say that searching by
    name is not available to them, rather than answer with an empty list."""
    if not is_reference_search(text or ""):
        raise ValidationError(PERSONAL_SEARCH_REFUSED, code="personal_search")


def _address_match(text: str, words: list[str], via: str = "") -> Q:
    """Street (with house number) or postcode, on Household, or through `via` ("household__")."""
    match = Q(**{f"{via}street__icontains": text})
    if len(words) >= 2 and words[-1][:1].isdigit():
        # "Lindelaan 4": street and house number.
        match |= Q(
            **{
                f"{via}street__icontains": " ".join(words[:-1]),
                f"{via}house_number__iexact": words[-1],
            }
        )
    postcode = _POSTCODE.fullmatch(text)
    if postcode:
        # Postcodes are stored one way ("1234 AB", see Household.clean): a prefix match.
        digits, letters = postcode.group(1), (postcode.group(2) or "").upper()
        match |= Q(**{f"{via}postcode__startswith": f"{digits} {letters}".strip()})
    return match


# How many matches of one kind (cases by reference or title, households by address, members
# by name) a search collects as ids. Below it the list is the cases among those ids; past it
# the term is common ("Yilmaz") and the list instead tests each case as it walks the list's
# index, which stops after a page (and, for the count, after the counted limit) of matches.
SEARCH_ID_LIMIT = 500


def _name_match(words: list[str]) -> Q:
    match = Q()
    for word in words:
        match &= Q(first_name__icontains=word) | Q(last_name__icontains=word)
    return match


def _first_ids(queryset: QuerySet, field: str) -> list[int] | None:
    """Up to SEARCH_ID_LIMIT ids; None when there are more."""
    ids = list(queryset.order_by().values_list(field, flat=True)[: SEARCH_ID_LIMIT + 1])
    return None if len(ids) > SEARCH_ID_LIMIT else ids


def search_cases(queryset: QuerySet[Case], text: str, *, personal: bool) -> QuerySet[Case]:
    """Match on (part of) the reference for every role; for roles that may see personal data
    also on title, member names, street (with house number) and postcode, and a valid BSN
    finds the household by hash. A role without personal data searching by anything but a
    reference is refused by `refuse_personal_search` before this runs; should it get here,
    only the reference is compared.

    Each kind of match is first looked up on its own table, with its trigram or btree index,
    for at most SEARCH_ID_LIMIT ids (one query per kind, at any size of the data). When every
    kind stays below that, the list keeps the cases among those ids: one OR across the joined
    tables would make PostgreSQL walk the whole scope, a million rows when nothing matches.
    A kind that has more is tested per case in list order instead (the others keep their
    ids), so a common name costs a page of matches rather than all 150,000 members called
    that."""
    text = text.strip()
    if not text:
        return queryset
    reference = Q(reference__icontains=text)
    if not personal:
        return queryset.filter(reference) if is_reference_search(text) else queryset.none()
    bsn = normalise_bsn(text)
    if passes_elfproef(bsn):
        members = Member.objects.filter(household=OuterRef("household_id"), bsn_hash=hash_bsn(bsn))
        return queryset.filter(Exists(members))
    words = text.split()
    on_case = reference | Q(title__icontains=text)
    # Names never contain a digit: "00029" or "1234 AB" need not look at the members.
    names = _name_match(words) if not any(character.isdigit() for character in text) else None
    case_ids = _first_ids(Case.objects.filter(on_case), "pk")
    household_ids = _first_ids(Household.objects.filter(_address_match(text, words)), "pk")
    named_ids = [] if names is None else _first_ids(Member.objects.filter(names), "household_id")
    if None not in (case_ids, household_ids, named_ids):
        households = set(household_ids) | set(named_ids)
        return queryset.filter(Q(pk__in=case_ids) | Q(household_id__in=households))
    # Only the kinds past the limit are tested per case; the others keep their ids.
    per_case = on_case if case_ids is None else Q(pk__in=case_ids)
    if household_ids is None:
        per_case |= _address_match(text, words, via="household__")
    else:
        per_case |= Q(household_id__in=set(household_ids) | set(named_ids or []))
    if named_ids is None:
        # The household as a range of one rather than `=`: with `=` PostgreSQL may answer the
        # EXISTS inside an OR from a hash of every matching member (all 150,000 of them)
        # instead of one index probe per case it walks.
        household = OuterRef("household_id")
        members = Member.objects.filter(names, household_id__gte=household)
        per_case |= Exists(members.filter(household_id__lte=household))
    return queryset.filter(per_case)


class GuardsPersonalSearch:
    """For the screen's and the API's FilterSet alike: a role without personal data gets a
    Dutch validation error on the search field (the API answers 400) when it types a name."""

    search_field = "q"

    @property
    def form(self):
        form = super().form
        if not getattr(self, "_search_guarded", False):
            self._search_guarded = True
            user = getattr(self.request, "user", None)
            if not capabilities_of(user).personal_data:
                field = form.fields[self.search_field]
                field.validators.append(refuse_personal_search)
                # Said before they type, not only after a refused search.
                field.help_text = REFERENCE_ONLY_HINT
        return form


def with_domain(queryset: QuerySet[Case], code: str) -> QuerySet[Case]:
    # On the case's copy of its codes: the list walks its index and tests each row it reads,
    # rather than looking the domain up in its own table for every case.
    return queryset.filter(domain_codes__contains=domain_code_match(code))


def with_blockage_rule(queryset: QuerySet[Case], rule) -> QuerySet[Case]:
    return queryset.filter(Exists(Blockage.objects.filter(case=OuterRef("pk"), rule=rule)))


# The empty choice of a filter: no restriction (instead of Django's "---------").
ALL = _("Alle")


class CaseFilterForm(NLDesignFormMixin, forms.Form):
    hide_optional_marker = True  # every filter is optional; saying so on each is noise


class CaseFilter(GuardsPersonalSearch, django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Zoeken"), method="filter_text")
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=CaseStatus.choices, empty_label=ALL
    )
    domain = django_filters.ChoiceFilter(
        label=_("Leefgebied"), choices=LifeDomain.choices, method="filter_domain", empty_label=ALL
    )
    rule = django_filters.ModelChoiceFilter(
        label=_("Knelpunt (regel)"),
        queryset=Rule.objects.all(),
        method="filter_rule",
        empty_label=ALL,
    )
    team = django_filters.ModelChoiceFilter(
        label=_("Team"), queryset=teams(), field_name="household_team", empty_label=ALL
    )
    regisseur = django_filters.ModelChoiceFilter(
        label=_("Regisseur"),
        empty_label=ALL,
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
        return with_domain(queryset, value)

    def filter_rule(self, queryset, name, value):
        return with_blockage_rule(queryset, value)
