"""The authorization table is complete and is what is enforced: every URL and every OpenAPI
operation is declared, the API answers exactly as the table says for every role, and no role
receives a field outside its allowlist."""

import re
from decimal import Decimal

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from drf_spectacular.generators import SchemaGenerator

from maatwerk.accounts import policy
from maatwerk.accounts.roles import Role, capabilities_of
from maatwerk.register import services as register
from maatwerk.route import services as route

from ..factories import (
    BlockageFactory,
    CaseFactory,
    MemberFactory,
    OrganisationFactory,
    RuleFactory,
)

ROLE_FIXTURES = {
    Role.CONSULENT: "consulent",
    Role.TEAMLEIDER: "teamleider",
    Role.OMO_FUNCTIONARIS: "omo",
    Role.PORTEFEUILLEHOUDER: "wethouder",
    Role.CONTROLLER: "controller",
    Role.BELEIDSMEDEWERKER: "beleid",
    Role.BEHEERDER: "beheerder",
    Role.PARTNER_CONTACT: "partner_contact",
}


def _named_patterns(resolver: URLResolver, namespace: str = ""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _named_patterns(pattern, inner)
        elif isinstance(pattern, URLPattern):
            yield namespace, pattern.name


def test_every_url_pattern_is_declared_in_the_policy():
    missing = []
    for namespace, name in _named_patterns(get_resolver()):
        if name is None and namespace == "admin:":
            continue  # the admin's unnamed catch-all falls under admin:*
        view_name = f"{namespace}{name}"
        if name is None or (
            policy.POLICY.get(view_name) is None
            and not (namespace and policy.POLICY.get(f"{namespace}*"))
        ):
            missing.append(view_name)
    assert missing == []


def _operations():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    for path, methods in schema["paths"].items():
        concrete = re.sub(r"\{[^}]+\}", "1", path)
        for method in methods:
            yield concrete, method.upper()


def test_every_openapi_operation_is_declared_in_the_policy():
    missing = [
        (path, method)
        for path, method in _operations()
        if policy.rule_for(resolve(path).view_name, method) is None
    ]
    assert missing == []


def test_scopes_in_the_policy_match_what_each_role_reaches():
    for methods in policy.POLICY.values():
        for rule in methods.values():
            if isinstance(rule, dict):
                for role, scope in rule.items():
                    assert capabilities_of_role(role).case_scope == scope, role


def capabilities_of_role(role):
    class _User:
        is_authenticated = True
        is_active = True

    user = _User()
    user.role = role
    return capabilities_of(user)


def _route_records(consulent, omo, teamleider) -> dict:
    """A case of team Noord taken along the route to a decision, through the services."""
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    item = route.put_on_agenda(consulent, case, "Wat is hier mogelijk?")
    route.record_outcome(omo, item, "besluit_nu")
    canvas = route.save_canvas(consulent, case, {"goal": "Een woning houden."})
    proposal = route.submit_proposal(
        consulent,
        case,
        solution="Huur een half jaar doorbetalen.",
        cost_estimate=Decimal("1200"),
        within_frameworks=True,
        rendement_score=4,
        rendement_motivation="Goedkoper dan uitzetting.",
        legitimiteit_score=4,
        legitimiteit_motivation="Past in de beleidsregels.",
        betrokkenheid_score=5,
        betrokkenheid_motivation="Het huishouden stelde het voor.",
    )
    decision = route.decide(teamleider, proposal, outcome="akkoord", motivation="Doelmatig.")
    return {
        "routes": case,
        "agenda-items": item,
        "canvas-versions": canvas,
        "proposals": proposal,
        "decisions": decision,
    }


def _register_records(consulent, case, partner_contact) -> dict:
    """The register's resources: a contact, an organisation, a rule on the authority map (its
    id is the rule's), and a request from a Noord case to the partner contact."""
    contact = partner_contact.register_contact
    request = register.send_request(consulent, case, contact, "Kan de termijn worden verlengd?")
    return {
        "register-contacts": contact,
        "register-organisations": contact.organisation,
        "authorities": RuleFactory(name="Woningwet – hardheidsclausule", law="Woningwet"),
        "partner-requests": request,
    }


@pytest.fixture
def world(db, team_noord, consulent, omo, teamleider, partner_contact):
    case = CaseFactory(household__team=team_noord, eligible=True)
    member = MemberFactory(household=case.household)
    blockage = BlockageFactory(case=case)
    organisation = OrganisationFactory()
    return {
        "cases": case,
        "households": case.household,
        "members": member,
        "blockages": blockage,
        "organisations": organisation,
        **_route_records(consulent, omo, teamleider),
        **_register_records(consulent, case, partner_contact),
    }


# The actions on a record: (resource, action).
ACTIONS = [
    ("cases", "transition"),
    ("routes", "move"),
    ("agenda-items", "outcome"),
    ("proposals", "advice"),
    ("proposals", "consult"),
    ("proposals", "decide"),
    ("decisions", "supersede"),
    ("partner-requests", "pick-up"),
    ("partner-requests", "answer"),
]


def _api_calls(world):
    for resource, record in world.items():
        yield f"/api/v1/{resource}/", "GET", f"api:{resource}-list"
        yield f"/api/v1/{resource}/", "POST", f"api:{resource}-list"
        yield f"/api/v1/{resource}/{record.pk}/", "GET", f"api:{resource}-detail"
        yield f"/api/v1/{resource}/{record.pk}/", "PATCH", f"api:{resource}-detail"
        yield f"/api/v1/{resource}/{record.pk}/", "DELETE", f"api:{resource}-detail"
    for resource, name in ACTIONS:
        path = f"/api/v1/{resource}/{world[resource].pk}/{name}/"
        yield path, "POST", f"api:{resource}-{name}"


@pytest.mark.parametrize("role", list(ROLE_FIXTURES))
def test_the_api_answers_exactly_as_the_policy_says(request, api_client, world, role):
    user = request.getfixturevalue(ROLE_FIXTURES[role])
    api_client.force_authenticate(user)
    unexpected = []
    for path, method, view_name in _api_calls(world):
        response = getattr(api_client, method.lower())(path, {}, format="json")
        allowed = policy.is_allowed(view_name, method, user)
        if allowed and response.status_code in (401, 403):
            unexpected.append(("refused", method, path, response.status_code))
        if not allowed and response.status_code != 403:
            unexpected.append(("allowed", method, path, response.status_code))
    assert unexpected == []


@pytest.mark.parametrize("role", list(ROLE_FIXTURES))
def test_no_role_receives_a_field_outside_its_allowlist(request, api_client, world, role):
    user = request.getfixturevalue(ROLE_FIXTURES[role])
    api_client.force_authenticate(user)
    for resource, record in world.items():
        allowed = policy.allowed_fields(resource, user)
        for path in (f"/api/v1/{resource}/", f"/api/v1/{resource}/{record.pk}/"):
            response = api_client.get(path)
            if response.status_code != 200:
                assert not allowed or resource in ("households", "members"), (role, path)
                continue
            body = response.json()
            items = body["results"] if "results" in body else [body]
            for item in items:
                assert set(item) <= allowed, (role, path, set(item) - allowed)


def test_an_undeclared_screen_is_refused(client, consulent, monkeypatch):
    monkeypatch.setitem(policy.POLICY, "cases:list", {})  # declared, but no method allowed
    client.force_login(consulent)

    assert client.get("/casussen/").status_code == 403


def test_the_security_document_shows_the_policy_as_it_is_in_the_code():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "security.md").read_text()
    start = text.index("<!-- policy-table:start -->") + len("<!-- policy-table:start -->")
    end = text.index("<!-- policy-table:end -->")
    assert text[start:end].strip() == policy.as_markdown()
