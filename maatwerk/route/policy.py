"""The route's entries in the authorization table (collected by `accounts.policy`): its
screens, its documents and its API resources. Who may *decide* a proposal is not a matter of
the URL but of the mandate (`route.mandate`); these entries say who may reach a screen at all."""

from maatwerk.accounts.policy import Rule

ENTRIES: dict[str, dict[str, Rule]] = {
    # --- Screens on a case: canvas, agenda, proposal, advice, decision, route moves.
    # --- The consultation and the work lists: agenda, outcomes, proposals awaiting a
    # decision, the portefeuillehouder's proposals.
    # --- Documents: agenda and minutes, decision letter (PDF).
    # --- API v1.
}

FIELD_ALLOWLIST: dict[str, dict[str, frozenset[str]]] = {}
