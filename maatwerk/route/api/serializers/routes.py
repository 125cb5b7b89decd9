"""Where a case stands on the route, and a move made by hand (with a reason)."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ... import services
from ...workflow import Phase
from ..fields import text_field


class MoveSerializer(serializers.Serializer):
    target = serializers.CharField(label=_("naar fase"))
    label = serializers.CharField(label=_("naam van de stap"))


class RouteSerializer(serializers.Serializer):
    # Not personal: the phase of a case, as the anonymised case list shows its status.

    closed_shape = True  # the schema says: nothing beyond these fields
    case = serializers.IntegerField(source="pk", read_only=True, label=_("casus"))
    phase = serializers.SerializerMethodField(label=_("fase"))
    escalated = serializers.SerializerMethodField(label=_("opgeschaald"))
    moves = serializers.SerializerMethodField(
        label=_("stappen met de hand"),
        help_text=_("De stappen die u nu met de hand kunt zetten (met een reden)."),
    )

    @extend_schema_field(serializers.ChoiceField(choices=Phase.choices))
    def get_phase(self, case) -> str:
        return services.phase_of(case).value

    def get_escalated(self, case) -> bool:
        route = getattr(case, "route", None)  # None before the case entered the route
        return bool(route and route.escalated)

    @extend_schema_field(MoveSerializer(many=True))
    def get_moves(self, case) -> list[dict]:
        user = self.context["request"].user
        moves = services.moves_for(user, case)
        return [{"target": move.target.value, "label": str(move.label)} for move in moves]


class MoveRequestSerializer(serializers.Serializer):
    target = serializers.ChoiceField(choices=Phase.choices, label=_("naar fase"))
    # Whether a reason is good enough is the service's rule, not the serializer's.
    reason = text_field(_("reden"), required=True)
