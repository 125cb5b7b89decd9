"""Four-eyes for roles with personal data or management rights: one beheerder requests, a
second person decides. Who may decide is configured per municipality
(`Municipality.grant_approval_by_*`); the requester and the account itself never may. Only an
approval changes the account."""

from auditlog.context import disable_auditlog
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from .history import (
    EVENT_GRANT_APPROVED,
    EVENT_GRANT_REFUSED,
    EVENT_GRANT_REQUESTED,
    describe,
    record_account_change,
)
from .models import Municipality, RoleGrantRequest, Team, User
from .roles import Role, capabilities_of

__all__ = [
    "approver_roles",
    "decide_role_grant",
    "may_decide",
    "pending_grants",
    "request_role_grant",
]


def _municipality_of(account: User) -> Municipality:
    municipality = account.municipality or getattr(account.team, "municipality", None)
    return municipality or Municipality()  # the defaults when none is set


def approver_roles(municipality: Municipality) -> set[str]:
    roles = set()
    if municipality.grant_approval_by_beheerder:
        roles.add(Role.BEHEERDER)
    if municipality.grant_approval_by_omo:
        roles.add(Role.OMO_FUNCTIONARIS)
    if municipality.grant_approval_by_security_officer:
        roles.add(Role.SECURITY_OFFICER)
    return roles


def may_decide(user, grant: RoleGrantRequest) -> bool:
    if grant.status != RoleGrantRequest.Status.PENDING:
        return False
    if not capabilities_of(user).review_accounts:
        return False
    if user.pk in (grant.requested_by_id, grant.account_id):
        return False
    municipality = _municipality_of(grant.account)
    if municipality.pk is not None and user.municipality_id not in (None, municipality.pk):
        return False
    return user.role in approver_roles(municipality)


def pending_grants() -> QuerySet[RoleGrantRequest]:
    return RoleGrantRequest.objects.filter(status=RoleGrantRequest.Status.PENDING).select_related(
        "account", "requested_team", "requested_by"
    )


def request_role_grant(
    actor,
    account: User,
    *,
    role: str,
    team: Team | None,
    reason: str,
    reactivate: bool = False,
    email: str | None = None,
    request: HttpRequest | None = None,
) -> RoleGrantRequest:
    if account.pk == actor.pk:
        raise ValidationError(_("U kunt geen rol voor uw eigen account aanvragen."))
    if not reason.strip():
        raise ValidationError({"reason": _("Geef de reden van de aanvraag.")})
    from .services import PENDING_MESSAGE

    if RoleGrantRequest.objects.filter(
        account=account, status=RoleGrantRequest.Status.PENDING
    ).exists():
        raise ValidationError(PENDING_MESSAGE)
    grant = RoleGrantRequest.objects.create(
        account=account,
        requested_role=role,
        requested_team=team,
        reactivate=reactivate,
        requested_email=email,
        reason=reason.strip(),
        requested_by=actor,
        requested_at=timezone.now(),
    )
    changes = {
        "role": [describe("role", account.role), describe("role", role)],
        "team": [describe("team", account.team), describe("team", team)],
    }
    if email is not None:
        changes["email"] = [describe("email", account.email), describe("email", email)]
    record_account_change(
        actor,
        account,
        EVENT_GRANT_REQUESTED,
        changes,
        request=request,
        grant=grant,
    )
    return grant


@transaction.atomic
def decide_role_grant(
    actor,
    grant: RoleGrantRequest,
    *,
    approve: bool,
    note: str = "",
    request: HttpRequest | None = None,
    channel: str = "scherm:accounts:decide",
) -> RoleGrantRequest:
    grant = RoleGrantRequest.objects.select_for_update().select_related("account").get(pk=grant.pk)
    if grant.status != RoleGrantRequest.Status.PENDING:
        raise ValidationError(_("Over deze aanvraag is al besloten."))
    if not may_decide(actor, grant):
        raise PermissionDenied(
            _(
                "U mag over deze aanvraag niet besluiten: de aanvrager en het account zelf "
                "nooit, en verder alleen wie de gemeente daarvoor heeft aangewezen."
            )
        )
    grant.status = RoleGrantRequest.Status.APPROVED if approve else RoleGrantRequest.Status.REFUSED
    grant.decided_by = actor
    grant.decided_at = timezone.now()
    grant.decision_note = note.strip()
    grant.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    account = User.objects.select_for_update().get(pk=grant.account_id)
    changes = {"request": [str(RoleGrantRequest.Status.PENDING.label), grant.get_status_display()]}
    if approve:
        changes["role"] = [describe("role", account.role), describe("role", grant.requested_role)]
        changes["team"] = [describe("team", account.team), describe("team", grant.requested_team)]
        account.role = grant.requested_role
        account.team = grant.requested_team
        fields = ["role", "team"]
        if grant.requested_email is not None:
            changes["email"] = [describe("email", account.email), grant.requested_email or "—"]
            account.email = grant.requested_email
            fields.append("email")
        if grant.reactivate and not account.is_active:
            changes["is_active"] = [describe("is_active", False), describe("is_active", True)]
            account.is_active = True
            fields.append("is_active")
        with disable_auditlog():
            account.save(update_fields=fields)
    record_account_change(
        actor,
        account,
        EVENT_GRANT_APPROVED if approve else EVENT_GRANT_REFUSED,
        changes,
        request=request,
        grant=grant,
        channel=channel,
    )
    return grant
