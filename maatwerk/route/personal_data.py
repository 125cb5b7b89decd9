"""The personal data the route holds, declared for `maatwerk.privacy` (named by RouteConfig).
Every text a professional writes about a household is personal data; who acted is too."""

from maatwerk.core.personal_data import Declaration, NoPersonalData, PersonalData

from .models import CANVAS_FIELD_NAMES
from .subject_export import export_sections

MODELS = (
    PersonalData(
        "route.PhaseChange",
        fields=("reason", "changed_by"),
        export="route[].fasen",
        reviewed=("source", "target", "changed_at"),
    ),
    PersonalData(
        "route.AgendaItem",
        fields=("question", "outcome_notes", "added_by", "outcome_by"),
        export="route[].casusoverleg",
        reviewed=("outcome", "added_at", "outcome_at"),
    ),
    PersonalData(
        "route.Task",
        fields=("description", "owner"),
        export="route[].taken",
        reviewed=("due_date", "done_at"),
    ),
    PersonalData(
        "route.CanvasVersion",
        fields=(*CANVAS_FIELD_NAMES, "blockages", "created_by"),
        export="route[].canvas",
        reviewed=("number", "created_at"),
    ),
    PersonalData(
        "route.Proposal",
        fields=(
            "solution",
            "rendement_motivation",
            "legitimiteit_motivation",
            "betrokkenheid_motivation",
            "deviation_rule",
            "deviation_power_holder",
            "deviation_motivation",
            "proposed_by",
            "canvas_version",
        ),
        export="route[].voorstellen",
        # Why no regular budget applies is about budgets, not persons (the form says: no
        # names); the controller reads it. It is emptied on anonymising all the same.
        reviewed=("deviation_ground", "mandate_level", "proposed_at", "regular_budget_reason"),
    ),
    PersonalData(
        "route.Advice",
        fields=("text", "given_by"),
        export="route[].voorstellen[].adviezen",
        reviewed=("recommendation", "given_at"),
    ),
    PersonalData(
        "route.PortfolioConsultation",
        fields=("question", "view", "portefeuillehouder", "asked_by"),
        export="route[].voorstellen[].consultaties",
        reviewed=("asked_at", "answered_at"),
    ),
    PersonalData(
        "route.Decision",
        fields=("motivation", "conditions", "supersede_reason", "decided_by"),
        export="route[].voorstellen[].besluiten",
        reviewed=("outcome", "level", "college_date", "college_reference", "decided_at"),
    ),
    PersonalData(
        "route.DecisionLetter",
        fields=("text", "made_by"),
        export="route[].voorstellen[].besluiten[].brief",
        reviewed=("made_at",),
    ),
    PersonalData(
        "route.Escalation",
        fields=("question", "started_by"),
        export="route[].escalaties",
        reviewed=("status", "started_at", "closed_at"),
    ),
    PersonalData(
        "route.EscalationStep",
        fields=("answer", "answered_by", "answered_by_name"),
        export="route[].escalaties[].stappen",
        reviewed=("title", "holder_role", "result", "asked_at", "due_date", "answered_at"),
    ),
    PersonalData(
        "route.RoundTable",
        fields=("parties", "outcome", "recorded_by"),
        export="route[].overlegtafels",
        reviewed=("held_on", "recorded_at"),
    ),
    PersonalData(
        "route.ExternalEscalation",
        fields=("question", "export", "answer", "sent_by", "answer_recorded_by"),
        export="route[].landelijke_escalaties",
        reviewed=("body", "their_reference", "sent_at", "answered_at"),
    ),
    PersonalData(
        "route.TimeOut",
        fields=("subject", "reason", "agreed_with", "registered_by"),
        export="route[].time_outs",
        reviewed=("organisation", "starts_on", "ends_on", "ended_early_on", "registered_at"),
    ),
    PersonalData(
        "route.Plan",
        fields=("summary", "created_by", "carried_out_by"),
        export="route[].plan",
        reviewed=("created_at", "carried_out_at"),
    ),
    PersonalData(
        "route.Goal",
        fields=("description", "owner"),
        export="route[].plan.doelen",
        reviewed=("due_date", "status"),
    ),
    PersonalData(
        "route.HouseholdCommitment",
        fields=("description",),
        export="route[].plan.afspraken",
    ),
    PersonalData(
        "route.MonitoringMoment",
        fields=("household_judgement", "notes", "answered_by"),
        export="route[].monitoring",
        reviewed=(
            "due_date",
            "answered_at",
            "regular_care_reduced",
            "debts",
            "housing_stable",
        ),
    ),
    NoPersonalData(
        "route.DomainResult",
        "beter/gelijk/slechter per leefgebied; verschijnt bij het monitoringsmoment",
        reviewed=("domain", "change"),
    ),
    PersonalData(
        "route.Evaluation",
        fields=("lessons", "evaluated_by"),
        export="route[].evaluatie",
        reviewed=("evaluated_at",),
    ),
    NoPersonalData(
        "route.EscalationLadder",
        "instellingen van de gemeente: de escalatieladders",
        reviewed=("name", "domain"),
    ),
    NoPersonalData(
        "route.LadderStep",
        "instellingen van de gemeente: wie op welke stap staat (een functie, geen persoon)",
        reviewed=("title", "holder_role"),
    ),
    NoPersonalData(
        "route.Route",
        "de fase van een casus in de route",
        reviewed=("phase", "updated_at", "decision_due"),
    ),
    NoPersonalData(
        "route.RouteSettings",
        "instellingen van de gemeente",
        reviewed=(
            "consultation_place",
            "objection_body",
            "letter_template",
            "within_frameworks_role",
            "college_recorder_role",
            "monitoring_months",
        ),
    ),
    NoPersonalData(
        "route.Consultation",
        "datum, tijd en plaats van een casusoverleg",
        reviewed=("place", "date"),
    ),
)

DECLARATION = Declaration(models=MODELS, export_sections=export_sections)
