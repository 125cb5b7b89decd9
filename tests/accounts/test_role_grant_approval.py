"""Four-eyes on a requested role: the requester and the account itself never approve; whoever
the municipality configured (by default another beheerder or the OMO-functionaris) does, and
only their approval changes the account."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from maatwerk.accounts.grants import decide_role_grant
from maatwerk.accounts.models import RoleGrantRequest
from maatwerk.accounts.roles import Role
from maatwerk.accounts.services import change_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def grant(beheerder, controller):
    return change_account(
        beheerder, controller, {"role": Role.OMO_FUNCTIONARIS}, reason="Vervanging"
    ).grant


def _decide(client, grant, decision="goedkeuren"):
    return client.post(
        reverse("accounts:decide", args=[grant.pk]),
        {"besluit": decision, "toelichting": "Akkoord na overleg"},
        follow=True,
    )


def test_the_requester_cannot_approve_their_own_request(client, beheerder, controller, grant):
    client.force_login(beheerder)

    response = _decide(client, grant)

    assert "U mag over deze aanvraag niet besluiten" in response.content.decode()
    controller.refresh_from_db()
    assert controller.role == Role.CONTROLLER
    grant.refresh_from_db()
    assert grant.status == RoleGrantRequest.Status.PENDING


def test_the_account_itself_cannot_approve_its_request(beheerder, beheerder2, omo):
    grant = change_account(
        beheerder, beheerder2, {"role": Role.OMO_FUNCTIONARIS}, reason="Dubbele rol"
    ).grant

    with pytest.raises(PermissionDenied):
        decide_role_grant(beheerder2, grant, approve=True)
    beheerder2.refresh_from_db()
    assert beheerder2.role == Role.BEHEERDER


def test_another_beheerder_approves_and_the_role_changes(client, beheerder2, controller, grant):
    client.force_login(beheerder2)

    response = _decide(client, grant)

    assert "De aanvraag is goedgekeurd" in response.content.decode()
    controller.refresh_from_db()
    assert controller.role == Role.OMO_FUNCTIONARIS
    grant.refresh_from_db()
    assert (grant.status, grant.decided_by, grant.decision_note) == (
        RoleGrantRequest.Status.APPROVED,
        beheerder2,
        "Akkoord na overleg",
    )
    assert grant.decided_at is not None


def test_the_omo_functionaris_may_approve_by_default(client, omo, controller, grant):
    client.force_login(omo)

    _decide(client, grant)

    controller.refresh_from_db()
    assert controller.role == Role.OMO_FUNCTIONARIS


def test_a_refusal_leaves_the_account_as_it_was(client, omo, controller, grant):
    client.force_login(omo)

    _decide(client, grant, "afwijzen")

    controller.refresh_from_db()
    assert controller.role == Role.CONTROLLER
    grant.refresh_from_db()
    assert grant.status == RoleGrantRequest.Status.REFUSED


def test_the_security_officer_approves_only_when_the_municipality_says_so(
    client, security_officer, controller, grant, team_noord
):
    client.force_login(security_officer)
    _decide(client, grant)
    controller.refresh_from_db()
    assert controller.role == Role.CONTROLLER

    municipality = team_noord.municipality
    municipality.grant_approval_by_security_officer = True
    municipality.save()
    _decide(client, grant)

    controller.refresh_from_db()
    assert controller.role == Role.OMO_FUNCTIONARIS


def test_a_municipality_can_leave_approval_to_the_security_officer_alone(
    client, beheerder2, omo, security_officer, controller, grant, team_noord
):
    municipality = team_noord.municipality
    municipality.grant_approval_by_beheerder = False
    municipality.grant_approval_by_omo = False
    municipality.grant_approval_by_security_officer = True
    municipality.save()

    for person in (beheerder2, omo):
        with pytest.raises(PermissionDenied):
            decide_role_grant(person, grant, approve=True)
    decide_role_grant(security_officer, grant, approve=True)

    controller.refresh_from_db()
    assert controller.role == Role.OMO_FUNCTIONARIS


def test_who_approves_is_set_in_the_admin(client, beheerder, team_noord):
    municipality = team_noord.municipality
    client.force_login(beheerder)

    client.post(
        reverse("admin:accounts_municipality_change", args=[municipality.pk]),
        {
            "name": municipality.name,
            "code": municipality.code,
            "grant_approval_by_beheerder": "",
            "grant_approval_by_omo": "on",
            "grant_approval_by_security_officer": "on",
        },
    )

    municipality.refresh_from_db()
    assert not municipality.grant_approval_by_beheerder
    assert municipality.grant_approval_by_security_officer


def test_a_decided_request_cannot_be_decided_again(client, beheerder2, omo, controller, grant):
    decide_role_grant(beheerder2, grant, approve=False)
    client.force_login(omo)

    response = _decide(client, grant)

    assert "Over deze aanvraag is al besloten" in response.content.decode()
    controller.refresh_from_db()
    assert controller.role == Role.CONTROLLER
