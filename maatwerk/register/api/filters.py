"""Query parameters of the register's and the requests' lists: a malformed value is a Dutch
400 naming the parameter, never ignored."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from maatwerk.cases.api.filters import IdFilter
from maatwerk.cases.models import Organisation

from .. import selectors
from ..models import Contact, PartnerRequest

_YES_NO = [("true", _("ja")), ("false", _("nee"))]


class _NationalFilter(filters.ChoiceFilter):
    """true: only the national agencies (UWV, SVB, DUO, …); false: only the local partners.
    `kind_field` is the path to the organisation's kind."""

    def __init__(self, kind_field: str, **kwargs) -> None:
        self.kind_field = kind_field
        kwargs.setdefault("choices", _YES_NO)
        kwargs.setdefault("error_messages", {"invalid_choice": _("Kies true of false.")})
        kwargs.setdefault(
            "label",
            _("true: alleen landelijke uitvoeringsorganisaties; false: alleen lokale partners."),
        )
        super().__init__(**kwargs)

    def filter(self, queryset: QuerySet, value: str) -> QuerySet:
        if not value:
            return queryset
        kinds = {f"{self.kind_field}__in": selectors.NATIONAL_KINDS}
        return queryset.filter(**kinds) if value == "true" else queryset.exclude(**kinds)


class ContactFilter(filters.FilterSet):
    national = _NationalFilter("organisation__kind")
    organisation = IdFilter(
        field_name="organisation_id",
        label=_("Alleen bij deze organisatie."),
        error_messages=dict.fromkeys(
            ("invalid", "min_value", "max_value"),
            _("Geef het id van de organisatie (een getal)."),
        ),
    )

    class Meta:
        model = Contact
        fields = ["national", "organisation"]


class RegisterOrganisationFilter(filters.FilterSet):
    national = _NationalFilter("kind")

    class Meta:
        model = Organisation
        fields = ["national"]


class PartnerRequestFilter(filters.FilterSet):
    case = IdFilter(
        field_name="case_id",
        label=_("Alleen de verzoeken vanuit deze casus."),
        error_messages=dict.fromkeys(
            ("invalid", "min_value", "max_value"), _("Geef het id van de casus (een getal).")
        ),
    )
    status = filters.ChoiceFilter(
        choices=PartnerRequest.Status.choices,
        method="filter_status",
        label=_("Alleen verzoeken met deze status (verlopen: open en over de termijn)."),
    )

    class Meta:
        model = PartnerRequest
        fields = ["case", "status"]

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(selectors.with_status_now(value)) if value else queryset
