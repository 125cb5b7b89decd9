"""/households/: households and, read-only, who lives there."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view

from ...access import visible_households
from ...models import Case, Household
from ..access_log import cases_of_household
from ..serializers.households import HouseholdSerializer
from .base import CaseFileViewSet


@extend_schema_view(
    list=extend_schema(summary=_("Huishoudens")),
    retrieve=extend_schema(summary=_("Eén huishouden")),
    create=extend_schema(summary=_("Huishouden registreren")),
    update=extend_schema(summary=_("Huishouden wijzigen")),
    partial_update=extend_schema(summary=_("Huishouden deels wijzigen")),
)
class HouseholdViewSet(CaseFileViewSet):
    schema_tag = _("Huishoudens")
    serializer_class = HouseholdSerializer

    def get_queryset(self) -> QuerySet[Household]:
        return visible_households(self.request.user).prefetch_related("members").order_by("pk")

    def cases_of(self, instance: Household) -> list[Case | Household]:
        return cases_of_household(instance)
