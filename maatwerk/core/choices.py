from django.db import models


def label_of(choices: type[models.Choices], value: str) -> str:
    """The label of a stored choice, or the value itself when it is not (or no longer) one.

    For the busiest fields (a case's status, a domain's code) the model defines its own
    get_FOO_display with this: Django's version hashes every lazily translated label of the
    field on each call, which made a list of 25 cases translate some 1,200 strings."""
    try:
        return str(choices(value).label)
    except ValueError:
        return value
