"""Blockages (knelpunten): a rule that stands in the way of what a household needs."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from ... import services
from ...access import visible_cases
from ...models import Blockage, Case, Organisation, Rule
from ..fields import VisibleRecordField


class BlockageSerializer(serializers.ModelSerializer):
    case = VisibleRecordField(
        scope=visible_cases,
        not_found=_("Deze casus bestaat niet."),
        label=_("casus"),
        help_text=_("Alleen bij toevoegen te kiezen."),
    )
    rule = serializers.PrimaryKeyRelatedField(
        queryset=Rule.objects.all(),
        label=_("regel"),
        error_messages={
            "required": _("Kies de regel die in de weg staat."),
            "null": _("Kies de regel die in de weg staat."),
            "does_not_exist": _("Deze regel bestaat niet."),
        },
    )
    owner = serializers.PrimaryKeyRelatedField(
        queryset=Organisation.objects.all(),
        required=False,
        label=_("eigenaar van de regel"),
        help_text=_("Organisatie (id). Standaard de eigenaar van de regel."),
        error_messages={"does_not_exist": _("Deze organisatie bestaat niet.")},
    )
    explanation = serializers.CharField(
        label=_("toelichting"),
        error_messages={
            "required": _("Licht toe hoe deze regel in de weg staat."),
            "blank": _("Licht toe hoe deze regel in de weg staat."),
        },
    )

    class Meta:
        model = Blockage
        fields = ["id", "case", "rule", "owner", "explanation"]

    def validate_case(self, value: Case) -> Case:
        if self.instance is not None and value.pk != self.instance.case_id:
            raise serializers.ValidationError(
                _("Een knelpunt kan niet naar een andere casus worden verplaatst.")
            )
        return value

    def create(self, validated_data: dict) -> Blockage:
        case = validated_data.pop("case")
        user = self.context["request"].user
        return services.add_case_row(user, case, "blockages", **validated_data)

    def update(self, blockage: Blockage, validated_data: dict) -> Blockage:
        validated_data.pop("case", None)
        return services.change_case_row(self.context["request"].user, blockage, **validated_data)


class AnonymisedBlockageSerializer(serializers.ModelSerializer):
    # Which rule blocks which case, without the explanation (free text about the household).

    closed_shape = True  # the schema says: nothing beyond these fields

    class Meta:
        model = Blockage
        fields = ["id", "case", "rule", "owner"]
        read_only_fields = fields
