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
    PersonalData(
        "insights.PolicySignal",
        fields=("description", "response", "cases", "created_by"),
        export=None,
        note=(
            "een structureel knelpunt voor beleid; de gekoppelde casussen tonen alleen een "
            "aantal aan wie geen persoonsgegevens ziet"
        ),
        reviewed=("title", "status", "response_date", "created_at", "updated_at"),
    ),
)

DECLARATION = Declaration(models=MODELS)
