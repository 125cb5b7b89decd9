from django.conf import settings
from django.http import HttpRequest

from .roles import capabilities_of


def role(request: HttpRequest) -> dict:
    """What the signed-in user may do, so templates only show links that will work."""
    return {
        "can": capabilities_of(getattr(request, "user", None)),
        "sso_enabled": bool(settings.OIDC_RP_CLIENT_ID),
    }
