"""Mass assignment: fields a client may not set, sent along with a valid request to every write
endpoint (create, full and partial update, status transition), change nothing they should not.

The whole database state that a request could touch is compared before and after: a create
adds exactly one row and none of its server-decided columns holds a forged value; an update
changes only the target row, and only the columns of the fields that were meant to be sent.
Moving a record to another household, case or team (a "swap") is refused with a 400 and
changes nothing; a team-bound role asking for another team gets its own. Never a 500."""

import datetime
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import models
from django.utils import timezone
from rest_framework.serializers import Serializer

from maatwerk.accounts.models import Team, User
from maatwerk.cases.api.serializers.blockages import BlockageSerializer
from maatwerk.cases.api.serializers.cases import CaseSerializer, TransitionSerializer
from maatwerk.cases.api.serializers.households import HouseholdSerializer
from maatwerk.cases.api.serializers.members import MemberSerializer
from maatwerk.cases.api.serializers.organisations import OrganisationSerializer
from maatwerk.cases.models import (
    Blockage,
    Case,
    CaseStatusChange,
    Household,
    Member,
    Organisation,
)
from maatwerk.cases.workflow import CaseStatus
from maatwerk.core.bsn import hash_bsn

from ..factories import CaseFactory, HouseholdFactory, MemberFactory, OrganisationFactory
from .db_state import snapshot

pytestmark = pytest.mark.django_db


A_LONG_TIME_AGO = "2000-01-01T00:00:00Z"


def _forged(intruder: User, other_team: Team) -> dict[str, Any]:
    """Values no client may set: server-decided columns, protected flags, another user's or
    team's id, fields of other models (users' role and rights) and fields that do not exist."""
    return {
        "id": 999_999,
        "pk": 999_999,
        "reference": "MW-1999-99999",
        "status": CaseStatus.AFGESLOTEN,
        "team": other_team.pk,
        "created_by": intruder.pk,
        "created_at": A_LONG_TIME_AGO,
        "updated_at": A_LONG_TIME_AGO,
        "anonymised_at": A_LONG_TIME_AGO,
        "legal_hold": True,
        "legal_hold_reason": "Vervalst",
        "confidential": True,
        "confidential_users": [intruder.pk],
        "bsn_hash": "0" * 64,
        "bsn_encrypted": "vervalst",
        "masked_bsn": "•••••999",
        "members": [{"first_name": "Vervalst", "last_name": "Persoon", "role": "kind"}],
        "blockages": [{"rule": 1, "owner": 1}],
        "eligibility": {"met": True},
        "member_count": 99,
        "changed_by": intruder.pk,
        "changed_at": A_LONG_TIME_AGO,
        "approved_by": intruder.pk,
        "approved_at": A_LONG_TIME_AGO,
        "amount": "99999.99",
        "budget": 99_999,
        "role": "beheerder",
        "is_staff": True,
        "is_superuser": True,
        "is_active": False,
        "user": intruder.pk,
        "groups": [1],
        "user_permissions": [1],
        "password": "vervalst",
    }


# The forged names that are real, writable fields of one resource: a household's team (on
# registering; for team-bound roles the server overrides it) and its members (on
# registering), and a member's role in the household. Everywhere else every forged name must
# be ignored or refused.
MEANT_TO_BE_WRITABLE: dict[type[Serializer], set[str]] = {
    HouseholdSerializer: {"team", "members"},
    MemberSerializer: {"role"},
}


def _forged_for(serializer: type[Serializer], intruder: User, other_team: Team) -> dict:
    meant = MEANT_TO_BE_WRITABLE.get(serializer, set())
    return {
        name: value for name, value in _forged(intruder, other_team).items() if name not in meant
    }


def _writable(serializer_class: type[Serializer]) -> set[str]:
    return {name for name, field in serializer_class().fields.items() if not field.read_only}


def _changes(before: dict, after: dict) -> dict[tuple[str, Any], Any]:
    """(model, pk) -> "created", "deleted" or the set of columns that changed."""
    changes = {}
    for label, rows in after.items():
        old_rows = before[label]
        for pk in old_rows.keys() | rows.keys():
            old, new = old_rows.get(pk), rows.get(pk)
            if old is None:
                changes[(label, pk)] = "created"
            elif new is None:
                changes[(label, pk)] = "deleted"
            elif old != new:
                changes[(label, pk)] = {column for column in new if old[column] != new[column]}
    return changes


def _columns(model: type[models.Model], fields) -> set[str]:
    """The database columns behind serializer fields (`household` is `household_id`)."""
    names = {field.name: field.attname for field in model._meta.concrete_fields}
    return {names[name] for name in fields if name in names}


def _holds_forged_value(row: dict, model: type[models.Model], forged: dict) -> list[str]:
    """Columns of a stored row that hold what the client forged."""
    held = []
    for field in model._meta.concrete_fields:
        if field.name not in forged:
            continue
        value, sent = row[field.attname], forged[field.name]
        if isinstance(value, datetime.datetime):
            same = value.year == 2000
        else:
            same = value == sent
        if same:
            held.append(field.name)
    return held


@dataclass(frozen=True)
class Write:
    """One write endpoint, with a body that is valid on its own."""

    name: str
    method: str
    model: type[models.Model]
    serializer: type[Serializer]
    path: Any  # (files) -> str
    body: Any  # (files) -> dict
    target: Any = None  # (files) -> pk of the record changed; None for a create
    changes: frozenset[str] | None = None  # columns that may change; default: the body's
    also_creates: type[models.Model] | None = None  # records made with it (a household's members)


@dataclass
class Files:
    """The case files the writes work on: the Noord case of the consulent's team."""

    case: Case
    household: Household
    member: Member
    blockage: Blockage
    organisation: Organisation
    team: Team


def _case_body(files: Files) -> dict:
    return {
        "household": files.household.pk,
        "title": "Nieuwe omschrijving",
        "signal_source": "kcc",
        "signal_date": (timezone.localdate() - datetime.timedelta(days=3)).isoformat(),
        "consent": "gegeven",
        "consent_date": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
    }


def _member_body(files: Files) -> dict:
    return {
        "household": files.household.pk,
        "first_name": "Sem",
        "last_name": "de Vries",
        "date_of_birth": "2014-09-01",
        "role": "kind",
    }


def _blockage_body(files: Files) -> dict:
    return {
        "case": files.case.pk,
        "rule": files.blockage.rule_id,
        "explanation": "De toeslag wordt teruggevorderd.",
    }


def _household_body(files: Files) -> dict:
    return {"team": files.team.pk, "street": "Dorpsstraat", "house_number": "7", "city": "Testdam"}


def _new_household_body(files: Files) -> dict:
    person = {"first_name": "Fenna", "last_name": "Fictief", "role": "hoofdbewoner"}
    return _household_body(files) | {"members": [person]}


def _organisation_body(files: Files) -> dict:
    return {"name": "Stichting Nieuw Begin", "kind": "schuldhulp"}


WRITES = [
    Write("create case", "post", Case, CaseSerializer, lambda f: "/api/v1/cases/", _case_body),
    Write(
        "replace case",
        "put",
        Case,
        CaseSerializer,
        lambda f: f"/api/v1/cases/{f.case.pk}/",
        _case_body,
        target=lambda f: f.case.pk,
    ),
    Write(
        "change case",
        "patch",
        Case,
        CaseSerializer,
        lambda f: f"/api/v1/cases/{f.case.pk}/",
        lambda f: {"title": "Nieuwe omschrijving"},
        target=lambda f: f.case.pk,
    ),
    Write(
        "move case",
        "post",
        Case,
        TransitionSerializer,
        lambda f: f"/api/v1/cases/{f.case.pk}/transition/",
        lambda f: {"target": CaseStatus.IN_BEHANDELING, "reason": "Voldoet aan de criteria"},
        target=lambda f: f.case.pk,
        changes=frozenset({"status"}),
    ),
    Write(
        "register household",
        "post",
        Household,
        HouseholdSerializer,
        lambda f: "/api/v1/households/",
        _new_household_body,
        also_creates=Member,
    ),
    Write(
        "replace household",
        "put",
        Household,
        HouseholdSerializer,
        lambda f: f"/api/v1/households/{f.household.pk}/",
        _household_body,
        target=lambda f: f.household.pk,
    ),
    Write(
        "change household",
        "patch",
        Household,
        HouseholdSerializer,
        lambda f: f"/api/v1/households/{f.household.pk}/",
        lambda f: {"street": "Dorpsstraat"},
        target=lambda f: f.household.pk,
    ),
    Write(
        "add member",
        "post",
        Member,
        MemberSerializer,
        lambda f: "/api/v1/members/",
        _member_body,
    ),
    Write(
        "replace member",
        "put",
        Member,
        MemberSerializer,
        lambda f: f"/api/v1/members/{f.member.pk}/",
        _member_body,
        target=lambda f: f.member.pk,
    ),
    Write(
        "change member",
        "patch",
        Member,
        MemberSerializer,
        lambda f: f"/api/v1/members/{f.member.pk}/",
        lambda f: {"last_name": "de Vries"},
        target=lambda f: f.member.pk,
    ),
    Write(
        "record blockage",
        "post",
        Blockage,
        BlockageSerializer,
        lambda f: "/api/v1/blockages/",
        _blockage_body,
    ),
    Write(
        "replace blockage",
        "put",
        Blockage,
        BlockageSerializer,
        lambda f: f"/api/v1/blockages/{f.blockage.pk}/",
        _blockage_body,
        target=lambda f: f.blockage.pk,
    ),
    Write(
        "change blockage",
        "patch",
        Blockage,
        BlockageSerializer,
        lambda f: f"/api/v1/blockages/{f.blockage.pk}/",
        lambda f: {"explanation": "De toeslag wordt teruggevorderd."},
        target=lambda f: f.blockage.pk,
    ),
    Write(
        "add organisation",
        "post",
        Organisation,
        OrganisationSerializer,
        lambda f: "/api/v1/organisations/",
        _organisation_body,
    ),
    Write(
        "replace organisation",
        "put",
        Organisation,
        OrganisationSerializer,
        lambda f: f"/api/v1/organisations/{f.organisation.pk}/",
        _organisation_body,
        target=lambda f: f.organisation.pk,
    ),
    Write(
        "change organisation",
        "patch",
        Organisation,
        OrganisationSerializer,
        lambda f: f"/api/v1/organisations/{f.organisation.pk}/",
        lambda f: {"name": "Stichting Nieuw Begin"},
        target=lambda f: f.organisation.pk,
    ),
]


@pytest.fixture
def files(noord_case) -> Files:
    blockage = noord_case.blockages.get()
    return Files(
        case=noord_case,
        household=noord_case.household,
        member=noord_case.household.members.get(),
        blockage=blockage,
        organisation=blockage.owner,
        team=noord_case.household.team,
    )


@pytest.fixture(params=["consulent", "omo"])
def case_worker(request):
    """A team-bound role and the one that works across teams."""
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize("write", WRITES, ids=[write.name for write in WRITES])
def test_forged_fields_change_nothing(
    client_for, case_worker, files, beheerder, consulent_zuid, zuid_case, write
):
    forged = _forged_for(write.serializer, beheerder, consulent_zuid.team)
    body = write.body(files)
    before = snapshot()

    response = getattr(client_for(case_worker), write.method)(
        write.path(files), {**forged, **body}, format="json"
    )

    assert response.status_code in (200, 201), response.content
    changes = _changes(before, snapshot())
    label = write.model._meta.label
    if write.target is None:
        extra = write.also_creates._meta.label if write.also_creates else None
        made_with_it = {key: change for key, change in changes.items() if key[0] == extra}
        assert set(made_with_it.values()) <= {"created"}, changes
        [(key, change)] = [item for item in changes.items() if item[0][0] != extra]
        assert key[0] == label and change == "created", changes
        row = write.model.objects.filter(pk=key[1]).values().get()
    else:
        pk = write.target(files)
        allowed = _columns(write.model, write.changes or body) | {"updated_at"}
        assert set(changes) <= {(label, pk)}, changes
        assert changes.get((label, pk), set()) <= allowed, changes
        row = write.model.objects.filter(pk=pk).values().get()
    assert _holds_forged_value(row, write.model, forged) == []
    data = response.json()
    echoed = [name for name in forged if name in data and data[name] == forged[name]]
    assert echoed == []


@pytest.mark.parametrize(
    "serializer",
    [
        CaseSerializer,
        TransitionSerializer,
        HouseholdSerializer,
        MemberSerializer,
        BlockageSerializer,
        OrganisationSerializer,
    ],
)
def test_no_protected_field_is_writable(serializer, beheerder, team_zuid):
    assert _writable(serializer) & set(_forged_for(serializer, beheerder, team_zuid)) == set()


def test_a_new_case_gets_its_server_decided_fields(client_for, consulent, files, beheerder):
    body = {**_forged(beheerder, files.team), **_case_body(files)}
    started = timezone.now()

    response = client_for(consulent).post("/api/v1/cases/", body, format="json")

    assert response.status_code == 201, response.json()
    case = Case.objects.get(pk=response.json()["id"])
    assert case.pk != 999_999
    assert case.status == CaseStatus.AANGEMELD
    assert case.reference.startswith(f"MW-{timezone.localdate().year}-")
    assert case.created_by == consulent
    assert case.regisseur == consulent
    assert case.created_at >= started
    assert (case.legal_hold, case.legal_hold_reason, case.anonymised_at) == (False, "", None)
    assert case.confidential is False
    assert not case.confidential_users.exists()


def test_a_transition_is_recorded_under_the_caller_now(client_for, consulent, files, beheerder):
    started = timezone.now()
    body = {
        **_forged(beheerder, files.team),
        "target": CaseStatus.IN_BEHANDELING,
        "reason": "Voldoet aan de criteria",
    }

    response = client_for(consulent).post(
        f"/api/v1/cases/{files.case.pk}/transition/", body, format="json"
    )

    assert response.status_code == 200, response.json()
    change = CaseStatusChange.objects.filter(case=files.case).latest("changed_at", "pk")
    assert (change.source, change.target) == (CaseStatus.AANGEMELD, CaseStatus.IN_BEHANDELING)
    assert change.changed_by == consulent
    assert change.changed_at >= started
    files.case.refresh_from_db()
    assert files.case.status == CaseStatus.IN_BEHANDELING


def test_the_bsn_hash_follows_the_bsn_and_nothing_else(client_for, consulent, files):
    body = {**_member_body(files), "bsn": "123456782", "bsn_hash": "0" * 64}

    response = client_for(consulent).post("/api/v1/members/", body, format="json")

    assert response.status_code == 201, response.json()
    member = Member.objects.get(pk=response.json()["id"])
    assert member.bsn_hash == hash_bsn("123456782")
    assert member.bsn == "123456782"


def test_domains_sent_with_another_cases_ids_land_on_this_case_only(
    client_for, omo, files, zuid_case
):
    """A nested life domain carrying another case's id, or an existing row's id, is a new
    domain of the case in the URL: the other case keeps its own."""
    other = zuid_case.domains.first()
    before = {(row.pk, row.case_id, row.code, row.description) for row in zuid_case.domains.all()}
    body = {
        "domains": [
            {"id": other.pk, "case": zuid_case.pk, "code": "veiligheid", "description": "Nieuw"},
            {"code": "wonen", "description": "Huur"},
        ]
    }

    response = client_for(omo).patch(f"/api/v1/cases/{files.case.pk}/", body, format="json")

    assert response.status_code == 200, response.json()
    after = {(row.pk, row.case_id, row.code, row.description) for row in zuid_case.domains.all()}
    assert after == before
    assert set(files.case.domains.values_list("code", flat=True)) == {"veiligheid", "wonen"}


# Moving a record to another household, case, team or regisseur: refused with a 400 on the
# field, and nothing changes. (method, resource, record in the URL or None, body.)
SWAPS = {
    "household to another team": ("patch", "households", "household", {"team": "other_team"}),
    "household replaced into another team": (
        "put",
        "households",
        "household",
        {"team": "other_team"},
    ),
    "case to a household of the team": (
        "patch",
        "cases",
        "case",
        {"household": "sibling_household"},
    ),
    "case to another team's household": (
        "patch",
        "cases",
        "case",
        {"household": "other_household"},
    ),
    "case replaced into another household": (
        "put",
        "cases",
        "case",
        {"household": "sibling_household"},
    ),
    "case to another team's regisseur": (
        "patch",
        "cases",
        "case",
        {"regisseur": "other_consulent"},
    ),
    "case to the wethouder as regisseur": ("patch", "cases", "case", {"regisseur": "wethouder"}),
    "member to a household of the team": (
        "patch",
        "members",
        "member",
        {"household": "sibling_household"},
    ),
    "member to another team's household": (
        "patch",
        "members",
        "member",
        {"household": "other_household"},
    ),
    "blockage to a case of the team": ("patch", "blockages", "blockage", {"case": "sibling_case"}),
    "blockage to another team's case": ("patch", "blockages", "blockage", {"case": "other_case"}),
    "blockage to an owner that does not exist": (
        "patch",
        "blockages",
        "blockage",
        {"owner": "missing"},
    ),
    "new case in another team's household": (
        "post",
        "cases",
        None,
        {"household": "other_household"},
    ),
    "new member in another team's household": (
        "post",
        "members",
        None,
        {"household": "other_household"},
    ),
    "new blockage on another team's case": ("post", "blockages", None, {"case": "other_case"}),
}
# The OMO-functionaris works for every team: creating in another team's file is its job, but
# moving what exists is refused for it too.
SWAP_PARAMS = [
    pytest.param(role, *swap, id=f"{role}: {name}")
    for role in ("consulent", "omo")
    for name, swap in SWAPS.items()
    if role == "consulent" or swap[0] != "post"
]
FULL_BODIES = {
    "households": _household_body,
    "cases": _case_body,
    "members": _member_body,
    "blockages": _blockage_body,
}


@pytest.mark.parametrize(("role", "method", "resource", "record", "swap"), SWAP_PARAMS)
def test_moving_a_record_elsewhere_is_refused(
    request,
    client_for,
    files,
    consulent_zuid,
    zuid_case,
    wethouder,
    role,
    method,
    resource,
    record,
    swap,
):
    user = request.getfixturevalue(role)
    sibling = CaseFactory(
        household=HouseholdFactory(team=files.team), regisseur=files.case.regisseur
    )
    ids = {
        "other_team": consulent_zuid.team.pk,
        "sibling_household": sibling.household_id,
        "other_household": zuid_case.household_id,
        "sibling_case": sibling.pk,
        "other_case": zuid_case.pk,
        "other_consulent": consulent_zuid.pk,
        "wethouder": wethouder.pk,
        "missing": 999_999,
    }
    body = {name: ids[value] for name, value in swap.items()}
    if method != "patch":
        body = {**FULL_BODIES[resource](files), **body}
    path = f"/api/v1/{resource}/"
    if record is not None:
        path += f"{getattr(files, record).pk}/"
    before = snapshot()

    response = getattr(client_for(user), method)(path, body, format="json")

    assert response.status_code == 400, response.content
    assert set(response.json()) & set(swap), response.json()
    assert _changes(before, snapshot()) == {}


def test_a_team_bound_role_registers_for_its_own_team_whatever_it_asks(
    client_for, consulent, consulent_zuid
):
    response = client_for(consulent).post(
        "/api/v1/households/",
        {
            "team": consulent_zuid.team.pk,
            "street": "Dorpsstraat",
            "members": [{"first_name": "Fenna", "last_name": "Fictief", "role": "ouder"}],
        },
        format="json",
    )

    assert response.status_code == 201, response.json()
    assert Household.objects.get(pk=response.json()["id"]).team == consulent.team


def test_an_update_by_id_in_the_body_does_not_reach_another_record(
    client_for, omo, files, zuid_case
):
    """The record changed is the one in the URL, whatever id the body names."""
    other_member = MemberFactory(household=zuid_case.household)
    other_organisation = OrganisationFactory(name="Andere organisatie")
    before = snapshot()
    writes = [
        (f"/api/v1/cases/{files.case.pk}/", {"id": zuid_case.pk, "title": "Nieuw"}),
        (f"/api/v1/members/{files.member.pk}/", {"id": other_member.pk, "last_name": "Nieuw"}),
        (
            f"/api/v1/organisations/{files.organisation.pk}/",
            {"id": other_organisation.pk, "name": "Nieuw"},
        ),
    ]

    statuses = [
        client_for(omo).patch(path, body, format="json").status_code for path, body in writes
    ]

    assert statuses == [200, 200, 200]
    changed = {key for key in _changes(before, snapshot())}
    assert changed == {
        ("cases.Case", files.case.pk),
        ("cases.Member", files.member.pk),
        ("cases.Organisation", files.organisation.pk),
    }
