"""The shape of every error answer of the API (`{"detail": "…"}`), for the schema: known to
the apps that document an extra answer of their own (a 409) and to the `api` wiring."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(label=_("melding"))
