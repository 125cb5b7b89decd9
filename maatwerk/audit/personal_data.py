"""The personal data in the access log, declared for `maatwerk.privacy` (named by AuditConfig).
The log says who handled whose file; `maatwerk.privacy` shows a person the rows about them."""

from maatwerk.core.personal_data import Declaration, NoPersonalData, PersonalData

DECLARATION = Declaration(
    models=(
        PersonalData(
            "audit.AccessLog",
            fields=("user", "on_behalf_of", "household_id", "subjects", "origin", "details"),
            export="toegangslog",
            note="wie, wanneer, handeling, kanaal",
            reviewed=(
                "at",
                "action",
                "result",
                "case_reference",
                "case_ids",
                "key_id",
                "channel",
                "purpose",
                "previous_hash",
                "row_hash",
            ),
        ),
        NoPersonalData(
            "audit.AccessLogHead",
            "hash van de nieuwste toegangslogregel",
            reviewed=("last_hash",),
        ),
    )
)
