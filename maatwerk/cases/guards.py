"""This app's guards on workflow moves (named in the transition table, see workflow.py). A
guard answers None when the move may go ahead, or the Dutch reason why not."""

from django.utils.translation import gettext as _


def eligible_or_explained(case, user) -> str | None:
    """A case goes into treatment only when it meets the criteria, or someone recorded why it
    is handled through the maatwerk route all the same."""
    from .services import eligibility  # the guard is declared before the services load

    if eligibility(case).met or case.eligibility_reason.strip():
        return None
    return _(
        "Deze casus voldoet niet aan de toetsingscriteria. Leg eerst vast "
        "waarom ze toch via de maatwerkroute wordt behandeld."
    )


GUARDS = {"cases.eligible_or_explained": eligible_or_explained}
