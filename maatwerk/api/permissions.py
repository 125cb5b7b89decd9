"""Who may use which endpoint, read from the same role table as the screens
(`maatwerk.accounts.roles`). Which records a user reaches is decided by the access-scoped
querysets; whether a change is allowed, by the services."""

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from maatwerk.accounts import policy
from maatwerk.accounts.roles import capabilities_of


def sees_personal_data(view: APIView) -> bool:
    """Whether responses for this request may contain personal data. The schema generator
    asks without a real user; it documents the full serializers."""
    if getattr(view, "swagger_fake_view", False):
        return True
    return capabilities_of(view.request.user).personal_data


class PolicyPermission(BasePermission):
    """Whether this role may call this endpoint with this method: read from the one
    authorization table (`maatwerk.accounts.policy`) that the screens use too."""

    message = _("Uw rol geeft geen toegang tot deze gegevens.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        return policy.is_allowed(request.resolver_match.view_name, request.method, request.user)


class CaseFilePermission(PolicyPermission):
    """Case-file endpoints: the table decides the endpoint; the record itself is checked again
    so a wrong queryset cannot leak."""

    def has_object_permission(self, request: Request, view: APIView, obj) -> bool:
        return request.user.has_perm("cases.view_case", obj)
