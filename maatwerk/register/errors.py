"""The register's own refusal: the request cannot be sent or changed in the state it is in
(no consent to share, already answered). HTTP 409 in the API, beside Django's ValidationError
(400, bad input) and PermissionDenied (403): sending the same input again would not help."""

from django.core.exceptions import ValidationError


class Refused(ValidationError):
    """The case file or the request is in a state that does not allow this act."""
