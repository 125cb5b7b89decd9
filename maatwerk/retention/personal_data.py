"""Retention's own models hold no personal data, declared for `maatwerk.privacy` (named by
RetentionConfig)."""

from maatwerk.core.personal_data import Declaration, NoPersonalData

DECLARATION = Declaration(
    models=(
        NoPersonalData(
            "retention.RetentionRule",
            "bewaartermijnen per soort dossier",
            reviewed=("kind", "action", "legal_source", "explanation", "updated_at"),
        ),
        NoPersonalData(
            "retention.DestructionRecord",
            "vernietigingslijst: kenmerk en voormalig id, geen persoon",
            reviewed=(
                "run_id",
                "case_reference",
                "kind",
                "rule_name",
                "rule_legal_source",
                "action",
                "closed_at",
                "due_on",
                "executed_at",
            ),
        ),
        NoPersonalData(
            "retention.RetentionLock",
            "vergrendeling van de bewaartermijnrun",
            reviewed=("holder", "acquired_at"),
        ),
    )
)
