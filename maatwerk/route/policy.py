"""The route's entries in the authorization table (collected by `accounts.policy`): its
screens, its documents and its API resources. Who may *decide* a proposal is not a matter of
the URL but of the mandate (`route.mandate`); these entries say who may reach a screen at all."""

from maatwerk.accounts.policy import CASE_WORKERS, OMO, Rule
from maatwerk.accounts.roles import Role, Scope

# Who is consulted on proposals outside the frameworks, on a screen of their own.
PORTEFEUILLEHOUDERS = {Role.PORTEFEUILLEHOUDER: Scope.NONE}

ENTRIES: dict[str, dict[str, Rule]] = {
    # --- Screens on a case: canvas, agenda, proposal, advice, decision, route moves.
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
    # --- API v1.
}

FIELD_ALLOWLIST: dict[str, dict[str, frozenset[str]]] = {}
