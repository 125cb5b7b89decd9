from .case import (
    Case,
    CaseStatusChange,
    TimelineEntry,
    domain_code_match,
    domain_codes_value,
)
from .case_file import (
    Blockage,
    CaseDomain,
    CaseOrganisation,
    Professional,
    RegularRoute,
)
from .household import Household, Member
from .reference import Organisation, ReferenceCounter, Rule

__all__ = [
    "Blockage",
    "Case",
    "CaseDomain",
    "CaseOrganisation",
    "CaseStatusChange",
    "Household",
    "Member",
    "Organisation",
    "Professional",
    "ReferenceCounter",
    "RegularRoute",
    "Rule",
    "TimelineEntry",
    "domain_code_match",
    "domain_codes_value",
]
