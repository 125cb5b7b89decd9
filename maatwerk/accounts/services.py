"""Account rules the admin, the screens and other apps use: who needs two-factor
authentication, ending everything a user had open, and managed privileged access — nobody
changes their own account's access, a role with personal data needs a second person
(four-eyes, see `grants.py`), and every change is written to the change history (a
django-auditlog entry with the acting user, written here explicitly) and to the access log."""

from dataclasses import dataclass, field

from auditlog.context import disable_auditlog
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.authtoken.models import Token

from .history import (
    EVENT_CREATED,
    EVENT_OWN_PASSWORD,
    EVENT_PASSWORD_RESET,
    EVENT_SECOND_FACTOR_RESET,
    EVENT_UPDATED,
    describe,
    record_account_change,
    reset_by_since_last_sign_in,
)
from .models import RoleGrantRequest, User
from .roles import capabilities_of, capabilities_of_role

__all__ = [
    "AccountChangeOutcome",
    "change_account",
    "change_own_password",
    "check_account_change",
    "check_password_reset",
    "check_second_factor_reset",
    "create_account",
    "deactivate_user",
    "end_sessions_of",
    "needs_approval",
    "requires_two_factor",
    "reset_password",
    "reset_second_factor",
    "second_factor_done",
]

# What decides an account's access. Nobody changes these on their own account.
ACCESS_FIELDS = ("role", "team", "municipality", "is_active", "is_staff", "is_superuser")
# What the account screens may change, through change_account.
DIRECT_FIELDS = ("username", "first_name", "last_name", "email", *ACCESS_FIELDS)


def requires_two_factor(user) -> bool:
    """Everyone who can see personal data (directly or through the audit trail) or who manages
    or reviews access must use a second factor. The local demo may switch this off; production
    settings refuse that."""
    if not settings.MAATWERK_REQUIRE_2FA:
        return False
    caps = capabilities_of(user)
    return caps.personal_data or caps.view_audit or caps.admin or caps.review_accounts


def second_factor_done(request, user) -> bool:
    """A TOTP code was given in this session, or the identity provider vouched for its own
    second factor (single sign-on with OIDC_IDP_ENFORCES_MFA)."""
    is_verified = getattr(user, "is_verified", None)
    if is_verified is not None and is_verified():
        return True
    return bool(request.session.get("maatwerk_mfa_by_idp"))


def end_sessions_of(user) -> int:
    """Remove every session of this user. Sessions are signed blobs, so each is decoded."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            session.delete()
            ended += 1
    return ended


def _end_everything_of(user) -> None:
    end_sessions_of(user)
    Token.objects.filter(user=user).delete()


@transaction.atomic
def deactivate_user(user) -> None:
    user.is_active = False
    user.save(update_fields=["is_active"])
    _end_everything_of(user)


PENDING_MESSAGE = _lazy(
    "Voor dit account wacht al een aanvraag op goedkeuring. Laat die eerst goedkeuren of afwijzen."
)


def needs_approval(role: str) -> bool:
    """Roles a second person must approve: those that see personal data, and those that manage
    or approve accounts — otherwise one beheerder could make a second beheerder account and
    approve their own requests with it."""
    caps = capabilities_of_role(role)
    return caps.personal_data or caps.admin or caps.review_accounts


def _refuse_own_account(actor, account) -> None:
    if account.pk is not None and account.pk == actor.pk:
        raise ValidationError(
            _(
                "U kunt uw eigen rol, team, gemeente, rechten of actief-status niet wijzigen. "
                "Vraag een andere beheerder."
            )
        )


@dataclass
class AccountChangeOutcome:
    account: User
    changed: list[str] = field(default_factory=list)
    grant: RoleGrantRequest | None = None


def _needs_second_person(account: User, changes: dict) -> bool:
    """A role with personal data, a new team for such a role, reactivating an account that has
    one, or a new e-mail address for it (single sign-on links accounts by e-mail): each opens
    case files to someone, so a second person decides."""
    role = changes.get("role", account.role)
    if not needs_approval(role):
        return False
    team = changes.get("team", account.team)
    email = changes.get("email", account.email) or ""
    return (
        role != account.role
        or getattr(team, "pk", None) != account.team_id
        or (changes.get("is_active") is True and not account.is_active)
        or email.lower() != (account.email or "").lower()
    )


def check_account_change(actor, account: User, changes: dict, reason: str = "") -> None:
    """Refuse what nobody may do, with a Dutch message; used by forms before anything is saved."""
    unknown = set(changes) - set(DIRECT_FIELDS)
    if unknown:
        raise ValidationError(_("Deze gegevens kunnen hier niet worden gewijzigd."))
    if any(name in ACCESS_FIELDS for name in changes):
        _refuse_own_account(actor, account)
    if not _needs_second_person(account, changes):
        return
    if not reason.strip():
        raise ValidationError(
            {
                "reason": _(
                    "Een rol met persoonsgegevens of beheerrechten wordt pas toegekend na "
                    "goedkeuring door een tweede persoon. Geef de reden van de aanvraag."
                )
            }
        )
    if RoleGrantRequest.objects.filter(
        account=account, status=RoleGrantRequest.Status.PENDING
    ).exists():
        raise ValidationError(PENDING_MESSAGE)


def _access_changes(account: User, changes: dict) -> dict:
    """Split off what must wait for approval: role, team, reactivation and e-mail address."""
    if not _needs_second_person(account, changes):
        return {}
    waiting = {name: changes[name] for name in ("role", "team", "email") if name in changes}
    if changes.get("is_active") is True:
        waiting["is_active"] = True  # deactivating never waits
    return waiting


@transaction.atomic
def change_account(
    actor,
    account: User,
    changes: dict,
    *,
    reason: str = "",
    request: HttpRequest | None = None,
) -> AccountChangeOutcome:
    """Apply what may be applied at once; file a request for a second person for the rest."""
    from .grants import request_role_grant

    check_account_change(actor, account, changes, reason)
    account = User.objects.select_for_update().get(pk=account.pk)
    changes = {name: value for name, value in changes.items() if getattr(account, name) != value}
    waiting = _access_changes(account, changes)
    direct = {name: value for name, value in changes.items() if name not in waiting}
    outcome = AccountChangeOutcome(account=account)
    if waiting:
        outcome.grant = request_role_grant(
            actor,
            account,
            role=waiting.get("role", account.role),
            team=waiting.get("team", account.team),
            reactivate=waiting.get("is_active") is True,
            email=waiting.get("email"),
            reason=reason,
            request=request,
        )
    if direct:
        before = {name: getattr(account, name) for name in direct}
        for name, value in direct.items():
            setattr(account, name, value)
        with disable_auditlog():
            account.save(update_fields=list(direct))
        if direct.get("is_active") is False:
            _end_everything_of(account)
        record_account_change(
            actor,
            account,
            EVENT_UPDATED,
            {name: [describe(name, before[name]), describe(name, direct[name])] for name in direct},
            request=request,
        )
        outcome.changed = list(direct)
    return outcome


@transaction.atomic
def create_account(
    actor,
    *,
    username: str,
    password: str,
    role: str,
    team=None,
    municipality=None,
    reason: str = "",
    request: HttpRequest | None = None,
    **personal,
) -> AccountChangeOutcome:
    """A new account chosen by beheer. Its password is known to whoever set it, so the user
    chooses their own at first sign-in; a role with personal data waits for a second person,
    and until then the account has no role."""
    from .grants import request_role_grant

    if needs_approval(role) and not reason.strip():
        raise ValidationError(
            {
                "reason": _(
                    "Een account met een rol met persoonsgegevens of beheerrechten krijgt die "
                    "pas na goedkeuring door een tweede persoon. Geef de reden van de aanvraag."
                )
            }
        )
    waits = needs_approval(role)
    account = User(
        username=username,
        role="" if waits else role,
        team=None if waits else team,
        municipality=municipality or getattr(team, "municipality", None),
        must_change_password=True,
        **personal,
    )
    account.set_password(password)
    with disable_auditlog():
        account.save()
    record_account_change(
        actor,
        account,
        EVENT_CREATED,
        {
            name: ["", describe(name, getattr(account, name))]
            for name in ("username", "role", "team", "municipality", "is_active")
        },
        request=request,
    )
    outcome = AccountChangeOutcome(account=account, changed=["account"])
    if waits:
        outcome.grant = request_role_grant(
            actor, account, role=role, team=team, reason=reason, request=request
        )
    return outcome


def _refuse_second_reset_by_same_person(actor, account: User, other_event: str) -> None:
    """Whoever resets both the password and the second factor could sign in as the user: the
    second reset before the user has signed in again must come from someone else."""
    if reset_by_since_last_sign_in(actor, account, other_event):
        raise ValidationError(
            _(
                "U heeft voor dit account al de %(other)s opnieuw ingesteld. Laat deze "
                "herstelactie door een andere beheerder doen, of wacht tot de gebruiker weer "
                "heeft ingelogd."
            )
            % {
                "other": _("tweede factor")
                if other_event == EVENT_SECOND_FACTOR_RESET
                else _("wachtwoord")
            }
        )


def check_password_reset(actor, account: User) -> None:
    if account.pk == actor.pk:
        raise ValidationError(
            _("Uw eigen wachtwoord wijzigt u zelf, via ‘Wachtwoord wijzigen’, niet in het beheer.")
        )
    _refuse_second_reset_by_same_person(actor, account, EVENT_SECOND_FACTOR_RESET)


def check_second_factor_reset(actor, account: User) -> None:
    if account.pk == actor.pk:
        raise ValidationError(
            _("U kunt uw eigen tweede factor niet herstellen. Vraag een andere beheerder.")
        )
    _refuse_second_reset_by_same_person(actor, account, EVENT_PASSWORD_RESET)


@transaction.atomic
def reset_password(
    actor, account: User, new_password: str, *, request: HttpRequest | None = None
) -> None:
    """Beheer sets a temporary password: the user must choose a new one at the next sign-in,
    and every open session and API token of the account ends now."""
    check_password_reset(actor, account)
    account = User.objects.select_for_update().get(pk=account.pk)
    account.set_password(new_password)
    account.must_change_password = True
    with disable_auditlog():
        account.save(update_fields=["password", "must_change_password"])
    _end_everything_of(account)
    record_account_change(
        actor,
        account,
        EVENT_PASSWORD_RESET,
        {"password": ["", _("tijdelijk wachtwoord, wijzigen bij volgende aanmelding")]},
        request=request,
    )


@transaction.atomic
def change_own_password(user: User, new_password: str, *, request: HttpRequest | None = None):
    user.set_password(new_password)
    user.must_change_password = False
    with disable_auditlog():
        user.save(update_fields=["password", "must_change_password"])
    record_account_change(
        user,
        user,
        EVENT_OWN_PASSWORD,
        {"password": ["", _("door de gebruiker zelf gekozen")]},
        request=request,
    )


@transaction.atomic
def reset_second_factor(actor, account: User, *, request: HttpRequest | None = None) -> int:
    """A lost or replaced phone: remove the account's authenticator devices and end its
    sessions, so the next sign-in sets up a new second factor. No second person is needed
    (nothing new is granted), but it is recorded like every other account change."""
    check_second_factor_reset(actor, account)
    removed, _detail = TOTPDevice.objects.filter(user=account).delete()
    end_sessions_of(account)
    record_account_change(
        actor,
        account,
        EVENT_SECOND_FACTOR_RESET,
        {
            "second_factor": [
                _("ingesteld") if removed else "—",
                _("opnieuw instellen bij aanmelding"),
            ]
        },
        request=request,
    )
    return removed
