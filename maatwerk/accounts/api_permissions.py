"""The authorization table (`policy.py`) applied to API views, for every app's API: which role
may call which endpoint with which method. Which records a user reaches is decided by each
app's access-scoped querysets; whether a change is allowed, by its services."""

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from . import policy
from .roles import capabilities_of

__all__ = ["PolicyPermission", "sees_personal_data"]


def sees_personal_data(view: APIView) -> bool:
    """Whether responses for this request may contain personal data. The schema generator
    asks without a real user; it documents the full serializers."""
    if getattr(view, "swagger_fake_view", False):
        return True
    return capabilities_of(view.request.user).personal_data


class PolicyPermission(BasePermission):
    """Whether this role may call this endpoint with this method: read from the one
    authorization table that the screens use too."""

    message = _("Uw rol geeft geen toegang tot deze gegevens.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        return policy.is_allowed(request.resolver_match.view_name, request.method, request.user)
