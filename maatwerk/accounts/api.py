"""/notifications/: the signed-in user's own reminders of terms, and marking them read."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view, inline_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from maatwerk.core.serializers import MAX_ID

from .api_permissions import PolicyPermission
from .models import Notification
from .notifications import mark_read


class NotificationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Notification
        fields = ["id", "key", "text", "url", "due_date", "created_at", "read_at"]
        read_only_fields = fields


class MarkReadSerializer(serializers.Serializer):
    ids = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=MAX_ID),
        required=False,
        label=_("meldingen (id)"),
        help_text=_("Leeg: alle ongelezen meldingen."),
    )


@extend_schema_view(
    list=extend_schema(summary=_("Mijn meldingen")),
    retrieve=extend_schema(summary=_("Eén melding")),
)
class NotificationViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    schema_tag = _("Meldingen")
    permission_classes = [IsAuthenticated, PolicyPermission]
    serializer_class = NotificationSerializer

    def get_queryset(self) -> QuerySet[Notification]:
        if getattr(self, "swagger_fake_view", False):
            return Notification.objects.none()
        return Notification.objects.filter(user=self.request.user).order_by("-created_at", "-pk")

    @extend_schema(
        summary=_("Als gelezen markeren"),
        request=MarkReadSerializer,
        responses={200: inline_serializer("MarkedRead", {"marked": serializers.IntegerField()})},
    )
    @action(detail=False, methods=["post"], url_path="read", url_name="read")
    def mark_read(self, request: Request) -> Response:
        serializer = MarkReadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        marked = mark_read(request.user, serializer.validated_data.get("ids"))
        return Response({"marked": marked})
