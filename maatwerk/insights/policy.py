"""The insights app's entries in the authorization table. The report holds aggregates only
(small counts hidden), so every role that reads case files in any form reads it, and the
portefeuillehouder too; only the OMO-functionaris writes the findings. The register of
signals to policy is kept by the OMO-functionaris (who signals) and the beleidsmedewerker
(who answers); its screens show linked cases as a number to whoever sees no personal data."""

from maatwerk.accounts.policy import OMO, READERS, Rule
from maatwerk.accounts.roles import Role, Scope

REPORT_READERS = READERS | {Role.PORTEFEUILLEHOUDER: Scope.NONE}
SIGNAL_EDITORS = OMO | {Role.BELEIDSMEDEWERKER: Scope.ALL}

ENTRIES: dict[str, dict[str, Rule]] = {
    "insights:report": {"GET": REPORT_READERS, "POST": OMO},
    "insights:download": {"GET": REPORT_READERS},
    "insights:annual": {"GET": REPORT_READERS},
    "insights:annual_pdf": {"GET": REPORT_READERS},
    "insights:propose": {"POST": SIGNAL_EDITORS},
    "insights:signals": {"GET": REPORT_READERS, "POST": SIGNAL_EDITORS},
    "insights:signal": {"GET": REPORT_READERS, "POST": SIGNAL_EDITORS},
    # API v1: the same aggregates and register, read only.
    "api:insights-report": {"GET": REPORT_READERS},
    "api:insights-signals": {"GET": REPORT_READERS},
}
