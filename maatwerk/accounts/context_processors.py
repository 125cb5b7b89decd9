from django.conf import settings
from django.http import HttpRequest

from .roles import capabilities_of


def role(request: HttpRequest) -> dict:
    """What the signed-in user may do, so templates only show links that will work."""
    from .notifications import unread_count

    user = getattr(request, "user", None)
    return {
        "can": capabilities_of(user),
        # Lazy: counted only on pages that draw the menu.
        "unread_notifications": lambda: unread_count(user),
        "sso_enabled": bool(settings.OIDC_RP_CLIENT_ID),
    }
