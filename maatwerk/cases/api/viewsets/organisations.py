"""/organisations/: the reference list of organisations that own rules or work on cases."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.permissions import IsAuthenticated

from maatwerk.accounts.api_permissions import PolicyPermission

from ...models import Organisation
from ..serializers.organisations import OrganisationSerializer


@extend_schema_view(
    list=extend_schema(summary=_("Organisaties")),
    retrieve=extend_schema(summary=_("Eén organisatie")),
    create=extend_schema(summary=_("Organisatie toevoegen")),
    update=extend_schema(summary=_("Organisatie wijzigen")),
    partial_update=extend_schema(summary=_("Organisatie deels wijzigen")),
)
class OrganisationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    schema_tag = _("Organisaties")
    serializer_class = OrganisationSerializer
    permission_classes = [IsAuthenticated, PolicyPermission]

    def get_queryset(self) -> QuerySet[Organisation]:
        return Organisation.objects.order_by("name", "pk")
