"""The route's entries in the authorization table (collected by `accounts.policy`): its
screens, its documents and its API resources. Who may *decide* a proposal is not a matter of
the URL but of the mandate (`route.mandate`); these entries say who may reach a screen at all."""

from maatwerk.accounts.policy import CASE_WORKERS, OMO, Rule
from maatwerk.accounts.roles import Role, Scope

# Who is consulted on proposals outside the frameworks, on a screen of their own.
PORTEFEUILLEHOUDERS = {Role.PORTEFEUILLEHOUDER: Scope.NONE}

ENTRIES: dict[str, dict[str, Rule]] = {
    # --- Screens on a case: canvas, agenda, proposal, advice, decision, route moves.
    "route:put_on_agenda": {"POST": CASE_WORKERS},
    "route:move": {"POST": CASE_WORKERS},
    "route:canvas": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:canvas_compare": {"GET": CASE_WORKERS},
    "route:proposal_new": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:advice": {"POST": OMO},
    "route:consult": {"POST": OMO},
    # Who may decide is the mandate's (route.mandate), checked by the service.
    "route:decide": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:supersede": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "route:task_done": {"POST": CASE_WORKERS},
    # --- The consultation and the work lists: agenda, outcomes, proposals awaiting a
    # decision, the portefeuillehouder's proposals.
    "route:agenda": {"GET": CASE_WORKERS},
    # Only the OMO-functionaris records what the consultation agreed.
    "route:agenda_outcome": {"POST": OMO},
    "route:awaiting": {"GET": CASE_WORKERS},
    # The portefeuillehouder sees no case file: only the proposals put before them.
    "route:portfolio": {"GET": PORTEFEUILLEHOUDERS},
    "route:portfolio_view": {"POST": PORTEFEUILLEHOUDERS},
    # --- Documents: agenda and minutes, decision letter (PDF).
    "route:agenda_pdf": {"GET": CASE_WORKERS},
    "route:minutes_pdf": {"GET": CASE_WORKERS},
    # Making the letter (the first download) is a change to the case file.
    "route:letter_pdf": {"GET": CASE_WORKERS},
    # --- API v1.
}

FIELD_ALLOWLIST: dict[str, dict[str, frozenset[str]]] = {}
