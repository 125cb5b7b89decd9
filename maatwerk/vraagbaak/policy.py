"""The vraagbaak's entries in the authorization table. Published precedents carry no personal
data and are for every professional role across teams; writing and the anonymisation pass
are the OMO-functionaris's (drafts are visible to them only: selectors.visible_precedents)."""

from maatwerk.accounts.policy import OMO, READERS, Rule

# Every role that works with case files, with or without personal data (OMO included).
PROFESSIONALS = READERS

ENTRIES: dict[str, dict[str, Rule]] = {
    "vraagbaak:search": {"GET": PROFESSIONALS},
    # Publishing or withdrawing a precedent is a POST on it.
    "vraagbaak:detail": {"GET": PROFESSIONALS, "POST": OMO},
    "vraagbaak:new": {"GET": OMO, "POST": OMO},
    "vraagbaak:edit": {"GET": OMO, "POST": OMO},
    # From a case: the source is the case file, so only who may read it (the OMO-functionaris).
    "vraagbaak:from_case": {"GET": OMO, "POST": OMO},
    # API v1.
    "api:vraagbaak-search": {"GET": PROFESSIONALS},
}
