"""GET /api/v1/vraagbaak/search/: precedents ranked for a description of a stuck case."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from maatwerk.accounts.api_permissions import PolicyPermission
from maatwerk.audit.services import AccessLog, log_access
from maatwerk.cases import selectors as reference
from maatwerk.cases.domains import LifeDomain

from .. import search
from ..models import SolutionType

MAX_LIMIT = 50


class HitSerializer(serializers.Serializer):
    external_id = serializers.CharField(help_text=_("Het externe kenmerk van het precedent."))
    title = serializers.CharField(help_text=_("De titel."))
    score = serializers.FloatField(help_text=_("De score: hoger is beter passend."))
    snippet = serializers.CharField(
        help_text=_("De best passende passage; overeenkomende woorden staan tussen <mark>.")
    )
    snippet_field = serializers.CharField(help_text=_("Het veld waar de passage uit komt."))
    life_domains = serializers.ListField(
        child=serializers.CharField(), help_text=_("Leefgebieden.")
    )
    solution_type = serializers.ListField(
        child=serializers.CharField(), help_text=_("Soorten oplossing.")
    )


class QuerySerializer(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, default="")
    domain = serializers.ChoiceField(choices=LifeDomain.choices, required=False)
    rule = serializers.CharField(required=False)
    solution_type = serializers.ChoiceField(choices=SolutionType.choices, required=False)
    limit = serializers.IntegerField(required=False, min_value=1, max_value=MAX_LIMIT, default=10)

    def validate_rule(self, value: str) -> int:
        rules = reference.rules()
        found = (
            rules.filter(pk=int(value)).first()
            if value.isdigit()
            else rules.filter(name__iexact=value).first()
        )
        if found is None:
            raise serializers.ValidationError(_("Onbekende regel: %(rule)s.") % {"rule": value})
        return found.pk


class SearchView(APIView):
    # (A comment, not a docstring: the schema would publish it.)

    permission_classes = [IsAuthenticated, PolicyPermission]
    schema_tag = _("Vraagbaak")

    @extend_schema(
        summary=_("Zoeken in de vraagbaak"),
        description=_(
            "Gepubliceerde precedenten, best passend eerst, voor een beschrijving van een "
            "vastgelopen casus in eigen woorden (Nederlandse woordstammen en synoniemen), "
            "eventueel beperkt tot een leefgebied, een regel (id of naam) of een soort "
            "oplossing. Zonder q en zonder filter: een lege lijst."
        ),
        parameters=[
            OpenApiParameter("q", str, description=_("De beschrijving, in eigen woorden.")),
            OpenApiParameter(
                "domain", str, enum=LifeDomain.values, description=_("Leefgebied (code).")
            ),
            OpenApiParameter("rule", str, description=_("Regel: id of naam.")),
            OpenApiParameter(
                "solution_type",
                str,
                enum=SolutionType.values,
                description=_("Soort oplossing (code)."),
            ),
            OpenApiParameter(
                "limit", int, description=_("Hoeveel resultaten (1-50, standaard 10).")
            ),
        ],
        responses={200: HitSerializer(many=True)},
    )
    def get(self, request: Request) -> Response:
        params = QuerySerializer(data=request.query_params)
        if not params.is_valid():
            raise ValidationError(params.errors)
        data = params.validated_data
        filters = search.Filters(
            domain=data.get("domain", ""),
            rule=data.get("rule"),
            solution_type=data.get("solution_type", ""),
        )
        hits = []
        if data["q"].strip() or filters.domain or filters.rule or filters.solution_type:
            hits = search.search(data["q"], filters=filters, limit=data["limit"])
        log_access(
            user=request.user,
            action=AccessLog.Action.SEARCH,
            channel=request.resolver_match.view_name,
            request=request,
            details={"precedents": [hit.precedent.external_id for hit in hits]},
        )
        return Response(
            HitSerializer(
                [
                    {
                        "external_id": hit.precedent.external_id,
                        "title": hit.precedent.title,
                        "score": hit.score,
                        "snippet": str(hit.snippet),
                        "snippet_field": hit.snippet_field,
                        "life_domains": hit.precedent.life_domains,
                        "solution_type": hit.precedent.solution_types,
                    }
                    for hit in hits
                ],
                many=True,
            ).data
        )
