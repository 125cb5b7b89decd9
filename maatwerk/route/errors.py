"""The route's own refusal: a conflict with what someone else did at the same moment (HTTP 409
in the API), next to Django's ValidationError (400) and PermissionDenied (403)."""

from django.core.exceptions import ValidationError


class Conflict(ValidationError):
    """The record changed under the user (for example: the proposal was just decided)."""
