"""The personal data the insights app holds, declared for `maatwerk.privacy`. The report
itself is computed, never stored. The findings are a text for the council about a period:
written without names, but free text, so declared; the writer is an employee."""

from maatwerk.core.personal_data import Declaration, PersonalData

MODELS = (
    PersonalData(
        "insights.Findings",
        fields=("text", "updated_by"),
        export=None,
        note="bevindingen over een periode voor College en raad, zonder namen geschreven",
        reviewed=("start", "end", "updated_at"),
    ),
)

DECLARATION = Declaration(models=MODELS)
