"""Query parameters of the fund's lists: a malformed value is a Dutch 400, never ignored."""

from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from maatwerk.cases.api.filters import IdFilter

from ..models import EntryKind, LedgerEntry


class LedgerEntryFilter(filters.FilterSet):
    fund = IdFilter(field_name="fund_id", label=_("Alleen de boekingen van dit fonds."))
    case = IdFilter(field_name="case_id", label=_("Alleen de boekingen voor deze casus."))
    kind = filters.ChoiceFilter(
        choices=EntryKind.choices, label=_("Alleen boekingen van deze soort.")
    )

    class Meta:
        model = LedgerEntry
        fields = ["fund", "case", "kind"]
