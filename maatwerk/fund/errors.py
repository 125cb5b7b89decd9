"""The fund's own refusal: the money is not there ("budget op"). HTTP 409 in the API, like a
conflict with what someone else did at the same moment, beside Django's ValidationError (400)
and PermissionDenied (403)."""

from django.core.exceptions import ValidationError


class BudgetOp(ValidationError):
    """The fund (or the commitment, or the receivable) cannot cover this booking."""
