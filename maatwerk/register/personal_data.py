"""The personal data the register holds, declared for `maatwerk.privacy`. A request to a
partner is about a household (question, shared data, answer); a contact person's name and
details are an employee's personal data, kept for their work (not part of a household's
export)."""

from maatwerk.core.personal_data import Declaration, NoPersonalData, PersonalData

from .subject_export import export_sections

MODELS = (
    PersonalData(
        "register.PartnerRequest",
        fields=("question", "shared", "answer", "sent_by", "answered_by"),
        export="register[].verzoeken",
        reviewed=(
            "status",
            "sent_at",
            "due_date",
            "partner_reference",
            "picked_up_at",
            "answered_at",
        ),
    ),
    PersonalData(
        "register.Contact",
        fields=("name", "phone", "email", "user"),
        export=None,
        note="contactgegevens van medewerkers van partners, voor hun werk",
        reviewed=("function", "domain", "availability"),
    ),
    NoPersonalData(
        "register.Authority",
        "wie over een regel beslist: functies en organisaties, geen personen",
        reviewed=("status", "holder", "ground", "room", "escalation"),
    ),
)

DECLARATION = Declaration(models=MODELS, export_sections=export_sections)
