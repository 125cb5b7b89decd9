"""Members of a household. The BSN goes in, but only its masked form comes out."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from maatwerk.core.bsn import validate_bsn

from ... import services
from ...access import visible_households
from ...models import Household, Member
from ..fields import VisibleRecordField


def _name_field(label: str, message: str, max_length: int) -> serializers.CharField:
    return serializers.CharField(
        max_length=max_length,
        label=label,
        error_messages={"required": message, "blank": message, "null": message},
    )


class MemberSerializer(serializers.ModelSerializer):
    household = VisibleRecordField(
        scope=visible_households,
        not_found=_("Dit huishouden bestaat niet."),
        label=_("huishouden"),
        help_text=_("Alleen bij toevoegen te kiezen."),
    )
    first_name = _name_field(_("voornaam"), _("Vul de voornaam in."), max_length=80)
    last_name = _name_field(_("achternaam"), _("Vul de achternaam in."), max_length=120)
    bsn = serializers.CharField(
        write_only=True,
        required=False,
        allow_blank=True,
        validators=[validate_bsn],
        label=_("BSN"),
        help_text=_("Wordt versleuteld opgeslagen en nooit teruggegeven. Leeg maakt het BSN leeg."),
    )
    masked_bsn = serializers.CharField(
        read_only=True, label=_("BSN (gemaskeerd)"), help_text=_("Alleen de laatste 3 cijfers.")
    )

    class Meta:
        model = Member
        fields = [
            "id",
            "household",
            "first_name",
            "last_name",
            "date_of_birth",
            "role",
            "bsn",
            "masked_bsn",
        ]

    def validate_date_of_birth(self, value: datetime.date | None) -> datetime.date | None:
        if value and value > timezone.localdate():
            raise serializers.ValidationError(_("De geboortedatum kan niet in de toekomst liggen."))
        return value

    def validate_household(self, value: Household) -> Household:
        if self.instance is not None and value.pk != self.instance.household_id:
            raise serializers.ValidationError(
                _("Een gezinslid kan niet naar een ander huishouden worden verplaatst.")
            )
        return value

    def create(self, validated_data: dict) -> Member:
        household = validated_data.pop("household")
        return services.add_member(self.context["request"].user, household, **validated_data)

    def update(self, member: Member, validated_data: dict) -> Member:
        validated_data.pop("household", None)
        return services.update_member(self.context["request"].user, member, **validated_data)
