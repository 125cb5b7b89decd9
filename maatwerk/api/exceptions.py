"""One error shape for the whole API: JSON, per field, in the user's language (Dutch by default).

Services and `Model.full_clean` raise Django's own exceptions; clients should get the same
answer as for a serializer error, not a 500. DRF's own messages are partly untranslated and
partly translated in a register this product does not use ("Aanvraag was verstikt"): the
ones a client of the API can meet are said again here, plainly and with "u"."""

import re
from typing import Any

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, RequestDataTooBig, TooManyFieldsSent
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from rest_framework import exceptions
from rest_framework.exceptions import ErrorDetail
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler as drf_exception_handler

from maatwerk.fund.errors import BudgetOp
from maatwerk.register.errors import Refused
from maatwerk.route.errors import Conflict


def _field_errors(error: DjangoValidationError) -> dict[str, list[str]]:
    if not hasattr(error, "error_dict"):
        return {api_settings.NON_FIELD_ERRORS_KEY: error.messages}
    return {
        (api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field): messages
        for field, messages in error.message_dict.items()
    }


class ConflictError(exceptions.APIException):
    """Someone else changed the record at the same moment (a proposal just decided)."""

    status_code = 409
    default_code = "conflict"


class RequestTooLarge(exceptions.APIException):
    status_code = 413
    default_code = "request_too_large"


def _too_large(exc: Exception) -> exceptions.APIException:
    """Django refuses a body beyond DATA_UPLOAD_MAX_MEMORY_SIZE (or with too many form fields)
    with its own English HTML page; the API answers in JSON like for any other refusal."""
    if isinstance(exc, TooManyFieldsSent):
        return RequestTooLarge(
            _("Het verzoek heeft te veel velden (maximaal %(n)d).")
            % {"n": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS}
        )
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    return RequestTooLarge(
        _("Het verzoek is te groot (maximaal %(kb)d kB).") % {"kb": limit // 1024}
        if limit
        else _("Het verzoek is te groot.")
    )


def _is_default(exc: exceptions.APIException) -> bool:
    return isinstance(exc.detail, str) and str(exc.detail) == str(exc.default_detail)


def _in_dutch(exc: exceptions.APIException, context: dict) -> exceptions.APIException:
    """The request-level errors DRF raises itself, in Dutch. A message a service or view gave
    (a PermissionDenied with its own reason) is kept."""
    request = context.get("request")
    if isinstance(exc, exceptions.Throttled):
        detail = _("Te veel verzoeken achter elkaar.")
        if exc.wait is not None:
            seconds = max(1, round(exc.wait))
            detail += " " + ngettext(
                "Probeer het over %(n)d seconde opnieuw.",
                "Probeer het over %(n)d seconden opnieuw.",
                seconds,
            ) % {"n": seconds}
        exc.detail = ErrorDetail(detail, code=exc.default_code)
    elif isinstance(exc, exceptions.MethodNotAllowed):
        method = getattr(request, "method", "") or ""
        exc.detail = ErrorDetail(
            _("De methode %(method)s is op dit adres niet toegestaan.") % {"method": method},
            code=exc.default_code,
        )
    elif isinstance(exc, exceptions.UnsupportedMediaType):
        media_type = getattr(request, "content_type", "") or ""
        exc.detail = ErrorDetail(
            _(
                "Het mediatype ‘%(media_type)s’ wordt niet gelezen; "
                "stuur de gegevens als JSON (application/json)."
            )
            % {"media_type": media_type.split(";", 1)[0][:100]},
            code=exc.default_code,
        )
    elif isinstance(exc, exceptions.NotAcceptable):
        exc.detail = ErrorDetail(
            _("Het antwoord kan alleen als JSON worden gegeven; vraag om application/json."),
            code=exc.default_code,
        )
    elif _is_default(exc):
        replacement = {
            exceptions.ParseError: _("De gegevens in het verzoek zijn onleesbaar."),
            exceptions.NotFound: _("Niet gevonden."),
            exceptions.PermissionDenied: _("U hebt geen toestemming voor deze handeling."),
            exceptions.NotAuthenticated: _(
                "U bent niet aangemeld: stuur een geldig token mee (Authorization: Token …)."
            ),
            exceptions.AuthenticationFailed: _("De aanmeldgegevens kloppen niet."),
        }.get(type(exc))
        if replacement is not None:
            exc.detail = ErrorDetail(replacement, code=exc.default_code)
    return exc


# Field messages of DRF that have no Dutch translation, as regular expressions over the
# English text, with their Dutch form.
_FIELD_MESSAGES: tuple[tuple[re.Pattern[str], Any], ...] = tuple(
    (re.compile(pattern), dutch)
    for pattern, dutch in (
        (r"Must be a valid boolean\.", lambda m: _("Kies ja of nee.")),
        (r"Not a valid string\.", lambda m: _("Dit moet tekst zijn.")),
        (r"Invalid input\.", lambda m: _("Ongeldige invoer.")),
        (r"This dictionary may not be empty\.", lambda m: _("Dit mag niet leeg zijn.")),
        (r"A valid biginteger is required\.", lambda m: _("Vul een geheel getal in.")),
        (
            r"Integer value too large to convert to float",
            lambda m: _("Dit getal is te groot."),
        ),
        (r"Datetime value out of range\.", lambda m: _("Deze datum en tijd liggen te ver weg.")),
        (r"Must be a valid UUID\.", lambda m: _("Dit is geen geldige UUID.")),
        (
            r"Surrogate characters are not allowed: U\+([0-9A-F]+)\.",
            lambda m: _("Bevat een teken dat geen geldige tekst is (U+%(code)s).") % {"code": m[1]},
        ),
        (
            r"Ensure this field has at least (\d+) elements\.",
            lambda m: _("Geef er minstens %(n)s.") % {"n": m[1]},
        ),
        (
            r"Ensure this field has no more than (\d+) elements\.",
            lambda m: _("Geef er hoogstens %(n)s.") % {"n": m[1]},
        ),
        (
            r"Expected available in (\d+) seconds?\.",
            lambda m: _("Probeer het over %(n)s seconden opnieuw.") % {"n": m[1]},
        ),
    )
)


def dutch_field_message(message: str) -> str | None:
    for pattern, dutch in _FIELD_MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return dutch(match)
    return None


def _translate_details(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _translate_details(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_translate_details(item) for item in data]
    if isinstance(data, str):
        dutch = dutch_field_message(data)
        if dutch is not None:
            return ErrorDetail(dutch, code=getattr(data, "code", None))
    return data


def exception_handler(exc: Exception, context: dict) -> Response | None:
    # A conflict is a ValidationError too (a refusal with a message), so it is asked first.
    if isinstance(exc, Conflict | BudgetOp | Refused):
        exc = ConflictError(" ".join(exc.messages))
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(_field_errors(exc))
    elif isinstance(exc, Http404):
        # Django's message names the model in English ("No Case matches…"); say less.
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(*exc.args)
    elif isinstance(exc, RequestDataTooBig | TooManyFieldsSent):
        exc = _too_large(exc)
    # A view over personal data records refusals in its access log (it says how itself).
    log_refusal = getattr(context.get("view"), "log_refusal", None)
    if isinstance(exc, exceptions.NotFound | exceptions.PermissionDenied) and log_refusal:
        log_refusal(context["request"])
    if isinstance(exc, exceptions.APIException):
        exc = _in_dutch(exc, context)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.ValidationError):
        response.data = _translate_details(response.data)
    return response
