"""/register-contacts/, /register-organisations/, /authorities/ and /partner-requests/: the
maatwerkregister and the requests to partners through the same services and selectors as the
screens. The register and the authority map hold no household data; a request does, so every
read of one is in the access log, naming its case."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import (
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
)
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from maatwerk.accounts.api_permissions import PolicyPermission
from maatwerk.accounts.roles import Role
from maatwerk.audit.services import AccessLog
from maatwerk.cases import selectors as reference
from maatwerk.cases.api.access_log import log_case_files, log_refusal
from maatwerk.core.serializers import ErrorSerializer

from .. import selectors, services
from ..models import Contact, PartnerRequest
from . import serializers as s
from .filters import ContactFilter, PartnerRequestFilter, RegisterOrganisationFilter

REGISTER = _("Maatwerkregister")
REQUESTS = _("Verzoeken aan partners")

REFUSED = OpenApiResponse(
    ErrorSerializer,
    description=_(
        "Geweigerd in deze toestand: geen toestemming van het huishouden om informatie te "
        "delen, of het verzoek is al beantwoord. Er is niets opgeslagen."
    ),
)


class _Reference(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    # (A comment, not a docstring: the schema would publish it.)
    permission_classes = [IsAuthenticated, PolicyPermission]
    schema_tag = REGISTER


class ContactViewSet(_Reference):
    serializer_class = s.ContactSerializer
    filterset_class = ContactFilter

    def get_queryset(self) -> QuerySet[Contact]:
        return selectors.contacts().order_by("organisation__name", "name", "pk")

    @extend_schema(
        summary=_("Contactpersonen in het register"),
        description=_(
            "De actieve contactpersonen bij landelijke uitvoeringsorganisaties en lokale "
            "partners: functie, bereikbaarheid, leefgebied en vervanger."
        ),
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary=_("Eén contactpersoon"))
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)


def _with_contacts(organisations: list) -> list:
    """Each organisation with its active contacts, in one query for the whole page (the
    contact's link to its organisation has no reverse accessor to prefetch)."""
    by_organisation: dict[int, list[Contact]] = {org.pk: [] for org in organisations}
    for contact in selectors.contacts().filter(organisation_id__in=list(by_organisation)):
        by_organisation[contact.organisation_id].append(contact)
    for organisation in organisations:
        organisation.contacts = by_organisation[organisation.pk]
    return organisations


class RegisterOrganisationViewSet(_Reference):
    serializer_class = s.RegisterOrganisationSerializer
    filterset_class = RegisterOrganisationFilter

    def get_queryset(self) -> QuerySet:
        return reference.organisations().order_by("name", "pk")

    @extend_schema(
        summary=_("Organisaties in het register"),
        description=_(
            "Elke organisatie van de lijst, landelijk of lokaal, met haar actieve contactpersonen."
        ),
    )
    def list(self, request: Request, *args, **kwargs) -> Response:
        found = self.filter_queryset(self.get_queryset())
        page = _with_contacts(list(self.paginate_queryset(found)))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(summary=_("Eén organisatie met haar contactpersonen"))
    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        return Response(self.get_serializer(_with_contacts([self.get_object()])[0]).data)


class AuthorityViewSet(_Reference):
    # One row per rule of the case file's list, under the rule's id ("bevoegde onbekend"
    # where nothing is recorded): the map as the screens show it.
    serializer_class = s.AuthoritySerializer

    def get_queryset(self) -> QuerySet:
        return reference.rules().order_by("name", "pk")

    def _rows(self, rules: list) -> list:
        found = selectors.authorities_for_rules(rule.pk for rule in rules)
        return [(rule, found.get(rule.pk)) for rule in rules]

    @extend_schema(
        summary=_("Bevoegdhedenkaart"),
        description=_(
            "Per regel: wie een uitzondering kan maken, op welke grond, met welke ruimte, "
            "de escalatieroute en de contactpersoon in het register. Status onbekend: "
            '"bevoegde onbekend", de OMO-functionaris zoekt het uit.'
        ),
    )
    def list(self, request: Request, *args, **kwargs) -> Response:
        page = self._rows(list(self.paginate_queryset(self.get_queryset())))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        summary=_("Wie beslist over één regel"),
        description=_("Het id is dat van de regel."),
    )
    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        return Response(self.get_serializer(self._rows([self.get_object()])[0]).data)


def _either(many: bool = False) -> PolymorphicProxySerializer:
    return PolymorphicProxySerializer(
        component_name="PartnerRequestOrPartnerView",
        serializers=[s.PartnerRequestSerializer, s.PartnerViewSerializer],
        resource_type_field_name=None,
        many=many,
    )


class PartnerRequestViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    # Who works on case files reaches the requests of the cases they may open; the partner
    # contact only those sent to them, in the minimal form. Anything else is a 404.
    permission_classes = [IsAuthenticated, PolicyPermission]
    schema_tag = REQUESTS
    queryset = PartnerRequest.objects.none()  # for the schema; get_queryset scopes
    filterset_class = PartnerRequestFilter

    def _for_partner(self) -> bool:
        return getattr(self.request.user, "role", None) == Role.PARTNER_CONTACT

    def get_serializer_class(self):
        if getattr(self, "swagger_fake_view", False) or not self._for_partner():
            return s.PartnerRequestSerializer
        return s.PartnerViewSerializer

    def get_queryset(self) -> QuerySet[PartnerRequest]:
        if getattr(self, "swagger_fake_view", False):
            return PartnerRequest.objects.none()
        return selectors.requests_visible_to(self.request.user).order_by("due_date", "pk")

    def log_refusal(self, request: Request) -> None:
        log_refusal(request, self)

    def _answer(self, instance: PartnerRequest, code: int, action: str) -> Response:
        instance = self.get_queryset().get(pk=instance.pk)
        log_case_files(self.request, [instance.case], action)
        row = services.with_status([instance])[0]
        return Response(self.get_serializer(row).data, status=code)

    @extend_schema(
        summary=_("Verzoeken aan partners"),
        description=_(
            "Voor wie aan casussen werkt: de verzoeken vanuit de casussen die u mag openen. "
            "Voor een partnercontact: alleen de verzoeken aan u, met alleen wat de "
            "toestemming toelaat. De status verlopen staat er als de termijn voorbij is."
        ),
        responses=_either(many=True),
    )
    def list(self, request: Request, *args, **kwargs) -> Response:
        found = self.filter_queryset(self.get_queryset())
        page = services.with_status(self.paginate_queryset(found))
        log_case_files(
            request,
            list({row.case_id: row.case for row in page}.values()),
            AccessLog.Action.SEARCH if request.query_params else AccessLog.Action.READ,
        )
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        summary=_("Eén verzoek"),
        description=_("Een partnercontact krijgt de beperkte vorm (PartnerView)."),
        responses=_either(),
    )
    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        row = services.with_status([self.get_object()])[0]
        log_case_files(request, [row.case], AccessLog.Action.READ)
        return Response(self.get_serializer(row).data)

    @extend_schema(
        summary=_("Verzoek versturen"),
        description=_(
            "Een vraag vanuit een casus aan een contactpersoon in het register, uiterlijk "
            "over 2 werkdagen beantwoord (feestdagen tellen niet mee). Zonder toestemming van "
            "het huishouden om informatie te delen wordt het verzoek geweigerd (409), met de "
            "reden; er wordt dan niets opgeslagen."
        ),
        request=s.SendSerializer,
        responses={201: s.PartnerRequestSerializer, 409: REFUSED},
    )
    def create(self, request: Request, *args, **kwargs) -> Response:
        data = s.SendSerializer(data=request.data, context=self.get_serializer_context())
        data.is_valid(raise_exception=True)
        sent = services.send_request(request.user, **data.validated_data)
        return self._answer(sent, status.HTTP_201_CREATED, AccessLog.Action.CREATE)

    @extend_schema(
        summary=_("Verzoek oppakken"),
        description=_(
            "De partner opent een eigen dossier: het verzoek is opgepakt, met uw eigen "
            "kenmerk. Een beantwoord verzoek kan niet meer worden opgepakt (409)."
        ),
        request=s.PickUpSerializer,
        responses={200: s.PartnerViewSerializer, 409: REFUSED},
    )
    @action(detail=True, methods=["post"], url_path="pick-up")
    def pick_up(self, request: Request, pk: str | None = None) -> Response:
        found = self.get_object()
        data = s.PickUpSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.pick_up(request.user, found, data.validated_data["reference"])
        return self._answer(found, status.HTTP_200_OK, AccessLog.Action.UPDATE)

    @extend_schema(
        summary=_("Verzoek beantwoorden"),
        description=_(
            "Het antwoord komt bij het verzoek en op de tijdlijn van de casus. Een verzoek "
            "dat al beantwoord is, krijgt geen tweede antwoord (409)."
        ),
        request=s.AnswerSerializer,
        responses={200: s.PartnerViewSerializer, 409: REFUSED},
    )
    @action(detail=True, methods=["post"])
    def answer(self, request: Request, pk: str | None = None) -> Response:
        found = self.get_object()
        data = s.AnswerSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.answer_request(request.user, found, data.validated_data["answer"])
        return self._answer(found, status.HTTP_200_OK, AccessLog.Action.UPDATE)
