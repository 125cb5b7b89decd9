"""How API clients prove who they are: a token (for integrations), or the browser session of
someone signed in to the screens."""

from drf_spectacular.authentication import SessionScheme
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.request import Request

from maatwerk.accounts.services import requires_two_factor, second_factor_done


class VerifiedSessionAuthentication(SessionAuthentication):
    """A browser session counts only once its second factor is done. The two-factor middleware
    leaves /api/ to DRF, so without this check a password alone would open the API."""

    def authenticate(self, request: Request):
        result = super().authenticate(request)
        if result is None:
            return None
        user = result[0]
        if requires_two_factor(user) and not second_factor_done(request._request, user):
            return None  # as if not signed in: 401
        return result


class VerifiedSessionScheme(SessionScheme):
    """Documents the verified session in the schema as the ordinary session cookie."""

    target_class = VerifiedSessionAuthentication


AUTHENTICATION_CLASSES = [TokenAuthentication, VerifiedSessionAuthentication]
