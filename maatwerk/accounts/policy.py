"""Authorization as data: for every screen and API endpoint (by URL name) and every HTTP
method, which roles may call it and over which records (scope). Anything not declared here is
refused. The screens' middleware and the API's permission class both read this table; the
completeness tests fail when a URL or an OpenAPI operation is missing from it.

Every app declares its own entries (and, for its API resources, the fields each role may
receive) in a `policy` module named on its AppConfig; `collect` gathers them when the apps are
ready. The role groups below are defined once, here, and reused by every app's declaration.
Which records inside the scope a user reaches is applied by each app's access-scoped
querysets."""

from django.core.exceptions import ImproperlyConfigured

from maatwerk.core.declarations import declared_by_app

from .roles import ANONYMISED_READER_ROLES, CASE_WORKER_ROLES, ROLE_CAPABILITIES, Role, Scope

PUBLIC = "public"  # reachable without signing in
SIGNED_IN = "signed_in"  # any active account, whatever its role


def _with_scope(roles: frozenset[str]) -> dict[str, Scope]:
    """Role -> the scope of case files its capabilities give (own team or all teams)."""
    return {role: ROLE_CAPABILITIES[role].case_scope for role in roles}


# The role groups of roles.py, with their scope, for the entries of every app.
CASE_WORKERS = _with_scope(CASE_WORKER_ROLES)
ANONYMISED_READERS = _with_scope(ANONYMISED_READER_ROLES)
READERS = CASE_WORKERS | ANONYMISED_READERS
BEHEER = {Role.BEHEERDER: Scope.ALL}
OMO = {Role.OMO_FUNCTIONARIS: Scope.ALL}
# Who reads the account changes and may be configured to approve role grants (four-eyes).
ACCOUNT_REVIEWERS = BEHEER | OMO | {Role.SECURITY_OFFICER: Scope.NONE}
REFERENCE_EDITORS = CASE_WORKERS | BEHEER

Rule = dict[str, Scope] | str


def resource(read: Rule, write: Rule) -> dict[str, dict[str, Rule]]:
    """The list and detail endpoints of one API resource (no DELETE: files are kept)."""
    return {
        "list": {"GET": read, "POST": write},
        "detail": {"GET": read, "PUT": write, "PATCH": write},
    }


def api_resource(name: str, read: Rule, write: Rule) -> dict[str, dict[str, Rule]]:
    """Entries for the list and detail endpoints of API resource `name`."""
    return {f"api:{name}-{kind}": methods for kind, methods in resource(read, write).items()}


# This app's own entries: signing in and out, and the admin.
ENTRIES: dict[str, dict[str, Rule]] = {
    "home": {"GET": SIGNED_IN},
    "login": {"GET": PUBLIC, "POST": PUBLIC},
    "two_factor": {"GET": SIGNED_IN, "POST": SIGNED_IN},
    "logout": {"POST": SIGNED_IN},
    "accounts:password_change": {"GET": SIGNED_IN, "POST": SIGNED_IN},
    # Account changes and role requests waiting for a second person; who may decide on a
    # request is configured per municipality (accounts.grants.may_decide).
    "accounts:changes": {"GET": ACCOUNT_REVIEWERS},
    "accounts:decide": {"POST": ACCOUNT_REVIEWERS},
    # One's own reminders of terms (each names a case by its reference only).
    "accounts:notifications": {"GET": SIGNED_IN, "POST": SIGNED_IN},
    "api:notifications-list": {"GET": SIGNED_IN},
    "api:notifications-detail": {"GET": SIGNED_IN},
    "api:notifications-read": {"POST": SIGNED_IN},
    # "Ingelogd blijven" in the idle-timeout warning: renews the session, returns nothing else.
    "session_keepalive": {"POST": SIGNED_IN},
    # Optional single sign-on (present only when OIDC is configured).
    "oidc_authentication_init": {"GET": PUBLIC},
    "oidc_authentication_callback": {"GET": PUBLIC},
    "oidc_logout": {"GET": SIGNED_IN, "POST": SIGNED_IN},
    # Django admin: configuration by functioneel beheer only.
    "admin:*": {"*": BEHEER},
}

# The whole table and the field allowlist, collected from every app's `policy` module (named
# on its AppConfig) when the apps are ready; see `collect`.
POLICY: dict[str, dict[str, Rule]] = {}
FIELD_ALLOWLIST: dict[str, dict[str, frozenset[str]]] = {}


def collect() -> None:
    """Gather ENTRIES and FIELD_ALLOWLIST from every app that declares a policy module, in
    INSTALLED_APPS order. A URL name or resource declared twice is a configuration error."""
    POLICY.clear()
    FIELD_ALLOWLIST.clear()
    for label, module in declared_by_app("policy"):
        for view_name, methods in getattr(module, "ENTRIES", {}).items():
            if view_name in POLICY:
                raise ImproperlyConfigured(f"{label}: {view_name} staat al in de autorisatietabel.")
            POLICY[view_name] = methods
        for resource, fields in getattr(module, "FIELD_ALLOWLIST", {}).items():
            if resource in FIELD_ALLOWLIST:
                raise ImproperlyConfigured(f"{label}: velden van {resource} al vastgelegd.")
            FIELD_ALLOWLIST[resource] = fields


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


def allowed_fields(resource: str, user) -> frozenset[str]:
    return FIELD_ALLOWLIST.get(resource, {}).get(getattr(user, "role", None), frozenset())


def as_markdown() -> str:
    """The table for docs/security.md (a test keeps the document equal to this)."""
    roles = list(Role)
    header = "| endpoint | method | " + " | ".join(r.value for r in roles) + " |"
    lines = [header, "|" + "---|" * (len(roles) + 2)]
    labels = {Scope.OWN_TEAM: "team", Scope.ALL: "alle", Scope.NONE: "ja"}
    for view_name, methods in POLICY.items():
        for method, rule in methods.items():
            if rule in (PUBLIC, SIGNED_IN):
                cells = [("open" if rule == PUBLIC else "ja")] * len(roles)
            else:
                cells = [labels[rule[r]] if r in rule else "–" for r in roles]
            lines.append(f"| `{view_name}` | {method} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
