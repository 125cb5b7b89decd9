"""One error shape for the whole API: JSON, per field, in the user's language (Dutch by default).

Services and `Model.full_clean` raise Django's own exceptions; clients should get the same
answer as for a serializer error, not a 500."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler


def _field_errors(error: DjangoValidationError) -> dict[str, list[str]]:
    if not hasattr(error, "error_dict"):
        return {api_settings.NON_FIELD_ERRORS_KEY: error.messages}
    return {
        (api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field): messages
        for field, messages in error.message_dict.items()
    }


def exception_handler(exc: Exception, context: dict) -> Response | None:
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(_field_errors(exc))
    elif isinstance(exc, Http404):
        # Django's message names the model in English ("No Case matches…"); say less.
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    # A view over personal data records refusals in its access log (it says how itself).
    log_refusal = getattr(context.get("view"), "log_refusal", None)
    if isinstance(exc, exceptions.NotFound | exceptions.PermissionDenied) and log_refusal:
        log_refusal(context["request"])
    return drf_exception_handler(exc, context)
