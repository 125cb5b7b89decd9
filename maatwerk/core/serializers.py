"""The shape of every error answer of the API (`{"detail": "…"}`), for the schema: known to
the apps that document an extra answer of their own (a 409) and to the `api` wiring."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

# The largest id a database key holds (a signed 64-bit integer): an id beyond it is a 400,
# never an overflow in the engine.
MAX_ID = 2**63 - 1


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(label=_("melding"))
