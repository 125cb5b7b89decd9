"""The fund's entries in the authorization table (collected by `accounts.policy`). Who keeps
the fund — books payments, releases, top-ups, corrections and pre-financing, and draws up the
settlement statements — is the controller or the OMO-functionaris; the services check the
municipality too. The kassabon is made by whoever works on the case; the controller reads its
figures. Commitments are never booked by hand: the route makes them with an approving
decision (route.services.decide)."""

from maatwerk.accounts.policy import ANONYMISED_READERS, CASE_WORKERS, OMO, READERS, Rule
from maatwerk.accounts.roles import Role, Scope

# Who keeps the fund (services.FUND_KEEPERS) and who may look at its figures.
KEEPERS: dict[str, Scope] = OMO | {Role.CONTROLLER: Scope.ALL}
FUND_READERS: dict[str, Scope] = KEEPERS | {
    Role.TEAMLEIDER: Scope.OWN_TEAM,
    Role.BELEIDSMEDEWERKER: Scope.ALL,
}
# Realised costs from monitoring: whoever works on the case, or the controller.
REALISED = CASE_WORKERS | {Role.CONTROLLER: Scope.ALL}


def _records(name: str, read: Rule, create: Rule | None = None) -> dict[str, dict[str, Rule]]:
    """A resource read (list, detail) and, when `create` is given, added to. No PUT, PATCH or
    DELETE: a booking is never changed; a correction is a new booking."""
    listing = {"GET": read} | ({"POST": create} if create is not None else {})
    return {f"api:{name}-list": listing, f"api:{name}-detail": {"GET": read}}


ENTRIES: dict[str, dict[str, Rule]] = {
    # --- Screens: funds, ledger, receivables, the controller's worklist.
    "fund:overview": {"GET": FUND_READERS},
    "fund:detail": {"GET": FUND_READERS},
    "fund:top_up": {"POST": KEEPERS},
    "fund:commitment": {"GET": FUND_READERS},
    "fund:payment": {"POST": KEEPERS},
    "fund:release": {"POST": KEEPERS},
    "fund:prefinance": {"POST": KEEPERS},
    "fund:correct": {"POST": KEEPERS},
    "fund:receivable": {"GET": FUND_READERS},
    "fund:repay": {"POST": KEEPERS},
    "fund:write_off": {"POST": KEEPERS},
    "fund:remind": {"POST": KEEPERS},
    "fund:worklist": {"GET": KEEPERS},
    # --- The kassabon: made by case workers; the anonymised roles read its figures.
    "fund:kassabon_new": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "fund:kassabon": {"GET": READERS},
    "fund:kassabon_line": {"POST": CASE_WORKERS},
    "fund:kassabon_line_remove": {"POST": CASE_WORKERS},
    "fund:kassabon_realised": {"POST": REALISED},
    "fund:kassabon_pdf": {"GET": READERS},
    # --- Settlement with partners.
    "fund:statements": {"GET": KEEPERS, "POST": KEEPERS},
    "fund:statement": {"GET": KEEPERS},
    "fund:contribution": {"POST": KEEPERS},
    "fund:statement_pdf": {"GET": KEEPERS},
    "fund:statement_xlsx": {"GET": KEEPERS},
    # --- API v1.
    **_records("funds", FUND_READERS),
    "api:funds-balance": {"GET": FUND_READERS},
    "api:funds-top-up": {"POST": KEEPERS},
    **_records("ledger-entries", FUND_READERS),
    "api:ledger-entries-payment": {"POST": KEEPERS},
    "api:ledger-entries-release": {"POST": KEEPERS},
    "api:ledger-entries-prefinance": {"POST": KEEPERS},
    "api:ledger-entries-correction": {"POST": KEEPERS},
    **_records("receivables", FUND_READERS),
    "api:receivables-repay": {"POST": KEEPERS},
    "api:receivables-write-off": {"POST": KEEPERS},
    "api:receivables-reminder": {"POST": KEEPERS},
    "api:receivables-overdue": {"GET": KEEPERS},
    **_records("cost-items", READERS | KEEPERS),
    **_records("kassabons", READERS, CASE_WORKERS),
    "api:kassabons-lines": {"POST": CASE_WORKERS},
    "api:kassabons-remove-line": {"POST": CASE_WORKERS},
    "api:kassabons-realised": {"POST": REALISED},
    **_records("settlement-statements", KEEPERS, KEEPERS),
    "api:settlement-statements-contribution": {"POST": KEEPERS},
}

_FUND = frozenset(
    "id municipality name kind year source source_note rules is_open limits totals".split()
)
_ENTRY = frozenset(
    "id fund sequence kind amount budget_after available_after committed_after paid_after "
    "receivable_after topped_up_after commitment commitment_open_after receivable "
    "receivable_open_after corrects case case_reference decision_id top_up_source statement "
    "reference reason payee value_date booked_at".split()
)
_RECEIVABLE = frozenset(
    "id fund debtor_kind debtor amount open_amount due_date agreement case_reference "
    "next_reminder overdue created_at reminders".split()
)
_COST_ITEM = frozenset(
    "id name unit_cost unit low high payer source source_year note is_active".split()
)
_KASSABON_ANONYMISED = frozenset(
    "id case horizon_years discount_rate frozen_at withdrawn_at decision_id receipt realised "
    "created_at".split()
)
_KASSABON = _KASSABON_ANONYMISED | frozenset({"title", "lines", "created_by"})
_STATEMENT = frozenset(
    "id partner_kind partner_name period_start period_end investment benefit lines made_at "
    "contributions".split()
)

FIELD_ALLOWLIST: dict[str, dict[str, frozenset[str]]] = {
    "funds": dict.fromkeys(FUND_READERS, _FUND),
    "ledger-entries": dict.fromkeys(FUND_READERS, _ENTRY),
    "receivables": dict.fromkeys(FUND_READERS, _RECEIVABLE),
    "cost-items": dict.fromkeys(READERS | KEEPERS, _COST_ITEM),
    "kassabons": dict.fromkeys(CASE_WORKERS, _KASSABON)
    | dict.fromkeys(ANONYMISED_READERS, _KASSABON_ANONYMISED),
    "settlement-statements": dict.fromkeys(KEEPERS, _STATEMENT),
}
