"""What every route endpoint shares: read and create only (a route record is never changed
or deleted: a later act is a new record), the role check, scoping to the cases the user may
see, and the access log."""

from django.db.models import QuerySet
from rest_framework import mixins, status, viewsets
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from maatwerk.audit.services import AccessLog, log_access
from maatwerk.cases.api.access_log import log_case_files, log_refusal
from maatwerk.cases.services import visible_cases

from ..permissions import RoutePermission


class RouteRecordViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    # (A comment, not a docstring: the schema would publish it.)

    permission_classes = [IsAuthenticated, RoutePermission]
    # The path from a record to its case, for scoping and the access log.
    case_path = "case"

    def case_of(self, instance):
        for part in self.case_path.split("__"):
            instance = getattr(instance, part)
        return instance

    def scoped(self, queryset: QuerySet) -> QuerySet:
        """Only records of cases the user may see: anything else is a 404, as if absent."""
        return queryset.filter(**{f"{self.case_path}__in": visible_cases(self.request.user)})

    def log_refusal(self, request: Request) -> None:
        """Called by the API's exception handler on a 403 or 404."""
        log_refusal(request, self)

    def list(self, request: Request, *args, **kwargs) -> Response:
        queryset = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(queryset)
        records = page if page is not None else list(queryset)
        data = self.get_serializer(records, many=True).data
        # One row for the page: every case concerned (so every person), and which records.
        cases = {case.pk: case for case in (self.case_of(record) for record in records)}
        log_access(
            user=request.user,
            cases=list(cases.values()),
            action=AccessLog.Action.SEARCH if request.query_params else AccessLog.Action.READ,
            channel=request.resolver_match.view_name,
            request=request,
            details={"ids": [record.pk for record in records]},
        )
        return self.get_paginated_response(data) if page is not None else Response(data)

    def retrieve(self, request: Request, *args, **kwargs) -> Response:
        instance = self.get_object()
        log_case_files(request, [self.case_of(instance)], AccessLog.Action.READ)
        return Response(self.get_serializer(instance).data)

    def answer(
        self,
        instance,
        serializer_class: type[BaseSerializer],
        action: str = AccessLog.Action.CREATE,
        code: int = status.HTTP_201_CREATED,
        *,
        case=None,
    ) -> Response:
        """The answer to a write: the record as the service left it, logged against its case
        (`case`, when the record is not of this resource's kind)."""
        log_case_files(self.request, [case or self.case_of(instance)], action)
        data = serializer_class(instance, context=self.get_serializer_context()).data
        return Response(data, status=code)
