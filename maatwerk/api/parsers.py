"""Request body parsers: DRF's own, with the gaps closed and the errors in Dutch.

The JSON parser answers every unreadable body with a 400 in Dutch, and refuses text that is
not valid Unicode before any serializer sees it: a lone surrogate ("\\ud800") is allowed by
JSON but cannot be encoded as UTF-8, so it broke the answer (a choice field echoes the value
in its error) or the database; a NUL character cannot be stored by PostgreSQL. No field of
the API takes either, so the parser refuses them once, for every field and every nesting."""

import json
import math
from collections.abc import Iterator
from typing import Any

from django.utils.translation import gettext as _
from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.settings import api_settings


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def _finite_float(text: str) -> float:
    """A JSON number beyond double precision (1e400) would be infinity: int(inf) is an
    OverflowError in a primary-key lookup, which DRF does not catch (a 500)."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _first_bad_character(text: str) -> str | None:
    for char in text:
        if char == "\x00" or "\ud800" <= char <= "\udfff":
            return char
    return None


def _printable(text: str) -> str:
    """`text` with what cannot be shown escaped, so a message may name it."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def _bad_strings(value: Any, path: str) -> Iterator[tuple[str, str, bool]]:
    """(path, bad character, whether it is in a key) for every string in `value`."""
    if isinstance(value, str):
        char = _first_bad_character(value)
        if char is not None:
            yield path, char, False
    elif isinstance(value, dict):
        for key, item in value.items():
            char = _first_bad_character(key)
            if char is not None:
                yield path, char, True
                continue
            yield from _bad_strings(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _bad_strings(item, f"{path}[{index}]")


def _message(char: str, path: str, field: str, in_key: bool) -> str:
    if char == "\x00":
        what = _("Null-tekens zijn niet toegestaan.")
    else:
        what = _(
            "Bevat een teken dat geen geldige tekst is (U+%(code)04X); "
            "plak de tekst opnieuw of typ hem over."
        ) % {"code": ord(char)}
    if in_key:
        where = _printable(path) if path else _("de gegevens")
        return _("Een veldnaam in %(where)s is ongeldig. %(what)s") % {"where": where, "what": what}
    if path != field:
        return f"{_printable(path)}: {what}"
    return what


def refuse_invalid_text(data: Any) -> None:
    """Raise a 400 naming each field whose text holds a lone surrogate or a NUL character."""
    errors: dict[str, list[str]] = {}
    for path, char, in_key in _bad_strings(data, ""):
        top = path.split(".", 1)[0].split("[", 1)[0]
        field = _printable(top) if top and not in_key else api_settings.NON_FIELD_ERRORS_KEY
        errors.setdefault(field, []).append(_message(char, path, top, in_key))
    if errors:
        raise ValidationError(errors)


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser with Dutch errors, no NaN or Infinity, JSON nested too deeply for
    Python's json module (a RecursionError, not the ValueError DRF expects: a 500) as a
    400, and text that is not valid Unicode refused per field."""

    def parse(self, stream, media_type=None, parser_context=None) -> Any:
        encoding = parsers.get_encoding(parser_context or {})
        try:
            text = stream.read().decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise ParseError(_("De gegevens zijn geen geldige UTF-8-tekst.")) from None
        try:
            data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
        except json.JSONDecodeError as exc:
            raise ParseError(
                _("De gegevens zijn geen geldige JSON (regel %(line)d, kolom %(column)d).")
                % {"line": exc.lineno, "column": exc.colno}
            ) from None
        except RecursionError:
            raise ParseError(_("De gegevens zijn geen geldige JSON: te diep genest.")) from None
        except ValueError:
            # NaN or Infinity, a number beyond double precision, or one with more digits
            # than Python reads.
            raise ParseError(
                _("De gegevens zijn geen geldige JSON: een getal is ongeldig of te groot.")
            ) from None
        refuse_invalid_text(data)
        return data


class MultiPartParser(parsers.MultiPartParser):
    """DRF's multipart parser with a Dutch error for a broken form."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except ParseError:
            raise ParseError(_("Het formulier in het verzoek is onleesbaar.")) from None


PARSER_CLASSES = [JSONParser, parsers.FormParser, MultiPartParser]
