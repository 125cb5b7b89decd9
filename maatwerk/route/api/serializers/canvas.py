"""Versions of the maatwerkcanvas: read, and a new one saved. A version is never changed."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from ...models import CANVAS_FIELD_NAMES, CANVAS_FIELDS, CanvasVersion
from ..fields import case_field, text_field


class CanvasVersionSerializer(serializers.ModelSerializer):
    class Meta:
        model = CanvasVersion
        fields = [
            "id",
            "case",
            "number",
            *CANVAS_FIELD_NAMES,
            "blockages",
            "created_by",
            "created_at",
        ]
        read_only_fields = fields


def _fields() -> dict[str, serializers.Field]:
    return {
        name: text_field(
            label,
            help_text=_("Niet meegestuurd: de tekst van de vorige versie blijft staan."),
        )
        for name, label in CANVAS_FIELDS
    }


class SaveCanvasSerializer(serializers.Serializer):
    case = case_field()
    blockages = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1),
        required=False,
        max_length=200,
        label=_("knelpunten"),
        help_text=_(
            "De knelpunten (id's) van deze casus waar het canvas over gaat. Niet meegestuurd: "
            "die van de vorige versie."
        ),
    )

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        fields.update(_fields())
        return fields
