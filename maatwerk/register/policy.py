"""The register's entries in the authorization table. The register and the authority map
hold no household data: every professional role reads them. Requests are sent from a case by
who works on it; the partner contact reaches only their own requests (the services and
selectors check that each request is addressed to them)."""

from maatwerk.accounts.policy import CASE_WORKERS, READERS, Rule
from maatwerk.accounts.roles import Role, Scope

PARTNER = {Role.PARTNER_CONTACT: Scope.NONE}

ENTRIES: dict[str, dict[str, Rule]] = {
    "register:contacts": {"GET": READERS},
    "register:authorities": {"GET": READERS},
    "register:send": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    # The work list of requests: overdue ones (all for the OMO-functionaris, one's own for
    # the sender) and the sender's open ones.
    "register:worklist": {"GET": CASE_WORKERS},
    # The partner contact's own screens.
    "register:inbox": {"GET": PARTNER},
    "register:request": {"GET": PARTNER, "POST": PARTNER},
}
