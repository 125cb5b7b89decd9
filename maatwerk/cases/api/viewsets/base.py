"""What every case-file endpoint shares: no delete, role check, and the access log."""

from rest_framework import mixins, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from maatwerk.audit.services import AccessLog, log_access

from ...models import Case, Household
from ..access_log import log_case_files, log_refusal
from ..permissions import CaseFilePermission


class CaseFileViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    # List, read, create and change. Nothing is deleted through the API: case files are kept
    # for the record. (A comment, not a docstring: the schema would publish it.)

    permission_classes = [IsAuthenticated, CaseFilePermission]

    def cases_of(self, instance) -> list[Case | Household]:
        """The case files `instance` is part of, for the access log."""
        raise NotImplementedError

    def log_refusal(self, request: Request) -> None:
        """Called by the API's exception handler on a 403 or 404."""
        log_refusal(request, self)

    def list(self, request: Request, *args, **kwargs) -> Response:
        response = super().list(request, *args, **kwargs)
        # One row for the page as a whole, as on the case list screen: which records were
        # listed, and whether a search was involved (the search text itself is not kept).
        rows = response.data.get("results", []) if isinstance(response.data, dict) else []
        log_access(
            user=request.user,
            action=AccessLog.Action.SEARCH if request.query_params else AccessLog.Action.READ,
            channel=request.resolver_match.view_name,
            request=request,
            details={"ids": [row.get("id") for row in rows if isinstance(row, dict)]},
        )
        return response

    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        instance = self.get_object()
        log_case_files(request, self.cases_of(instance), AccessLog.Action.READ)
        return Response(self.get_serializer(instance).data)

    def perform_create(self, serializer: BaseSerializer) -> None:
        instance = serializer.save()
        log_case_files(self.request, self.cases_of(instance), AccessLog.Action.CREATE)

    def perform_update(self, serializer: BaseSerializer) -> None:
        instance = serializer.save()
        log_case_files(self.request, self.cases_of(instance), AccessLog.Action.UPDATE)
