"""Request body parsers: DRF's own, with one gap closed."""

from django.utils.translation import gettext_lazy as _
from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, but JSON nested too deeply for Python's json module (about a
    thousand levels) is a 400 like any other unreadable body. The module raises a
    RecursionError there, not the ValueError DRF turns into a ParseError: a 500."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(_("JSON parse error - de gegevens zijn te diep genest.")) from None


PARSER_CLASSES = [JSONParser, parsers.FormParser, parsers.MultiPartParser]
