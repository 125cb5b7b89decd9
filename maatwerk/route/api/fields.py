"""Serializer fields the route's resources share."""

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from maatwerk.cases.api.fields import VisibleRecordField
from maatwerk.cases.services import visible_cases


def case_field(**kwargs) -> VisibleRecordField:
    """The case a new record is for, looked up among the cases the user may see."""
    kwargs.setdefault("label", _("casus"))
    kwargs.setdefault("help_text", _("De casus (id)."))
    return VisibleRecordField(
        scope=visible_cases,
        not_found=_("Deze casus bestaat niet."),
        error_messages={
            "required": _("Kies de casus."),
            "null": _("Kies de casus."),
            "incorrect_type": _("Geef het id van de casus (een getal)."),
        },
        **kwargs,
    )


def text_field(label, **kwargs) -> serializers.CharField:
    """Free text whose rules (required, length) the service checks, with its own message."""
    kwargs.setdefault("required", False)
    return serializers.CharField(label=label, allow_blank=True, trim_whitespace=True, **kwargs)
