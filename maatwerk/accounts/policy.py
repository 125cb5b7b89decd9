"""Authorization as data: for every screen and API endpoint (by URL name) and every HTTP
method, which roles may call it and over which records (scope). Anything not declared here is
refused. The screens' middleware and the API's permission class both read this table; the
completeness tests fail when a URL or an OpenAPI operation is missing from it.

Which records inside the scope a user reaches is applied by the access-scoped querysets in
`maatwerk.cases.access`; which fields a role receives is in FIELD_ALLOWLIST below."""

from .roles import Role, Scope

PUBLIC = "public"  # reachable without signing in
SIGNED_IN = "signed_in"  # any active account, whatever its role

# Role -> scope of case files. Team-bound roles reach their own team; the others all teams.
CASE_WORKERS = {
    Role.CONSULENT: Scope.OWN_TEAM,
    Role.TEAMLEIDER: Scope.OWN_TEAM,
    Role.OMO_FUNCTIONARIS: Scope.ALL,
}
ANONYMISED_READERS = {
    Role.CONTROLLER: Scope.ALL,
    Role.BELEIDSMEDEWERKER: Scope.ALL,
    Role.BEHEERDER: Scope.ALL,
}
READERS = CASE_WORKERS | ANONYMISED_READERS
BEHEER = {Role.BEHEERDER: Scope.ALL}
OMO = {Role.OMO_FUNCTIONARIS: Scope.ALL}
REFERENCE_EDITORS = CASE_WORKERS | BEHEER

Rule = dict[str, Scope] | str


def _resource(read: Rule, write: Rule) -> dict[str, dict[str, Rule]]:
    """The list and detail endpoints of one API resource (no DELETE: files are kept)."""
    return {
        "list": {"GET": read, "POST": write},
        "detail": {"GET": read, "PUT": write, "PATCH": write},
    }


def _api(name: str, read: Rule, write: Rule) -> dict[str, dict[str, Rule]]:
    return {f"api:{name}-{kind}": methods for kind, methods in _resource(read, write).items()}


POLICY: dict[str, dict[str, Rule]] = {
    # Signing in and out.
    "home": {"GET": SIGNED_IN},
    "login": {"GET": PUBLIC, "POST": PUBLIC},
    "two_factor": {"GET": SIGNED_IN, "POST": SIGNED_IN},
    "logout": {"POST": SIGNED_IN},
    # "Ingelogd blijven" in the idle-timeout warning: renews the session, returns nothing else.
    "session_keepalive": {"POST": SIGNED_IN},
    # Optional single sign-on (present only when OIDC is configured).
    "oidc_authentication_init": {"GET": PUBLIC},
    "oidc_authentication_callback": {"GET": PUBLIC},
    "oidc_logout": {"GET": SIGNED_IN, "POST": SIGNED_IN},
    # Case screens.
    # POST: the search form, so that a name or BSN never appears in a URL.
    "cases:list": {"GET": READERS, "POST": READERS},
    "cases:create": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "cases:detail": {"GET": READERS},
    "cases:step": {"GET": CASE_WORKERS, "POST": CASE_WORKERS},
    "cases:transition": {"POST": CASE_WORKERS},
    "cases:note": {"POST": CASE_WORKERS},
    # Audit trail per case, for functioneel beheer.
    "audit:case": {"GET": BEHEER},
    # Right of access (AVG art. 15): handled by the OMO-functionaris on a formal request.
    "privacy:access_request": {"GET": OMO, "POST": OMO},
    "privacy:subject_export": {"GET": OMO},
    "privacy:subject_export_download": {"GET": OMO},
    # Django admin: configuration by functioneel beheer only.
    "admin:*": {"*": BEHEER},
    # API v1.
    "api:schema": {"GET": PUBLIC},
    "api:docs": {"GET": PUBLIC},
    **_api("cases", READERS, CASE_WORKERS),
    "api:cases-transition": {"POST": CASE_WORKERS},
    **_api("households", CASE_WORKERS, CASE_WORKERS),
    **_api("members", CASE_WORKERS, CASE_WORKERS),
    **_api("blockages", READERS, CASE_WORKERS),
    **_api("organisations", READERS, REFERENCE_EDITORS),
}

# Methods that only ask what is there behave like GET.
_READ_ALIASES = {"HEAD": "GET", "OPTIONS": "GET"}


def rule_for(view_name: str, method: str) -> Rule | None:
    """The rule for this endpoint and method, or None when nothing is declared (refuse)."""
    methods = POLICY.get(view_name)
    if methods is None and ":" in view_name:
        methods = POLICY.get(view_name.split(":", 1)[0] + ":*")
    if methods is None:
        return None
    method = _READ_ALIASES.get(method.upper(), method.upper())
    return methods.get(method, methods.get("*"))


def is_allowed(view_name: str, method: str, user) -> bool:
    rule = rule_for(view_name, method)
    if rule is None:
        return False
    if rule == PUBLIC:
        return True
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return rule == SIGNED_IN or user.role in rule


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


def allowed_fields(resource: str, user) -> frozenset[str]:
    return FIELD_ALLOWLIST.get(resource, {}).get(getattr(user, "role", None), frozenset())


def as_markdown() -> str:
    """The table for docs/security.md (a test keeps the document equal to this)."""
    roles = list(Role)
    header = "| endpoint | method | " + " | ".join(r.value for r in roles) + " |"
    lines = [header, "|" + "---|" * (len(roles) + 2)]
    labels = {Scope.OWN_TEAM: "team", Scope.ALL: "alle"}
    for view_name, methods in POLICY.items():
        for method, rule in methods.items():
            if rule in (PUBLIC, SIGNED_IN):
                cells = [("open" if rule == PUBLIC else "ja")] * len(roles)
            else:
                cells = [labels[rule[r]] if r in rule else "–" for r in roles]
            lines.append(f"| `{view_name}` | {method} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
