"""The personal data the fund holds, declared for `maatwerk.privacy` (named by FundConfig).
The ledger holds amounts, case references and who booked; the kassabon holds figures about a
household's situation. Who acted is personal data of the professional; a free text (a reason,
a payee, a kassabon line) may name a person, so it is declared and emptied on anonymising."""

from maatwerk.core.personal_data import Declaration, NoPersonalData, PersonalData

MODELS = (
    PersonalData(
        "fund.LedgerEntry",
        fields=("payee", "reason", "booked_by"),
        export=None,
        note="Boekingen worden per casus getoond in het geldoverzicht; geen eigen exportdeel.",
        reviewed=(
            "reference",
            "case_reference",
            "value_date",
            "booked_at",
            "kind",
            "top_up_source",
        ),
    ),
    PersonalData(
        "fund.Receivable",
        fields=("created_by",),
        export=None,
        note="Een vordering staat op een partij (school, zorgverzekeraar), niet op een persoon.",
        reviewed=("debtor", "agreement", "due_date", "created_at", "debtor_kind"),
    ),
    PersonalData(
        "fund.Reminder",
        fields=("note", "sent_by"),
        export=None,
        note="Herinneringen aan een partij over een vordering.",
        reviewed=("sent_on",),
    ),
    PersonalData(
        "fund.Kassabon",
        fields=("title", "created_by"),
        export=None,
        note="De kassabon staat met zijn regels in het dossier; geen eigen exportdeel.",
        reviewed=("frozen_at", "withdrawn_at", "created_at"),
    ),
    PersonalData(
        "fund.Scenario",
        fields=("note",),
        export=None,
        note="Onderdeel van de kassabon.",
        reviewed=("kind",),
    ),
    PersonalData(
        "fund.Line",
        fields=("description",),
        export=None,
        note="Onderdeel van de kassabon.",
        # The partner who pays (a corporation, an insurer): an organisation, not a person.
        reviewed=("unit", "payer", "payer_name"),
    ),
    PersonalData(
        "fund.RealisedCost",
        fields=("description", "entered_by"),
        export=None,
        note="Gerealiseerde kosten naast de bevroren kassabon.",
        reviewed=("period_end", "entered_at", "scenario_kind", "payer"),
    ),
    PersonalData(
        "fund.SettlementStatement",
        fields=("made_by",),
        export=None,
        note="Bedragen en casusnummers per partner; geen namen van inwoners.",
        reviewed=(
            "partner_name",
            "period_start",
            "period_end",
            "made_at",
            "partner_kind",
            "lines",
        ),
    ),
    NoPersonalData(
        "fund.Fund",
        "een fonds van de gemeente: naam, jaar, herkomst en regels",
        reviewed=("name", "source_note", "rules", "created_at", "kind", "source"),
    ),
    NoPersonalData("fund.MandateLimit", "een bedrag per rol", reviewed=("role",)),
    NoPersonalData(
        "fund.CostItem",
        "een kengetal met zijn bron",
        reviewed=("name", "source", "note", "unit", "payer"),
    ),
)

DECLARATION = Declaration(models=MODELS)
