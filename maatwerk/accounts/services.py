"""Account rules other apps and the admin use: who needs two-factor authentication, and
deactivating a user so that nothing they had open keeps working."""

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone
from rest_framework.authtoken.models import Token

from .roles import capabilities_of

__all__ = ["deactivate_user", "end_sessions_of", "requires_two_factor", "second_factor_done"]


def requires_two_factor(user) -> bool:
    """Everyone who can see personal data (directly or through the audit trail) must use a
    second factor. The local demo may switch this off; production settings refuse that."""
    if not settings.MAATWERK_REQUIRE_2FA:
        return False
    caps = capabilities_of(user)
    return caps.personal_data or caps.view_audit or caps.admin


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


@transaction.atomic
def deactivate_user(user) -> None:
    user.is_active = False
    user.save(update_fields=["is_active"])
    end_sessions_of(user)
    Token.objects.filter(user=user).delete()
