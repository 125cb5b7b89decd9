"""After the decision: escalations with their steps, overlegtafels, national escalations,
time-outs, plans with goals and commitments, monitoring moments and evaluations."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from maatwerk.cases.domains import LifeDomain
from maatwerk.core.serializers import MAX_ID

from ...models import (
    Change,
    DomainResult,
    Escalation,
    EscalationLadder,
    EscalationStep,
    Evaluation,
    ExternalEscalation,
    Goal,
    GoalStatus,
    HouseholdCommitment,
    LadderStep,
    MonitoringMoment,
    NationalBody,
    Plan,
    RoundTable,
    TimeOut,
    YesNoUnknown,
)
from ..fields import case_field, text_field


def _read_only(model_class, field_names, **declared):
    """A read-only ModelSerializer of these fields (every route record is read-only once
    made: a later act is a new record or an action). A choice that may be empty is declared
    as such, so the schema says "" is a possible value."""
    for field in model_class._meta.get_fields():
        if field.name in field_names and getattr(field, "choices", None) and field.blank:
            declared.setdefault(
                field.name,
                serializers.ChoiceField(
                    choices=field.choices,
                    allow_blank=True,
                    read_only=True,
                    label=field.verbose_name,
                ),
            )
    meta = type(
        "Meta", (), {"model": model_class, "fields": field_names, "read_only_fields": field_names}
    )
    return type(
        f"{model_class.__name__}Serializer",
        (serializers.ModelSerializer,),
        {"Meta": meta, **declared},
    )


LadderStepSerializer = _read_only(
    LadderStep, ["number", "title", "holder_role", "term_working_days"]
)
LADDER_FIELDS = ["id", "name", "domain", "authority_unknown", "steps"]
LadderSerializer = _read_only(
    EscalationLadder, LADDER_FIELDS, steps=LadderStepSerializer(many=True, read_only=True)
)

STEP_FIELDS = [
    "number",
    "title",
    "holder_role",
    "asked_at",
    "due_date",
    "answered_at",
    "answered_by",
    "answered_by_name",
    "answer",
    "result",
]
StepSerializer = _read_only(EscalationStep, STEP_FIELDS)
ESCALATION_FIELDS = [
    "id",
    "case",
    "ladder",
    "blockage",
    "question",
    "status",
    "started_by",
    "started_at",
    "closed_at",
    "steps",
]
EscalationSerializer = _read_only(
    Escalation, ESCALATION_FIELDS, steps=StepSerializer(many=True, read_only=True)
)


class StartEscalationSerializer(serializers.Serializer):
    case = case_field()
    ladder = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, label=_("escalatieladder (id)")
    )
    blockage = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=MAX_ID, label=_("knelpunt (id)")
    )
    question = text_field(_("wat er nodig is"), required=True)


class AnswerStepSerializer(serializers.Serializer):
    number = serializers.IntegerField(
        min_value=1,
        max_value=MAX_ID,
        label=_("stap"),
        help_text=_("Het nummer van de stap die nu open staat."),
    )
    solved = serializers.BooleanField(label=_("opgelost"))
    answer = text_field(_("antwoord"), required=True)
    answered_by_name = text_field(
        _("antwoord gegeven door"),
        help_text=_("Verplicht bij een stap buiten Maatwerk (partner, wethouder)."),
    )


class AuthoritySerializer(serializers.Serializer):
    ladder = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, label=_("escalatieladder (id) met de gevonden bevoegde")
    )


ROUND_TABLE_FIELDS = [
    "id",
    "case",
    "escalation",
    "held_on",
    "parties",
    "outcome",
    "recorded_by",
    "recorded_at",
]
RoundTableSerializer = _read_only(RoundTable, ROUND_TABLE_FIELDS)


class NewRoundTableSerializer(serializers.Serializer):
    case = case_field()
    held_on = serializers.DateField(label=_("datum"))
    parties = text_field(_("uitgenodigde partijen"), required=True)
    outcome = text_field(_("uitkomst"))


class OutcomeTextSerializer(serializers.Serializer):
    outcome = text_field(_("uitkomst"), required=True)


NATIONAL_FIELDS = [
    "id",
    "case",
    "body",
    "question",
    "with_personal_data",
    "export",
    "sent_by",
    "sent_at",
    "their_reference",
    "answer",
    "answered_at",
    "answer_recorded_by",
]
NationalSerializer = _read_only(ExternalEscalation, NATIONAL_FIELDS)


class NewNationalSerializer(serializers.Serializer):
    case = case_field()
    body = serializers.ChoiceField(choices=NationalBody.choices, label=_("aan"))
    question = text_field(_("vraag"), required=True)


class NationalAnswerSerializer(serializers.Serializer):
    answer = text_field(_("antwoord"), required=True)
    their_reference = text_field(_("kenmerk van de ontvanger"))


TIME_OUT_FIELDS = [
    "id",
    "case",
    "organisation",
    "subject",
    "starts_on",
    "ends_on",
    "reason",
    "agreed_with",
    "registered_by",
    "registered_at",
    "ended_early_on",
]
TimeOutSerializer = _read_only(TimeOut, TIME_OUT_FIELDS)


class NewTimeOutSerializer(serializers.Serializer):
    case = case_field()
    organisation = text_field(_("organisatie"), required=True)
    subject = text_field(_("welk besluit of welke vordering"), required=True)
    starts_on = serializers.DateField(label=_("ingang"))
    ends_on = serializers.DateField(label=_("einde"))
    reason = text_field(_("reden"), required=True)
    agreed_with = text_field(_("afgesproken met"), required=True)


GoalSerializer = _read_only(Goal, ["id", "description", "owner", "due_date", "status"])
CommitmentSerializer = _read_only(HouseholdCommitment, ["id", "description"])
PLAN_FIELDS = [
    "id",
    "case",
    "decision",
    "summary",
    "created_by",
    "created_at",
    "carried_out_at",
    "carried_out_by",
    "goals",
    "commitments",
]
PlanSerializer = _read_only(
    Plan,
    PLAN_FIELDS,
    goals=GoalSerializer(many=True, read_only=True),
    commitments=CommitmentSerializer(many=True, read_only=True),
)


class NewGoalSerializer(serializers.Serializer):
    description = text_field(_("doel"))
    owner = text_field(_("wie"))
    due_date = serializers.DateField(required=False, allow_null=True, label=_("uiterlijk"))


class NewPlanSerializer(serializers.Serializer):
    case = case_field()
    summary = text_field(_("wat we samen gaan doen"), required=True)
    goals = NewGoalSerializer(many=True, label=_("doelen"))
    commitments = serializers.ListField(
        child=serializers.CharField(max_length=300),
        required=False,
        label=_("afspraken van het huishouden"),
    )


class GoalStatusSerializer(serializers.Serializer):
    goal = serializers.IntegerField(min_value=1, max_value=MAX_ID, label=_("doel (id)"))
    status = serializers.ChoiceField(choices=GoalStatus.choices, label=_("stand"))


class CarryOutSerializer(serializers.Serializer):
    on = serializers.DateField(
        required=False, label=_("uitgevoerd op"), help_text=_("Leeg: vandaag.")
    )


DomainResultSerializer = _read_only(DomainResult, ["domain", "change"])
MOMENT_FIELDS = [
    "id",
    "case",
    "number",
    "months",
    "due_date",
    "answered_at",
    "answered_by",
    "regular_care_reduced",
    "debts",
    "housing_stable",
    "costs_avoided",
    "household_judgement",
    "notes",
    "domain_results",
]
MomentSerializer = _read_only(
    MonitoringMoment,
    MOMENT_FIELDS,
    domain_results=DomainResultSerializer(many=True, read_only=True),
)


class MonitoringAnswerSerializer(serializers.Serializer):
    domain_results = serializers.DictField(
        child=serializers.ChoiceField(choices=Change.choices),
        label=_("uitkomst per leefgebied"),
        help_text=_('Leefgebied → beter/gelijk/slechter, bijvoorbeeld {"wonen": "beter"}.'),
    )
    household_judgement = text_field(_("oordeel van het huishouden"), required=True)
    regular_care_reduced = serializers.ChoiceField(
        choices=YesNoUnknown.choices,
        default=YesNoUnknown.ONBEKEND,
        label=_("reguliere zorg afgenomen"),
    )
    debts = serializers.ChoiceField(
        choices=Change.choices, required=False, allow_blank=True, default="", label=_("schulden")
    )
    housing_stable = serializers.ChoiceField(
        choices=YesNoUnknown.choices, default=YesNoUnknown.ONBEKEND, label=_("wonen stabiel")
    )
    costs_avoided = serializers.DecimalField(
        max_digits=12,
        decimal_places=2,
        required=False,
        allow_null=True,
        label=_("vermeden kosten (EUR)"),
    )
    notes = text_field(_("toelichting"))

    def validate_domain_results(self, value: dict) -> dict:
        unknown = sorted(set(value) - set(LifeDomain.values))
        if unknown:
            raise serializers.ValidationError(
                _("Onbekend leefgebied: %(codes)s.") % {"codes": ", ".join(unknown)}
            )
        return value


EVALUATION_FIELDS = ["id", "case", "embedded", "lessons", "evaluated_by", "evaluated_at"]
EvaluationSerializer = _read_only(Evaluation, EVALUATION_FIELDS)


class NewEvaluationSerializer(serializers.Serializer):
    case = case_field()
    embedded = serializers.BooleanField(label=_("geborgd in de reguliere processen"))
    lessons = text_field(_("geleerde lessen"), required=True)
