"""GET /api/v1/insights/report/ and /api/v1/insights/signals/: the report's tables as the
screen shows them (small counts hidden) and the register of signals to policy. Aggregates
only: no case, no person."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from maatwerk.accounts.api_permissions import PolicyPermission

from .. import services
from ..models import SignalStatus


class CellSerializer(serializers.Serializer):
    text = serializers.CharField(help_text=_("Zoals getoond: '< 5' of '×' als het verborgen is."))
    value = serializers.CharField(
        allow_null=True, help_text=_("De waarde als getal (tekst), leeg als het verborgen is.")
    )
    kind = serializers.CharField(help_text=_("label, count, money, days of share."))


class TableSerializer(serializers.Serializer):
    slug = serializers.CharField(help_text=_("De naam van de tabel."))
    title = serializers.CharField(help_text=_("De titel."))
    columns = serializers.ListField(child=serializers.CharField(), help_text=_("Kolommen."))
    rows = serializers.ListField(
        child=serializers.ListField(child=CellSerializer()), help_text=_("De rijen.")
    )
    note = serializers.CharField(help_text=_("Toelichting."))


class ReportSerializer(serializers.Serializer):
    start = serializers.DateField(help_text=_("Van."))
    end = serializers.DateField(help_text=_("Tot en met."))
    municipality = serializers.CharField(help_text=_("De gemeente."))
    findings = serializers.CharField(help_text=_("Bevindingen en lessen."))
    tables = TableSerializer(many=True, help_text=_("De tabellen."))


class SignalSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text=_("Het id."))
    title = serializers.CharField(help_text=_("Het knelpunt."))
    owner = serializers.CharField(help_text=_("De organisatie die over de regel gaat."))
    rule = serializers.CharField(allow_null=True, help_text=_("De regel."))
    status = serializers.ChoiceField(choices=SignalStatus.choices, help_text=_("De status."))
    cases = serializers.IntegerField(help_text=_("Aantal gekoppelde casussen."))
    precedents = serializers.IntegerField(help_text=_("Aantal gekoppelde precedenten."))
    response = serializers.CharField(help_text=_("De reactie van beleid."))
    response_date = serializers.DateField(allow_null=True, help_text=_("Datum van de reactie."))


def _municipality(request: Request):
    municipality = services.municipality_of(request.user)
    if municipality is None:
        raise PermissionDenied(_("U werkt niet voor een gemeente."))
    return municipality


class ReportView(APIView):
    # (A comment, not a docstring: the schema would publish it.)

    permission_classes = [IsAuthenticated, PolicyPermission]
    schema_tag = _("Rapportage")

    @extend_schema(
        summary=_("De rapportage over een periode"),
        description=_(
            "De tabellen van de kwartaalrapportage (of een andere periode) zoals het scherm "
            "ze toont: aantallen van minder dan 5 huishoudens als '< 5', en wat ze zou "
            "verraden als '×'. Zonder van en tot: het laatste volle kwartaal."
        ),
        parameters=[
            OpenApiParameter("van", str, description=_("Begindatum, JJJJ-MM-DD.")),
            OpenApiParameter("tot", str, description=_("Einddatum, JJJJ-MM-DD.")),
        ],
        responses={200: ReportSerializer},
    )
    def get(self, request: Request) -> Response:
        default_start, default_end = services.current_quarter()
        try:
            start, end = services.parse_period(
                request.query_params.get("van") or default_start.isoformat(),
                request.query_params.get("tot") or default_end.isoformat(),
            )
        except DjangoValidationError as problem:
            raise ValidationError({"van": problem.messages}) from None
        report = services.report_for(_municipality(request), start, end)
        data = {
            "start": report.start,
            "end": report.end,
            "municipality": report.municipality_name,
            "findings": report.findings,
            "tables": [
                {
                    "slug": table.slug,
                    "title": table.title,
                    "columns": [str(column) for column in table.columns],
                    "note": table.note,
                    "rows": [
                        [
                            {
                                "text": cell.text(),
                                "value": None
                                if cell.hidden or cell.value is None
                                else str(cell.value),
                                "kind": cell.kind,
                            }
                            for cell in row
                        ]
                        for row in table.rows
                    ],
                }
                for table in report.tables
            ],
        }
        return Response(ReportSerializer(data).data)


class SignalsView(APIView):
    # (A comment, not a docstring: the schema would publish it.)

    permission_classes = [IsAuthenticated, PolicyPermission]
    schema_tag = _("Rapportage")

    @extend_schema(
        summary=_("Signalen aan beleid"),
        description=_(
            "Het register van structurele knelpunten met eigenaar, status en de reactie van "
            "beleid; gekoppelde casussen en precedenten als aantal."
        ),
        responses={200: SignalSerializer(many=True)},
    )
    def get(self, request: Request) -> Response:
        found = services.signals_for(_municipality(request)).annotate(
            case_count=Count("cases", distinct=True),
            precedent_count=Count("precedents", distinct=True),
        )
        return Response(
            SignalSerializer(
                [
                    {
                        "id": signal.pk,
                        "title": signal.title,
                        "owner": str(signal.owner),
                        "rule": str(signal.rule) if signal.rule_id else None,
                        "status": signal.status,
                        "cases": signal.case_count,
                        "precedents": signal.precedent_count,
                        "response": signal.response,
                        "response_date": signal.response_date,
                    }
                    for signal in found
                ],
                many=True,
            ).data
        )
