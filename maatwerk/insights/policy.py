"""The insights app's entries in the authorization table. The report holds aggregates only
(small counts hidden), so every role that reads case files in any form reads it, and the
portefeuillehouder too; only the OMO-functionaris writes the findings."""

from maatwerk.accounts.policy import OMO, READERS, Rule
from maatwerk.accounts.roles import Role, Scope

REPORT_READERS = READERS | {Role.PORTEFEUILLEHOUDER: Scope.NONE}

ENTRIES: dict[str, dict[str, Rule]] = {
    "insights:report": {"GET": REPORT_READERS, "POST": OMO},
    "insights:download": {"GET": REPORT_READERS},
}
