"""Who may use which endpoint, read from the same role table as the screens
(`maatwerk.accounts.roles`). Which records a user reaches is decided by the access-scoped
querysets; whether a change is allowed, by the services."""

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView

from maatwerk.accounts.roles import capabilities_of


def sees_personal_data(view: APIView) -> bool:
    """Whether responses for this request may contain personal data. The schema generator
    asks without a real user; it documents the full serializers."""
    if getattr(view, "swagger_fake_view", False):
        return True
    return capabilities_of(view.request.user).personal_data


class CaseFilePermission(BasePermission):
    """Case-file endpoints. A view with `personal_only = True` holds nothing but personal
    data (households, members) and is closed to roles that may not see it."""

    message = _("Uw rol geeft geen toegang tot deze gegevens.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        caps = capabilities_of(request.user)
        if not caps.view_cases:
            return False
        if getattr(view, "personal_only", False) and not caps.personal_data:
            return False
        if request.method not in SAFE_METHODS:
            return caps.edit_cases and caps.personal_data
        return True

    def has_object_permission(self, request: Request, view: APIView, obj) -> bool:
        # The queryset already limits this; checked again so a wrong queryset cannot leak.
        return request.user.has_perm("cases.view_case", obj)


class ReferenceListPermission(BasePermission):
    """Reference lists (organisations): hold no personal data, so every role that works with
    cases may read them; changing them is for case workers and the functioneel beheerder."""

    message = _("Uw rol mag deze lijst niet wijzigen.")

    def has_permission(self, request: Request, view: APIView) -> bool:
        caps = capabilities_of(request.user)
        if request.method in SAFE_METHODS:
            return caps.view_cases
        return caps.edit_cases or caps.admin
