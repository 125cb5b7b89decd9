"""Cases: the full view for case workers and an anonymised one for finance and policy."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from maatwerk.accounts.selectors import Team, active_users

from ... import services
from ...access import visible_households
from ...models import Blockage, Case, CaseDomain, Household
from ...workflow import CaseStatus
from ..fields import VisibleRecordField


class TeamSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Team
        fields = ["id", "name"]
        read_only_fields = fields


class DomainSerializer(serializers.ModelSerializer):
    class Meta:
        model = CaseDomain
        fields = ["code", "description"]


class EligibilitySerializer(serializers.Serializer):
    multiple_domains = serializers.BooleanField(label=_("meerdere leefgebieden"))
    regular_route_tried = serializers.BooleanField(label=_("reguliere route geprobeerd"))
    stagnation_risk = serializers.BooleanField(label=_("risico op stilstand vastgelegd"))
    met = serializers.BooleanField(label=_("voldoet aan de toetsingscriteria"))


class CaseSerializer(serializers.ModelSerializer):
    household = VisibleRecordField(
        scope=visible_households,
        not_found=_("Dit huishouden bestaat niet."),
        label=_("huishouden"),
        help_text=_("Alleen bij aanmelden te kiezen; daarna niet meer te wijzigen."),
    )
    team = TeamSummarySerializer(source="household.team", read_only=True, label=_("team"))
    regisseur = serializers.PrimaryKeyRelatedField(
        queryset=active_users(),
        required=False,
        label=_("regisseur"),
        help_text=_("Gebruiker (id). Standaard wie de casus aanmeldt."),
        error_messages={"does_not_exist": _("Deze gebruiker bestaat niet.")},
    )
    domains = DomainSerializer(many=True, required=False, label=_("leefgebieden"))
    eligibility = serializers.SerializerMethodField(label=_("toetsingscriteria"))

    class Meta:
        model = Case
        fields = [
            "id",
            "reference",
            "household",
            "team",
            "title",
            "status",
            "signal_source",
            "signal_date",
            "regisseur",
            "regular_route_exhausted",
            "stagnation_risk",
            "eligibility_reason",
            "household_involved",
            "household_not_involved_reason",
            "household_involved_from",
            "consent",
            "consent_date",
            "consent_scope",
            "domains",
            "eligibility",
            "created_at",
            "updated_at",
        ]
        # Status only moves through the transition endpoint, so the workflow table applies.
        read_only_fields = ["reference", "status", "created_at", "updated_at"]

    @extend_schema_field(EligibilitySerializer)
    def get_eligibility(self, case: Case) -> dict:
        return EligibilitySerializer(services.eligibility(case)).data

    def validate_domains(self, value: list[dict]) -> list[dict]:
        codes = [domain.get("code") for domain in value]
        # A PATCH makes nested fields optional too, but a domain without a code means nothing.
        if None in codes:
            raise serializers.ValidationError(_("Geef bij elk leefgebied de code op."))
        if len(codes) != len(set(codes)):
            raise serializers.ValidationError(_("Elk leefgebied mag maar één keer voorkomen."))
        return value

    def validate_household(self, value: Household) -> Household:
        if self.instance is not None and value.pk != self.instance.household_id:
            raise serializers.ValidationError(
                _("Het huishouden van een casus kan niet worden gewijzigd.")
            )
        return value

    def create(self, validated_data: dict) -> Case:
        user = self.context["request"].user
        domains = validated_data.pop("domains", None)
        with transaction.atomic():
            case = services.create_case(user, **validated_data)
            if domains:
                services.set_domains(user, case, domains)
        return case

    def update(self, case: Case, validated_data: dict) -> Case:
        user = self.context["request"].user
        domains = validated_data.pop("domains", None)
        validated_data.pop("household", None)
        with services.editing_case(user, case, what=_("Casusgegevens")):
            services.update_case(user, case, **validated_data)
            if domains is not None:
                services.set_domains(user, case, domains)
        return Case.objects.get(pk=case.pk)


class BlockageSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Blockage
        fields = ["rule", "owner"]
        read_only_fields = fields


class DomainCodeSerializer(serializers.ModelSerializer):
    class Meta:
        model = CaseDomain
        fields = ["code"]
        read_only_fields = fields


class AnonymisedCaseSerializer(serializers.ModelSerializer):
    # For roles that see patterns, never persons: no title, names, addresses or free text.
    # (A comment, not a docstring: the schema would publish it, in English.)

    closed_shape = True  # the schema says: nothing beyond these fields
    team = TeamSummarySerializer(source="household.team", read_only=True, label=_("team"))
    # Same shape as the full serializer, minus the description (free text).
    domains = DomainCodeSerializer(many=True, read_only=True, label=_("leefgebieden"))
    blockages = BlockageSummarySerializer(many=True, read_only=True, label=_("knelpunten"))
    member_count = serializers.IntegerField(read_only=True, label=_("aantal gezinsleden"))

    class Meta:
        model = Case
        fields = [
            "id",
            "reference",
            "status",
            "signal_source",
            "signal_date",
            "team",
            "domains",
            "blockages",
            "member_count",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


# An inline enum: the generator would otherwise name the status choices twice (StatusEnum and
# TargetEnum) and warn about it.
@extend_schema_field({"type": "string", "enum": CaseStatus.values})
class TargetStatusField(serializers.ChoiceField):
    pass


class TransitionSerializer(serializers.Serializer):
    target = TargetStatusField(choices=CaseStatus.choices, label=_("nieuwe status"))
    # Whether a reason is good enough is the service's rule, not the serializer's.
    reason = serializers.CharField(allow_blank=True, label=_("reden"))
