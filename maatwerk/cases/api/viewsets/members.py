"""/members/: the people in a household."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view

from ...access import visible_members
from ...models import Case, Household, Member
from ..access_log import cases_of_household
from ..filters import MemberFilter
from ..serializers.members import MemberSerializer
from .base import CaseFileViewSet


@extend_schema_view(
    list=extend_schema(summary=_("Gezinsleden")),
    retrieve=extend_schema(summary=_("Eén gezinslid")),
    create=extend_schema(summary=_("Gezinslid toevoegen")),
    update=extend_schema(summary=_("Gezinslid wijzigen")),
    partial_update=extend_schema(summary=_("Gezinslid deels wijzigen")),
)
class MemberViewSet(CaseFileViewSet):
    schema_tag = _("Gezinsleden")
    serializer_class = MemberSerializer
    filterset_class = MemberFilter

    def get_queryset(self) -> QuerySet[Member]:
        return visible_members(self.request.user).order_by("household_id", "date_of_birth", "pk")

    def cases_of(self, instance: Member) -> list[Case | Household]:
        return cases_of_household(instance.household)
