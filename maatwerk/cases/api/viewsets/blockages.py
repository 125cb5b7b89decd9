"""/blockages/: knelpunten, the rules that stand in the way."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema, extend_schema_view
from rest_framework.serializers import BaseSerializer

from maatwerk.accounts.api_permissions import sees_personal_data

from ...access import visible_blockages
from ...models import Blockage, Case, Household
from ..filters import BlockageFilter
from ..serializers.blockages import AnonymisedBlockageSerializer, BlockageSerializer
from .base import CaseFileViewSet

_ANONYMISED_NOTE = _(
    "Rollen zonder toegang tot persoonsgegevens krijgen geen toelichting, alleen casus, regel "
    "en eigenaar."
)


def _either(many: bool = False) -> PolymorphicProxySerializer:
    return PolymorphicProxySerializer(
        component_name="BlockageOrAnonymisedBlockage",
        serializers=[BlockageSerializer, AnonymisedBlockageSerializer],
        resource_type_field_name=None,
        many=many,
    )


@extend_schema_view(
    list=extend_schema(
        summary=_("Knelpunten"), description=_ANONYMISED_NOTE, responses=_either(True)
    ),
    retrieve=extend_schema(
        summary=_("Eén knelpunt"), description=_ANONYMISED_NOTE, responses=_either()
    ),
    create=extend_schema(summary=_("Knelpunt vastleggen")),
    update=extend_schema(summary=_("Knelpunt wijzigen")),
    partial_update=extend_schema(summary=_("Knelpunt deels wijzigen")),
)
class BlockageViewSet(CaseFileViewSet):
    schema_tag = _("Knelpunten")
    filterset_class = BlockageFilter

    def get_queryset(self) -> QuerySet[Blockage]:
        return visible_blockages(self.request.user).order_by("pk")

    def get_serializer_class(self) -> type[BaseSerializer]:
        return BlockageSerializer if sees_personal_data(self) else AnonymisedBlockageSerializer

    def cases_of(self, instance: Blockage) -> list[Case | Household]:
        return [instance.case]
