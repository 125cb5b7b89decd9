"""The personal data in a case file, declared for `maatwerk.privacy` (named by CasesConfig).
Every model of this app is here, and django-auditlog's change history: `cases` registers its
models with auditlog (history.py), so the old values it keeps are the case file's data too.

How a case file is anonymised or destroyed is in `erasure.py`, declared for
`maatwerk.retention` in `retention.py`."""

from maatwerk.core.personal_data import Declaration, NoPersonalData, PersonalData

from .subject_export import MemberRegister, export_sections

MODELS = (
    PersonalData(
        "cases.Member",
        fields=("first_name", "last_name", "date_of_birth", "role", "bsn_encrypted", "bsn_hash"),
        export="gezinslid",
        note="alleen het eigen gezinslid; anderen als aantal",
    ),
    PersonalData(
        "cases.Household",
        fields=("street", "house_number", "postcode", "city", "wijk"),
        export="huishouden",
        note="adres, wijk, team",
        reviewed=("created_at",),
    ),
    PersonalData(
        "cases.Case",
        fields=(
            "title",
            "regisseur",
            "stagnation_risk",
            "eligibility_reason",
            "household_not_involved_reason",
            "consent_scope",
            "confidential_users",
            "legal_hold_reason",
            "created_by",
        ),
        export="casussen",
        reviewed=(
            "reference",
            "status",
            "signal_source",
            "signal_date",
            "household_involved_from",
            "consent",
            "consent_date",
            "anonymised_at",
            "created_at",
            "updated_at",
            "domain_codes",  # a copy of CaseDomain.code, reviewed there
        ),
    ),
    PersonalData(
        "cases.CaseDomain",
        fields=("description",),
        export="casussen[].leefgebieden",
        reviewed=("code",),
    ),
    PersonalData("cases.Blockage", fields=("explanation",), export="casussen[].knelpunten"),
    PersonalData(
        "cases.RegularRoute",
        fields=("description", "result"),
        export="casussen[].reguliere_routes",
    ),
    PersonalData("cases.CaseOrganisation", fields=("role",), export="casussen[].organisaties"),
    PersonalData(
        "cases.Professional",
        fields=("name", "role", "contact"),
        export="casussen[].professionals",
    ),
    PersonalData(
        "cases.CaseStatusChange",
        fields=("reason", "changed_by"),
        export="casussen[].statushistorie",
        reviewed=("source", "target", "changed_at"),
    ),
    PersonalData(
        "cases.TimelineEntry",
        fields=("text", "actor"),
        export="casussen[].tijdlijn",
        reviewed=("kind", "at"),
    ),
    PersonalData(
        "auditlog.LogEntry",
        fields=(
            "object_repr",
            "serialized_data",
            "changes_text",
            "changes",
            "actor",
            "actor_email",
            "remote_addr",
            "remote_port",
            "additional_data",
        ),
        export="wijzigingshistorie",
        note="eigen gezinslid, huishouden en casussen",
        reviewed=("object_pk", "cid", "timestamp"),
    ),
    NoPersonalData(
        "cases.Organisation", "referentielijst: organisaties", reviewed=("name", "kind")
    ),
    NoPersonalData(
        "cases.Rule",
        "referentielijst: regels die blokkeren",
        reviewed=("name", "law", "description"),
    ),
    NoPersonalData("cases.ReferenceCounter", "teller voor kenmerken"),
)

DECLARATION = Declaration(models=MODELS, subjects=MemberRegister(), export_sections=export_sections)
