"""Proposals (voorstellen) with their Waardendriehoek, the OMO-functionaris's advice and the
consultation of a portefeuillehouder. A proposal is never changed: a better one is new."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from maatwerk.accounts.selectors import active_users

from ...models import (
    Advice,
    LegalGround,
    PortfolioConsultation,
    Proposal,
    Recommendation,
)
from ...services.proposals import PROPOSAL_FIELDS
from ..fields import case_field, text_field


class AdviceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Advice
        fields = ["id", "proposal", "recommendation", "text", "given_by", "given_at"]
        read_only_fields = fields


class PortfolioConsultationSerializer(serializers.ModelSerializer):
    class Meta:
        model = PortfolioConsultation
        fields = [
            "id",
            "proposal",
            "portefeuillehouder",
            "question",
            "asked_by",
            "asked_at",
            "view",
            "answered_at",
        ]
        read_only_fields = fields


def _deviation_ground() -> serializers.ChoiceField:
    # Declared: a read-only field generated from the model would not say that it is empty
    # ("") when the proposal does not deviate.
    return serializers.ChoiceField(
        choices=LegalGround.choices, allow_blank=True, read_only=True, label=_("grondslag")
    )


class ProposalSerializer(serializers.ModelSerializer):
    deviation_ground = _deviation_ground()
    advices = AdviceSerializer(many=True, read_only=True, label=_("adviezen"))
    portfolio_consultations = PortfolioConsultationSerializer(
        many=True, read_only=True, label=_("consultaties portefeuillehouder")
    )
    decisions = serializers.PrimaryKeyRelatedField(
        many=True, read_only=True, label=_("besluiten"), help_text=_("De besluiten (id's).")
    )

    class Meta:
        model = Proposal
        fields = [
            "id",
            "case",
            *PROPOSAL_FIELDS,
            "mandate_level",
            "canvas_version",
            "proposed_by",
            "proposed_at",
            "advices",
            "portfolio_consultations",
            "decisions",
        ]
        read_only_fields = fields


class AnonymisedProposalSerializer(serializers.ModelSerializer):
    # For roles that see patterns, never persons: amounts, scores and the mandate level, no
    # free text and not who proposed. (A comment, not a docstring: the schema would publish it.)

    closed_shape = True  # the schema says: nothing beyond these fields
    deviation_ground = _deviation_ground()

    class Meta:
        model = Proposal
        fields = [
            "id",
            "case",
            "cost_estimate",
            "within_frameworks",
            "fund_requested",
            "fund_amount",
            "fund",
            "regular_budget_reason",
            "rendement_score",
            "legitimiteit_score",
            "betrokkenheid_score",
            "deviates",
            "deviation_ground",
            "mandate_level",
            "proposed_at",
        ]
        read_only_fields = fields


class SubmitProposalSerializer(serializers.ModelSerializer):
    # The model's own field types and bounds; whether the proposal is complete and may be
    # made now is the service's rule (submit_proposal), with its own messages.

    case = case_field()

    class Meta:
        model = Proposal
        fields = [
            "case",
            *PROPOSAL_FIELDS,
        ]
        extra_kwargs = {
            "solution": {"allow_blank": False},
            "within_frameworks": {"required": True},
            "fund_requested": {"required": False},
            "fund": {"required": False},
            "regular_budget_reason": {"required": False, "allow_blank": True},
            "deviates": {"required": False},
            **{
                name: {"required": False, "allow_blank": True}
                for name in (
                    "rendement_motivation",
                    "legitimiteit_motivation",
                    "betrokkenheid_motivation",
                    "deviation_rule",
                    "deviation_power_holder",
                    "deviation_motivation",
                )
            },
            "deviation_ground": {"required": False, "allow_blank": True},
        }


class AdviceRequestSerializer(serializers.Serializer):
    recommendation = serializers.ChoiceField(choices=Recommendation.choices, label=_("advies"))
    text = text_field(_("toelichting"), required=True)


class ConsultRequestSerializer(serializers.Serializer):
    portefeuillehouder = serializers.PrimaryKeyRelatedField(
        queryset=active_users(),
        label=_("portefeuillehouder"),
        help_text=_("De portefeuillehouder (gebruiker, id) van de gemeente van de casus."),
        error_messages={"does_not_exist": _("Deze gebruiker bestaat niet.")},
    )
    question = text_field(_("vraag aan de portefeuillehouder"), required=True)
