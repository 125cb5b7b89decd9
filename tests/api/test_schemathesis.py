"""Schemathesis against the API's own OpenAPI description (/api/v1/schema/), for every kind of
role and without credentials.

Every operation in the schema is fuzzed through the WSGI application in this process, with a
real DRF token per persona. Each response must be below 500, match the schema (status code,
content type, headers and body) and agree with the authorization table: an operation the
role may not call is a 403 whatever is sent, an anonymous call is a 401, and a request that
breaks the schema (negative data) is refused with a 4xx. The calls run in the test's own
transaction, so the seeded case files (team Noord and Zuid, with members and a blockage) are
what the fuzzer reads and changes; half of the generated ids are swapped for real ones so
changes reach the services and the database, not only the 404 path.

One test per role, so `pytest -n 2` spreads them. Bounded and reproducible: a fixed number of
examples per operation, derandomized, no example database."""

import re
import traceback
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import unquote

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.urls import Resolver404, resolve
from django.utils.dateparse import parse_date
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.internal.conjecture import utils as conjecture_utils
from rest_framework.authtoken.models import Token
from schemathesis import DataGenerationMethod, GenerationConfig
from schemathesis.specs.openapi.checks import ignored_auth, negative_data_rejection
from schemathesis.types import NotSet

from maatwerk.accounts import policy
from maatwerk.accounts.models import Notification, Team, User
from maatwerk.accounts.notifications import Reminder, deliver, run_due_tasks
from maatwerk.cases.models import Blockage, Case, Household, Member, Organisation, Rule
from maatwerk.fund.models import (
    CostItem,
    Fund,
    Kassabon,
    LedgerEntry,
    Receivable,
    SettlementStatement,
)
from maatwerk.route.models import (
    AgendaItem,
    CanvasVersion,
    Decision,
    Escalation,
    EscalationLadder,
    Evaluation,
    ExternalEscalation,
    MonitoringMoment,
    Plan,
    Proposal,
    RoundTable,
    TimeOut,
)

from ..factories import CaseFactory, OrganisationFactory, RuleFactory
from ..route.aftercare_walk import walk_after_the_decision

pytestmark = pytest.mark.django_db


def _many_more(self) -> bool:
    """`many.more()` as hypothesis-jsonschema 0.23.1 (schemathesis 3's generator for objects)
    calls it. Hypothesis 6.170 replaced it with `for _ in elements:` inside a with-block;
    this is the body of that loop (`many._iterate`), one step per call. Without it every
    operation with an object in its schema fails with "'many' object has no attribute
    'more'". Remove once hypothesis is pinned below that change or schemathesis 4 is in."""
    if self._depth is None:  # the first call: what `with many(...)` and `iter()` would do
        self._depth = self.data.depth
        self._iterated = True
    self._finish_element()
    if not self._decide():
        self._closed = True
        return False
    self.count += 1
    self._in_element = True
    self._rejected = False
    return True


if not hasattr(conjecture_utils.many, "more") and hasattr(conjecture_utils.many, "_decide"):
    conjecture_utils.many.more = _many_more

# Examples per operation and role: schema-valid data, and data that breaks the schema.
# Up to 92 operations x 23 examples per role, one test per role.
POSITIVE_EXAMPLES = 15
NEGATIVE_EXAMPLES = 8

FUZZ_SETTINGS = settings(
    deadline=None,
    derandomize=True,  # the same cases on every run, so CI is reproducible
    database=None,  # no .hypothesis/ directory: nothing to replay between runs
    # No shrinking: every example runs against the database, so shrinking a failure could
    # take minutes. The first failing example is reported as generated.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)

# Persona fixture (tests/conftest.py) per role; None is a caller without credentials.
ROLES = {
    "consulent": "consulent",
    "omo_functionaris": "omo",
    "controller": "controller",
    "beleidsmedewerker": "beleid",
    "portefeuillehouder": "wethouder",
    "beheerder": "beheerder",
    "partner_contact": "partner_contact",
    "anonymous": None,
}

# Cases run and responses seen per role, printed at the end of the module (`pytest -s`).
CASES_RUN: dict[str, Counter] = {}


@pytest.fixture(scope="module", autouse=True)
def _report_counts():
    yield
    for role, statuses in sorted(CASES_RUN.items()):
        summary = ", ".join(f"{code}: {count}" for code, count in sorted(statuses.items()))
        print(f"\nschemathesis {role}: {statuses.total()} cases ({summary})")


@pytest.fixture
def wsgi_app():
    """The Django WSGI application, as a server would run it. Django closes the database
    connection when a request ends (`close_old_connections`); that would end the test's
    transaction, so it is switched off here exactly as Django's own test client does."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _route_records(consulent, omo, teamleider) -> None:
    """A Noord case taken along the route to a decision, so the route's endpoints have real
    records to read and act on (and a second case on the agenda, waiting for its outcome)."""
    from decimal import Decimal

    from maatwerk.route import services as route

    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    item = route.put_on_agenda(consulent, case, "Wat is hier mogelijk?")
    route.record_outcome(omo, item, "besluit_nu")
    route.save_canvas(consulent, case, {"goal": "Een woning houden."})
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
    route.decide(teamleider, proposal, outcome="afgewezen", motivation="Te duur.")
    waiting = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    route.put_on_agenda(consulent, waiting, "Welke opties zijn er?")
    # A case taken through everything after an approving decision, for those endpoints.
    approved = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    item = route.put_on_agenda(consulent, approved, "Kan de huur door?")
    route.record_outcome(omo, item, "besluit_nu")
    proposal = route.submit_proposal(
        consulent,
        approved,
        solution="Huur doorbetalen.",
        cost_estimate=Decimal("900"),
        within_frameworks=True,
        rendement_score=4,
        rendement_motivation="Goedkoper.",
        legitimiteit_score=4,
        legitimiteit_motivation="Past.",
        betrokkenheid_score=4,
        betrokkenheid_motivation="Gevraagd.",
    )
    route.decide(teamleider, proposal, outcome="akkoord", motivation="Doelmatig.")
    walk_after_the_decision(approved, consulent=consulent, omo=omo, tag="Fuzz")
    run_due_tasks()  # a notification or two, for /notifications/
    deliver([Reminder(user.pk, "fuzz", "Melding", "/") for user in User.objects.all()])


def _fund_records(consulent, omo, teamleider, controller) -> None:
    """A fund with a commitment from an approved proposal, a receivable prefinanced on it, a
    kassabon and a settlement statement, so the fund's endpoints have real records."""
    import datetime

    from maatwerk.fund import catalogue
    from maatwerk.fund import services as fund_services
    from maatwerk.route import services as route

    from ..fund.conftest import kassabon_with_a_line, make_fund, proposal_on_the_table

    catalogue.seed(CostItem)  # a flushed database has lost the migration's kengetallen
    fund = make_fund(controller)
    case = CaseFactory(
        household__team=consulent.team, regisseur=consulent, status="in_behandeling", eligible=True
    )
    kassabon_with_a_line(consulent, case, "Fuzz kassabon", "Schuldregeling")
    proposal = proposal_on_the_table(consulent, omo, case, fund)
    decision = route.decide(teamleider, proposal, outcome="akkoord", motivation="Doelmatig.")
    today = datetime.date.today()
    fund_services.prefinance(
        controller,
        Decision.objects.get(pk=decision.pk).commitment,
        "500",
        debtor_kind="school",
        debtor="Samenwerkingsverband",
        due_date=today + datetime.timedelta(days=30),
        payee="Vervoerder",
        reference="V-1",
    )
    fund_services.make_statement(
        controller, partner_kind="woningcorporatie", period_start=today, period_end=today
    )


def _register_records(consulent, noord_case, partner_contact) -> None:
    """The register: a second contact (without a login), the authority for a rule, and two
    requests from the Noord case to the partner contact (so one can be answered, and one
    stays open to be picked up)."""
    from maatwerk.register import services as register
    from maatwerk.register.models import Authority, Contact

    contact = partner_contact.register_contact
    local = Contact.objects.create(
        organisation=OrganisationFactory(name="Kredietbank Testdam", kind="schuldhulp"),
        name="Lokale contactpersoon",
        substitute=contact,
    )
    Authority.objects.create(
        rule=RuleFactory(name="Woningwet – hardheidsclausule", law="Woningwet"),
        holder="woningcorporatie",
        ground="hardheidsclausule",
        contact=local,
    )
    for question in ("Kan de termijn worden verlengd?", "Is er een betalingsregeling?"):
        register.send_request(consulent, noord_case, contact, question)


@pytest.fixture
def case_files(
    noord_case,
    zuid_case,
    consulent,
    consulent_zuid,
    omo,
    wethouder,
    teamleider,
    controller,
    partner_contact,
):
    """Real ids per resource, for the path and for references in bodies."""
    from maatwerk.register.models import Contact, PartnerRequest

    OrganisationFactory(name="Woningcorporatie Testdam", kind=Organisation.Kind.WONINGCORPORATIE)
    RuleFactory(name="Woningwet – urgentie", law="Woningwet")
    _route_records(consulent, omo, teamleider)
    _fund_records(consulent, omo, teamleider, controller)
    _register_records(consulent, noord_case, partner_contact)
    return {
        **{
            resource: list(model.objects.values_list("pk", flat=True))
            for resource, model in FUND_RESOURCES.items()
        },
        "routes": list(Case.objects.values_list("pk", flat=True)),
        "agenda-items": list(AgendaItem.objects.values_list("pk", flat=True)),
        "canvas-versions": list(CanvasVersion.objects.values_list("pk", flat=True)),
        "proposals": list(Proposal.objects.values_list("pk", flat=True)),
        "decisions": list(Decision.objects.values_list("pk", flat=True)),
        "notifications": list(Notification.objects.values_list("pk", flat=True)),
        **{
            resource: list(model.objects.values_list("pk", flat=True))
            for resource, model in AFTERCARE_RESOURCES.items()
        },
        "cases": list(Case.objects.values_list("pk", flat=True)),
        "households": list(Household.objects.values_list("pk", flat=True)),
        "members": list(Member.objects.values_list("pk", flat=True)),
        "blockages": list(Blockage.objects.values_list("pk", flat=True)),
        "organisations": list(Organisation.objects.values_list("pk", flat=True)),
        "rules": list(Rule.objects.values_list("pk", flat=True)),
        "register-contacts": list(Contact.objects.values_list("pk", flat=True)),
        "register-organisations": list(Organisation.objects.values_list("pk", flat=True)),
        "authorities": list(Rule.objects.values_list("pk", flat=True)),
        "partner-requests": list(PartnerRequest.objects.values_list("pk", flat=True)),
        "teams": list(Team.objects.values_list("pk", flat=True)),
        "users": list(User.objects.values_list("pk", flat=True)),
    }


FUND_RESOURCES = {
    "funds": Fund,
    "ledger-entries": LedgerEntry,
    "receivables": Receivable,
    "cost-items": CostItem,
    "kassabons": Kassabon,
    "settlement-statements": SettlementStatement,
}

AFTERCARE_RESOURCES = {
    "escalation-ladders": EscalationLadder,
    "escalations": Escalation,
    "round-tables": RoundTable,
    "national-escalations": ExternalEscalation,
    "time-outs": TimeOut,
    "plans": Plan,
    "monitoring-moments": MonitoringMoment,
    "evaluations": Evaluation,
}

FORM_MEDIA_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")

# Which list of real ids a reference in a request body points into.
BODY_REFERENCES = {
    "household": "households",
    "case": "cases",
    "rule": "rules",
    "owner": "organisations",
    "regisseur": "users",
    "team": "teams",
    "portefeuillehouder": "users",
    "fund": "funds",
    "item": "cost-items",
    "statement": "settlement-statements",
    "contact": "register-contacts",
}


def _resource(operation) -> str:
    return operation.path.strip("/").split("/")[2]  # api/v1/<resource>/...


def _view_name(operation) -> str:
    return resolve(re.sub(r"\{[^}]+\}", "1", operation.full_path)).view_name


def _with_real_ids(case, ids: dict[str, list[int]], draw) -> None:
    """Point the path and the body's references at records that exist (schema-valid still)."""
    if case.path_parameters and "id" in case.path_parameters:
        case.path_parameters["id"] = draw(st.sampled_from(ids[_resource(case.operation)]))
    if isinstance(case.body, dict):
        for field, resource in BODY_REFERENCES.items():
            if field in case.body and draw(st.booleans()):
                case.body[field] = draw(st.sampled_from(ids[resource]))


@dataclass
class Run:
    """One role's fuzzing: who calls, with which token, and what came back."""

    role: str
    user: User | None
    headers: dict[str, str]
    ids: dict[str, list[int]]
    statuses: Counter = field(default_factory=Counter)
    failures: dict[str, str] = field(default_factory=dict)  # first failure per operation
    failing_examples: int = 0


def _describe(case) -> str:
    return (
        f"{case.method} {case.formatted_path} query={case.query!r} "
        f"media_type={case.media_type!r} body={case.body!r}"
    )[:1500]


# How the API reads input (DRF fields, django-filter, Django's URL and query parsing). A
# "negative" case that is valid once read this way is not invalid input, so it may be
# accepted; every other negative case must get a 4xx.
TRUE_VALUES = {"t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"}
FALSE_VALUES = {"f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off"}
INTEGER = re.compile(r"\s*[+-]?\d+(\.0*)?\s*")


def _inline(node, root: dict):
    """The schema with every $ref (and single-entry allOf) replaced by what it points to."""
    if isinstance(node, list):
        return [_inline(item, root) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _inline(target, root)
    node = {key: _inline(value, root) for key, value in node.items()}
    for part in node.pop("allOf", []):
        node = {**part, **node}
    return node


def _reads_as_valid(value, schema: dict) -> bool:
    """Whether a DRF serializer field documented by `schema` accepts this JSON value."""
    if value is None:
        return bool(schema.get("nullable"))
    if "enum" in schema:  # ChoiceField looks up str(value)
        return not isinstance(value, bool | list | dict) and str(value) in map(str, schema["enum"])
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        return (
            isinstance(value, dict)
            and all(name in value for name in schema.get("required", []))
            and all(
                _reads_as_valid(value[name], properties[name])
                for name in properties.keys() & value.keys()
            )
        )
    if kind == "array":
        return isinstance(value, list) and all(_reads_as_valid(v, schema["items"]) for v in value)
    if kind == "boolean":
        return value in (True, False, 0, 1) or str(value) in TRUE_VALUES | FALSE_VALUES | {"0", "1"}
    if isinstance(value, bool | list | dict):
        return False
    text = str(value)
    if kind == "integer":
        return bool(INTEGER.fullmatch(text)) or (isinstance(value, float) and value.is_integer())
    if kind == "number":
        try:
            float(text)
        except ValueError:
            return False
        return True
    text = text.strip()  # CharField trims
    if schema.get("format") == "date":
        try:
            return isinstance(value, str) and parse_date(text) is not None
        except ValueError:
            return False
    return schema.get("minLength", 0) <= len(text) <= schema.get("maxLength", len(text))


def _is_valid_as_read(case) -> bool:
    """Whether this request is valid input once read the way the API reads it: path and
    query values are text (the last of repeated query values counts, an empty filter is no
    filter, undeclared parameters are ignored), and DRF's fields coerce what they may."""
    operation = case.operation
    root = operation.schema.raw_schema
    for parameter in operation.path_parameters:
        value = (case.path_parameters or {}).get(parameter.name)
        if value is None or not _reads_as_valid(str(value), _path_or_query(parameter, root)):
            return False
    for parameter in operation.query:
        value = (case.query or {}).get(parameter.name)
        if isinstance(value, list | tuple):
            value = value[-1] if value else None
        if value is None or value == "":
            continue
        if not _reads_as_valid(str(value), _path_or_query(parameter, root)):
            return False
    request_body = operation.definition.raw.get("requestBody")
    if isinstance(case.body, NotSet):
        return not (request_body or {}).get("required", False)
    if case.media_type in FORM_MEDIA_TYPES:
        return True  # form fields are all text: the types in the schema are not on the wire
    schema = _inline(request_body["content"][case.media_type]["schema"], root)
    return _reads_as_valid(case.body, schema)


def _path_or_query(parameter, root: dict) -> dict:
    """The parameter's schema, with integers read from text as Django and DRF do."""
    schema = _inline(parameter.definition["schema"], root)
    return {**schema, "type": "integer"} if schema.get("type") == "integer" else schema


def _reaches_the_operation(case) -> bool:
    """Whether the URL still leads to this operation's view. The router's id pattern stops at
    "/" and ".", so an id containing one (negative data) makes a URL that is not the API's."""
    path = unquote(case.operation.schema.get_full_path(case.formatted_path))
    try:
        return resolve(path).view_name == _view_name(case.operation)
    except Resolver404:
        return False


def _check(run: Run, allowed: bool, case) -> str | None:
    """What is wrong with the answer to this case, or None."""
    response = case.call_wsgi(headers=run.headers)
    run.statuses[response.status_code] += 1
    status = response.status_code
    if status >= 500:
        return f"server error {status}: {response.get_data(as_text=True)[:500]}"
    if not _reaches_the_operation(case):
        # Not this operation's URL: Django's own "page not found", for every caller alike
        # (it reveals nothing but the URL patterns). Its HTML is no API response, so the
        # schema checks do not apply.
        return None if status == 404 else f"{status} for a URL outside the API; expected 404"
    if run.user is None and status != 401:
        return f"{status} without credentials; expected 401"
    if run.user is not None and not allowed and status != 403:
        return f"{status} for a role the authorization table refuses; expected 403"
    if run.user is not None and status == 401:
        return "401 with a valid token"
    excluded = []
    if run.user is None:
        # Without credentials the 401 is asserted above; `ignored_auth` would only send the
        # same request again without credentials. With a token it is kept: every 2xx is sent
        # again without and with a wrong credential, which must be a 401.
        excluded.append(ignored_auth)
    if case.data_generation_method.is_negative and _is_valid_as_read(case):
        # The generator's "invalid" data is valid input for the API (see _is_valid_as_read):
        # it may be accepted. Genuinely invalid data must still be refused.
        excluded.append(negative_data_rejection)
    try:
        case.validate_response(response, headers=run.headers, excluded_checks=tuple(excluded))
    except AssertionError as exc:  # schemathesis' CheckFailed is an AssertionError
        return str(exc)[:2500]
    return None


def _fuzz(run: Run, operation, method: DataGenerationMethod, examples: int) -> None:
    allowed = run.user is not None and policy.is_allowed(
        _view_name(operation), operation.method, run.user
    )
    strategy = operation.as_strategy(data_generation_method=method)
    key = f"{operation.verbose_name} ({method.name})"

    # Failures are collected, not raised: hypothesis would replay a failing example, and
    # against a database the example changed that replay is no longer the same request.
    @settings(FUZZ_SETTINGS, max_examples=examples)
    @given(data=st.data())
    def example(data):
        case = data.draw(strategy)
        # `ignored_auth` writes a wrong credential into these; they must be dicts.
        case.headers = case.headers or {}
        case.cookies = case.cookies or {}
        if case.media_type in FORM_MEDIA_TYPES and not isinstance(case.body, dict | NotSet):
            # Only an object can be sent as form fields (the WSGI transport hands the body to
            # werkzeug as a mapping); other negative bodies go as JSON instead.
            case.media_type = "application/json"
        if run.user is not None and method.is_positive and data.draw(st.booleans()):
            _with_real_ids(case, run.ids, data.draw)
        try:
            problem = _check(run, allowed, case)
        except Exception:  # reported like any other failure
            problem = traceback.format_exc()[-2500:]
        if problem:
            run.failing_examples += 1
            run.failures.setdefault(key, f"{problem}\n  request: {_describe(case)}")

    example()


def _takes_input(operation) -> bool:
    return bool(
        list(operation.path_parameters)
        or list(operation.query)
        or operation.definition.raw.get("requestBody")
    )


@pytest.mark.parametrize("role", list(ROLES))
def test_every_operation_survives_fuzzing(request, role, wsgi_app, case_files):
    fixture = ROLES[role]
    user = request.getfixturevalue(fixture) if fixture else None
    headers = {"Authorization": f"Token {Token.objects.create(user=user).key}"} if user else {}
    schema = schemathesis.from_wsgi(
        "/api/v1/schema/?format=json",
        wsgi_app,
        # The token is the only credential sent: no Authorization header or session cookie
        # invented from the security schemes (`ignored_auth` tries wrong ones itself).
        generation_config=GenerationConfig(with_security_parameters=False),
    )
    run = Run(role=role, user=user, headers=headers, ids=case_files)

    # The fund's resources (issue 8) are not fuzzed here yet: their records are not in
    # `case_files`. They are covered by tests/api/fund (every role, every endpoint).
    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        _fuzz(run, operation, DataGenerationMethod.positive, POSITIVE_EXAMPLES)
        if _takes_input(operation):  # without any input there is nothing to get wrong
            _fuzz(run, operation, DataGenerationMethod.negative, NEGATIVE_EXAMPLES)

    CASES_RUN[role] = run.statuses
    assert len(operations) == 122, "the schema gained or lost operations: check ROLES and ids"
    assert run.failures == {}, f"{run.failing_examples} failing examples\n\n" + "\n\n".join(
        f"{key}: {problem}" for key, problem in run.failures.items()
    )
