"""Serializer fields shared by several resources."""

from collections.abc import Callable

from django.db.models import QuerySet
from rest_framework import serializers


class VisibleRecordField(serializers.PrimaryKeyRelatedField):
    """A reference to a case-file record, looked up through the user's access scope. A record
    outside it gets the same answer as one that does not exist, so nothing is revealed."""

    def __init__(self, *, scope: Callable[..., QuerySet], not_found: str, **kwargs) -> None:
        self.scope = scope
        kwargs.setdefault("pk_field", serializers.IntegerField())
        kwargs["error_messages"] = {"does_not_exist": not_found, **kwargs.get("error_messages", {})}
        super().__init__(**kwargs)

    def get_queryset(self) -> QuerySet:
        return self.scope(self.context["request"].user)
