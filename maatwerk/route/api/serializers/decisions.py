"""Decisions by mandate. A decision is never changed: it is replaced by a new, linked one."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ...models import Decision, DecisionOutcome
from ..fields import text_field


class DecisionSerializer(serializers.ModelSerializer):
    case = serializers.IntegerField(source="proposal.case_id", read_only=True, label=_("casus"))
    superseded_by = serializers.SerializerMethodField(
        label=_("vervangen door"), help_text=_("Het besluit (id) dat dit besluit verving.")
    )

    class Meta:
        model = Decision
        fields = [
            "id",
            "proposal",
            "case",
            "outcome",
            "motivation",
            "conditions",
            "level",
            "awb_besluit",
            "college_date",
            "college_reference",
            "supersedes",
            "superseded_by",
            "commitment",
            "supersede_reason",
            "decided_by",
            "decided_at",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_superseded_by(self, decision: Decision) -> int | None:
        return getattr(getattr(decision, "superseded_by", None), "pk", None)


class AnonymisedDecisionSerializer(serializers.ModelSerializer):
    # What was decided at which level and when; no motivation or conditions (free text about
    # the household) and not who decided. (A comment: the schema would publish a docstring.)

    closed_shape = True  # the schema says: nothing beyond these fields
    case = serializers.IntegerField(source="proposal.case_id", read_only=True, label=_("casus"))

    class Meta:
        model = Decision
        fields = [
            "id",
            "proposal",
            "case",
            "outcome",
            "level",
            "awb_besluit",
            "college_date",
            "supersedes",
            "commitment",
            "decided_at",
        ]
        read_only_fields = fields


class DecideSerializer(serializers.Serializer):
    # Who may decide, and what a decision needs at its level, is the service's rule (decide).

    outcome = serializers.ChoiceField(
        choices=DecisionOutcome.choices,
        label=_("besluit"),
        help_text=_("‘ingetrokken’ alleen bij het vervangen van een besluit."),
    )
    motivation = text_field(_("motivering"), required=True)
    conditions = text_field(_("voorwaarden"), help_text=_("Verplicht bij akkoord met voorwaarden."))
    awb_besluit = serializers.BooleanField(
        required=False,
        default=False,
        label=_("besluit in de zin van de Awb"),
        help_text=_("Dan staat in de brief dat en waar bezwaar kan worden gemaakt."),
    )
    college_date = serializers.DateField(
        required=False,
        allow_null=True,
        label=_("datum collegebesluit"),
        help_text=_("Verplicht als het College besluit (boven het drempelbedrag)."),
    )
    college_reference = text_field(
        _("kenmerk collegebesluit"),
        help_text=_("Verplicht als het College besluit (boven het drempelbedrag)."),
    )


class SupersedeSerializer(DecideSerializer):
    supersede_reason = text_field(
        _("reden van vervangen"),
        help_text=_("Waarom het besluit wordt vervangen (bijvoorbeeld: bezwaar gegrond)."),
    )
