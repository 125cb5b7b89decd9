"""The case file's entries in the authorization table (collected by `accounts.policy`): its
screens, its API resources, and which fields each role receives from those resources."""

from maatwerk.accounts.policy import (
    ANONYMISED_READERS,
    BEHEER,
    CASE_WORKERS,
    OMO,
    READERS,
    REFERENCE_EDITORS,
    Rule,
    api_resource,
)

ENTRIES: dict[str, dict[str, Rule]] = {
    # Screens.
    # POST: the search form, so that a name or BSN never appears in a URL.
    "cases:list": {"GET": READERS, "POST": READERS},
    "cases:create": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "cases:detail": {"GET": READERS},
    "cases:step": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "cases:transition": {"POST": CASE_WORKERS},
    "cases:note": {"POST": CASE_WORKERS},
    # A case's audit trail (change history and access log): functioneel beheer without values,
    # the OMO-functionaris with.
    "audit:case": {"GET": BEHEER | OMO},
    # API v1.
    **api_resource("cases", READERS, CASE_WORKERS),
    "api:cases-transition": {"POST": CASE_WORKERS},
    **api_resource("households", CASE_WORKERS, CASE_WORKERS),
    **api_resource("members", CASE_WORKERS, CASE_WORKERS),
    **api_resource("blockages", READERS, CASE_WORKERS),
    **api_resource("organisations", READERS, REFERENCE_EDITORS),
}

# Which top-level fields each kind of role may receive, per API resource. The serializers
# produce no more than this; a test checks every response of every role against it.
_CASE_ANONYMISED = frozenset(
    "id reference status signal_source signal_date team domains blockages member_count "
    "created_at updated_at".split()
)
_CASE_PERSONAL = frozenset(
    "id reference household team title status signal_source signal_date regisseur "
    "regular_route_exhausted stagnation_risk eligibility_reason household_involved "
    "household_not_involved_reason household_involved_from consent consent_date consent_scope "
    "confidential confidential_users domains eligibility created_at updated_at".split()
)
_HOUSEHOLD = frozenset("id team street house_number postcode city wijk members created_at".split())
_MEMBER = frozenset("id household first_name last_name date_of_birth role masked_bsn".split())
_BLOCKAGE_ANONYMISED = frozenset({"id", "case", "rule", "owner"})
_BLOCKAGE = _BLOCKAGE_ANONYMISED | {"explanation"}
_ORGANISATION = frozenset({"id", "name", "kind"})

FIELD_ALLOWLIST: dict[str, dict[str, frozenset[str]]] = {
    "cases": dict.fromkeys(CASE_WORKERS, _CASE_PERSONAL)
    | dict.fromkeys(ANONYMISED_READERS, _CASE_ANONYMISED),
    "households": dict.fromkeys(CASE_WORKERS, _HOUSEHOLD),
    "members": dict.fromkeys(CASE_WORKERS, _MEMBER),
    "blockages": dict.fromkeys(CASE_WORKERS, _BLOCKAGE)
    | dict.fromkeys(ANONYMISED_READERS, _BLOCKAGE_ANONYMISED),
    "organisations": dict.fromkeys(READERS, _ORGANISATION),
}
