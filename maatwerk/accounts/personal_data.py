"""The personal data of the municipality's own staff, declared for `maatwerk.privacy` (named by
AccountsConfig). A professional's name and role appear in a resident's export wherever they
acted; requests from staff about themselves go through HR, not through this export."""

from maatwerk.core.personal_data import Declaration, NoPersonalData, PersonalData

DECLARATION = Declaration(
    models=(
        PersonalData(
            "accounts.User",
            fields=(
                "username",
                "first_name",
                "last_name",
                "email",
                "password",
                "last_login",
                "date_joined",
            ),
            export=None,
            note=(
                "naam en rol van de medewerker bij regisseur, statushistorie, tijdlijn, "
                "wijzigingshistorie en toegangslog; verzoeken van medewerkers zelf lopen via HR"
            ),
            reviewed=("role",),
        ),
        PersonalData(
            "accounts.RoleGrantRequest",
            fields=("requested_email", "reason", "decision_note"),
            export=None,
            note="aanvragen voor een rol van medewerkers (vier ogen); geen gegevens van burgers",
            reviewed=("requested_role", "status", "requested_at", "decided_at"),
        ),
        PersonalData(
            "accounts.Notification",
            fields=("user",),
            export=None,
            note=(
                "herinneringen voor medewerkers; noemen een casus alleen bij zijn kenmerk, "
                "nooit een naam van het huishouden"
            ),
            reviewed=("key", "text", "url", "due_date", "created_at", "read_at", "emailed_at"),
        ),
        NoPersonalData(
            "accounts.Municipality", "referentielijst: gemeenten", reviewed=("name", "code")
        ),
        NoPersonalData("accounts.Team", "referentielijst: teams", reviewed=("name", "kind")),
    )
)
