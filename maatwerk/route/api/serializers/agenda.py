"""Agenda items of the weekly casusoverleg, and the outcome recorded for each."""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from maatwerk.accounts.selectors import active_users

from ...models import AgendaItem, Consultation, Outcome, Task
from ...services.consultation import MAX_TASKS
from ..fields import case_field, text_field


@extend_schema_field({"type": "string", "pattern": r"^\d{2}:\d{2}$", "example": "10:00"})
class LocalTimeField(serializers.TimeField):
    """A time of day in Amsterdam, as "10:00". OpenAPI's `time` format asks for an offset,
    which a weekly slot does not have (it follows summer and winter time)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(format="%H:%M", **kwargs)


class ConsultationSummarySerializer(serializers.ModelSerializer):
    time = LocalTimeField(read_only=True, label=_("tijd"))

    class Meta:
        model = Consultation
        fields = ["id", "date", "time", "place"]
        read_only_fields = fields


class TaskSerializer(serializers.ModelSerializer):
    class Meta:
        model = Task
        fields = ["id", "description", "owner", "due_date", "done_at"]
        read_only_fields = fields


class AgendaItemSerializer(serializers.ModelSerializer):
    consultation = ConsultationSummarySerializer(read_only=True, label=_("casusoverleg"))
    # Declared: a read-only field generated from the model would not say that it is empty
    # ("") until the outcome is recorded.
    outcome = serializers.ChoiceField(
        choices=Outcome.choices, allow_blank=True, read_only=True, label=_("uitkomst")
    )
    tasks = TaskSerializer(many=True, read_only=True, label=_("taken"))

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "case",
            "consultation",
            "question",
            "added_by",
            "added_at",
            "outcome",
            "outcome_notes",
            "outcome_by",
            "outcome_at",
            "tasks",
        ]
        read_only_fields = fields


class PutOnAgendaSerializer(serializers.Serializer):
    case = case_field()
    question = text_field(_("vraag aan het overleg"), required=True)
    date = serializers.DateField(
        required=False,
        allow_null=True,
        label=_("datum van het overleg"),
        help_text=_("Leeg: het eerstvolgende wekelijkse casusoverleg."),
    )


class NewTaskSerializer(serializers.Serializer):
    description = text_field(_("uit te zoeken"), required=True)
    owner = serializers.PrimaryKeyRelatedField(
        queryset=active_users(),
        label=_("eigenaar"),
        help_text=_("Gebruiker (id) die het uitzoekt."),
        error_messages={"does_not_exist": _("Deze gebruiker bestaat niet.")},
    )
    due_date = serializers.DateField(label=_("uiterlijk"))


class OutcomeSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=Outcome.choices, label=_("uitkomst"))
    outcome_notes = text_field(
        _("toelichting"),
        help_text=_("Verplicht bij ‘terug naar reguliere route’: waarom."),
    )
    tasks = NewTaskSerializer(
        many=True,
        required=False,
        max_length=MAX_TASKS,
        label=_("taken"),
        help_text=_("Bij een bezinningsperiode: wat wordt uitgezocht, door wie, wanneer."),
    )
