import time
from collections.abc import Callable

import structlog
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from maatwerk.audit.services import log_denied

from . import policy
from .services import requires_two_factor, second_factor_done

log = structlog.get_logger(__name__)

# Paths a signed-in but not yet verified user may reach: the second-factor pages themselves,
# log-out, static files and the token-authenticated API (DRF checks its own credentials).
_OPEN_PREFIXES = ("/inloggen/", "/uitloggen/", "/static/", "/api/", "/oidc/")


class SessionLifetimeMiddleware:
    """Ends a session that has lasted longer than SESSION_ABSOLUTE_HOURS, however active.
    The idle limit is the session cookie age, renewed on every request."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            started = request.session.setdefault("maatwerk_started_at", time.time())
            if time.time() - started > settings.SESSION_ABSOLUTE_HOURS * 3600:
                log.info("session_expired_absolute", user_id=request.user.pk)
                logout(request)
                return redirect(f"{reverse('login')}?next={request.path}")
        return self.get_response(request)


_OIDC_BACKEND = "maatwerk.accounts.oidc.MaatwerkOIDCBackend"
# Paths open to a signed-in user who must first choose a new password.
_PASSWORD_CHANGE_OPEN = ("/inloggen/", "/uitloggen/", "/static/", "/account/wachtwoord/")


def _signed_in_with_sso(request: HttpRequest) -> bool:
    """Single sign-on does not use the password Maatwerk holds, so there is none to change."""
    return request.session.get(BACKEND_SESSION_KEY, "") == _OIDC_BACKEND


class RequireTwoFactorMiddleware:
    """Roles that see personal data get no further than the second-factor pages until the
    session is verified with a TOTP code. After that, someone whose password was set by beheer
    gets no further than the change-password screen (the second factor comes first, so a
    temporary password alone cannot be turned into a password of one's own)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(_OPEN_PREFIXES)
            and requires_two_factor(user)
            and not second_factor_done(request, user)
        ):
            return redirect(f"{reverse('two_factor')}?next={request.path}")
        if (
            user.is_authenticated
            and getattr(user, "must_change_password", False)
            and not request.path.startswith(_PASSWORD_CHANGE_OPEN)
            and not _signed_in_with_sso(request)
        ):
            if request.path.startswith("/api/"):
                message = _("Kies eerst een nieuw wachtwoord via het scherm ‘Wachtwoord wijzigen’.")
                return JsonResponse({"detail": message}, status=403)
            return redirect(f"{reverse('accounts:password_change')}?next={request.path}")
        return self.get_response(request)


class PolicyMiddleware:
    """Applies the authorization table (`policy.py`) to every screen before its view runs:
    an undeclared URL or method is refused, a signed-out visitor is sent to the log-in page,
    and a refusal is written to the access log. API views are checked by DRF's permission
    class against the same table, after DRF has authenticated the token."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        view_name = request.resolver_match.view_name if request.resolver_match else ""
        if view_name.startswith("api:") and view_name not in ("api:schema", "api:docs"):
            return None
        rule = policy.rule_for(view_name, request.method)
        if rule == policy.PUBLIC:
            return None
        if rule is not None and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if policy.is_allowed(view_name, request.method, request.user):
            return None
        log_denied(
            user=request.user,
            channel=f"scherm:{view_name}",
            request=request,
            requested={
                "view": view_name,
                "method": request.method,
                "kwargs": {k: str(v)[:40] for k, v in view_kwargs.items()},
            },
        )
        raise PermissionDenied
