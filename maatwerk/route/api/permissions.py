"""Route endpoints: the authorization table decides the endpoint; the case a record belongs to
is checked again, so that a wrong queryset cannot leak."""

from rest_framework.request import Request
from rest_framework.views import APIView

from maatwerk.accounts.api_permissions import PolicyPermission


class RoutePermission(PolicyPermission):
    def has_object_permission(self, request: Request, view: APIView, obj) -> bool:
        return request.user.has_perm("cases.view_case", view.case_of(obj))
