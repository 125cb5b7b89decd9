import time
from collections.abc import Callable

import structlog
from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from .services import requires_two_factor

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


class RequireTwoFactorMiddleware:
    """Roles that see personal data get no further than the second-factor pages until the
    session is verified with a TOTP code."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(_OPEN_PREFIXES)
            and requires_two_factor(user)
            and not user.is_verified()
        ):
            return redirect(f"{reverse('two_factor')}?next={request.path}")
        return self.get_response(request)
