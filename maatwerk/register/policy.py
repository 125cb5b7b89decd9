"""The register's entries in the authorization table. The register and the authority map
hold no household data: every professional role reads them. Requests are sent from a case by
who works on it; the partner contact reaches only their own requests (the services and
selectors check that each request is addressed to them), in the minimal form."""

from maatwerk.accounts.policy import CASE_WORKERS, READERS, Rule
from maatwerk.accounts.roles import Role, Scope

PARTNER = {Role.PARTNER_CONTACT: Scope.NONE}


def _read(name: str, rule: Rule) -> dict[str, dict[str, Rule]]:
    return {f"api:{name}-list": {"GET": rule}, f"api:{name}-detail": {"GET": rule}}


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
    # --- API v1: the register and the authority map, read by every professional role.
    **_read("register-contacts", READERS),
    **_read("register-organisations", READERS),
    **_read("authorities", READERS),
    # Requests: listed and read by who works on the case and by the addressed partner;
    # sent by who works on the case; picked up and answered by the partner only.
    "api:partner-requests-list": {"GET": CASE_WORKERS | PARTNER, "POST": CASE_WORKERS},
    "api:partner-requests-detail": {"GET": CASE_WORKERS | PARTNER},
    "api:partner-requests-pick-up": {"POST": PARTNER},
    "api:partner-requests-answer": {"POST": PARTNER},
}

_ORGANISATION = frozenset({"id", "name", "kind", "national"})
_CONTACT = frozenset(
    "id organisation name function phone email domain availability substitute".split()
)
_AUTHORITY = frozenset(
    "rule rule_name law status holder holder_organisation ground room escalation contact".split()
)
_REQUEST = frozenset(
    "id case case_reference contact organisation question shared status sent_by sent_at "
    "due_date partner_reference picked_up_at answer answered_at answered_by".split()
)
# The partner's form: no case id, no contact or household, only what they need to answer.
_PARTNER_VIEW = frozenset(
    "id case_reference question shared status sent_by_name sent_at due_date partner_reference "
    "picked_up_at answer answered_at".split()
)

FIELD_ALLOWLIST: dict[str, dict[str, frozenset[str]]] = {
    "register-contacts": dict.fromkeys(READERS, _CONTACT),
    "register-organisations": dict.fromkeys(READERS, _ORGANISATION | {"contacts"}),
    "authorities": dict.fromkeys(READERS, _AUTHORITY),
    "partner-requests": dict.fromkeys(CASE_WORKERS, _REQUEST)
    | dict.fromkeys(PARTNER, _PARTNER_VIEW),
}
