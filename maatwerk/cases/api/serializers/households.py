"""Households: the address and the people in it. Personal data throughout."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from maatwerk.accounts.selectors import Team, teams

from ... import services
from ...models import Household
from .members import MemberSerializer


class HouseholdMemberSerializer(MemberSerializer):
    """A member as part of its household: given when the household is registered, changed
    later through the members resource."""

    household = None

    class Meta(MemberSerializer.Meta):
        fields = [name for name in MemberSerializer.Meta.fields if name != "household"]


class HouseholdSerializer(serializers.ModelSerializer):
    team = serializers.PrimaryKeyRelatedField(
        queryset=teams(),
        required=False,
        label=_("team"),
        help_text=_(
            "Alleen bij registreren. Verplicht voor rollen die voor alle teams werken "
            "(OMO-functionaris); voor anderen is het altijd hun eigen team."
        ),
        error_messages={"does_not_exist": _("Dit team bestaat niet.")},
    )
    members = HouseholdMemberSerializer(
        many=True,
        label=_("gezinsleden"),
        help_text=_(
            "Bij registreren verplicht: minstens één gezinslid. Daarna wijzigt u gezinsleden "
            "via /api/v1/members/."
        ),
        required=False,
        error_messages={"not_a_list": _("Geef de gezinsleden als lijst.")},
    )

    class Meta:
        model = Household
        fields = [
            "id",
            "team",
            "street",
            "house_number",
            "postcode",
            "city",
            "wijk",
            "members",
            "created_at",
        ]
        read_only_fields = ["created_at"]

    def validate_team(self, value: Team) -> Team:
        if self.instance is not None and value.pk != self.instance.team_id:
            raise serializers.ValidationError(
                _("Het team van een huishouden kan hier niet worden gewijzigd.")
            )
        return value

    def validate_members(self, value: list[dict]) -> list[dict]:
        if self.instance is not None:
            raise serializers.ValidationError(
                _("Gezinsleden wijzigt u via /api/v1/members/, niet via het huishouden.")
            )
        return value

    def validate(self, attrs: dict) -> dict:
        if self.instance is None and not attrs.get("members"):
            raise serializers.ValidationError(
                {"members": _("Een huishouden heeft minstens één gezinslid.")}
            )
        return attrs

    def create(self, validated_data: dict) -> Household:
        user = self.context["request"].user
        # The service decides the team: team-bound roles always get their own.
        return services.create_household(user, **validated_data)

    def update(self, household: Household, validated_data: dict) -> Household:
        validated_data.pop("team", None)
        return services.update_household(self.context["request"].user, household, **validated_data)
