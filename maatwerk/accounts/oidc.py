"""Optional single sign-on with the municipality's identity provider (OpenID Connect).
Off unless OIDC_RP_CLIENT_ID is set. Accounts are not created on first sign-in: functioneel
beheer creates them, with role and team, and the e-mail address links the two."""

from django.conf import settings
from mozilla_django_oidc.auth import OIDCAuthenticationBackend


class MaatwerkOIDCBackend(OIDCAuthenticationBackend):
    def filter_users_by_claims(self, claims):
        email = (claims.get("email") or "").strip()
        if not email:
            return self.UserModel.objects.none()
        return self.UserModel.objects.filter(email__iexact=email, is_active=True)

    def create_user(self, claims):
        return None  # unknown people get no account; see module docstring

    def authenticate(self, request, **kwargs):
        user = super().authenticate(request, **kwargs)
        if user is not None and request is not None and settings.OIDC_IDP_ENFORCES_MFA:
            # The identity provider already asked for a second factor (agreed per
            # municipality); Maatwerk then does not ask again.
            request.session["maatwerk_mfa_by_idp"] = True
        return user
