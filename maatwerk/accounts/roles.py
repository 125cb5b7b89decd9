"""Roles and what each may do: the one place where access is declared. Views, API views and
commands ask these functions; nothing else decides who may see or change a case."""

from dataclasses import dataclass
from enum import StrEnum

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CONSULENT = "consulent", _("Consulent")
    OMO_FUNCTIONARIS = "omo_functionaris", _("OMO-functionaris")
    TEAMLEIDER = "teamleider", _("Teamleider")
    PORTEFEUILLEHOUDER = "portefeuillehouder", _("Portefeuillehouder")
    CONTROLLER = "controller", _("Controller")
    BELEIDSMEDEWERKER = "beleidsmedewerker", _("Beleidsmedewerker")
    BEHEERDER = "beheerder", _("Functioneel beheerder")
    # Reviews account changes and may approve role grants; sees no case files.
    SECURITY_OFFICER = "security_officer", _("Informatiebeveiliger")
    # A contact person at a partner organisation (maatwerkregister): sees only the requests
    # sent to them and the minimum case data shared with each; no case files.
    PARTNER_CONTACT = "partner_contact", _("Partnercontact")


class Scope(StrEnum):
    """Whose cases a role reaches."""

    NONE = "none"
    OWN_TEAM = "own_team"
    ALL = "all"


@dataclass(frozen=True)
class Capabilities:
    case_scope: Scope = Scope.NONE
    personal_data: bool = False  # names, BSN, addresses, dates of birth, free text
    edit_cases: bool = False
    view_audit: bool = False
    admin: bool = False
    # Handles formal requests for access to one's own data (AVG art. 15).
    access_requests: bool = False
    # Reads the list of account changes and decides on requested role grants (four-eyes);
    # who may approve is configured per municipality (accounts.services.may_decide).
    review_accounts: bool = False

    @property
    def view_cases(self) -> bool:
        return self.case_scope is not Scope.NONE


NOTHING = Capabilities()

ROLE_CAPABILITIES: dict[str, Capabilities] = {
    Role.CONSULENT: Capabilities(Scope.OWN_TEAM, personal_data=True, edit_cases=True),
    Role.TEAMLEIDER: Capabilities(Scope.OWN_TEAM, personal_data=True, edit_cases=True),
    Role.OMO_FUNCTIONARIS: Capabilities(
        Scope.ALL, personal_data=True, edit_cases=True, access_requests=True, review_accounts=True
    ),
    # Finance and policy see patterns, never persons.
    Role.CONTROLLER: Capabilities(Scope.ALL),
    Role.BELEIDSMEDEWERKER: Capabilities(Scope.ALL),
    # The alderman is consulted on decisions; later issues give that role its own screens.
    Role.PORTEFEUILLEHOUDER: NOTHING,
    Role.BEHEERDER: Capabilities(Scope.ALL, view_audit=True, admin=True, review_accounts=True),
    Role.SECURITY_OFFICER: Capabilities(review_accounts=True),
    Role.PARTNER_CONTACT: NOTHING,
}


# Role groups, defined once and used by every app: who works on case files with personal data,
# and who reads case files only in anonymised form.
CASE_WORKER_ROLES = frozenset(
    role for role, caps in ROLE_CAPABILITIES.items() if caps.edit_cases and caps.personal_data
)
ANONYMISED_READER_ROLES = frozenset(
    role for role, caps in ROLE_CAPABILITIES.items() if caps.view_cases and not caps.personal_data
)


def capabilities_of_role(role: str) -> Capabilities:
    return ROLE_CAPABILITIES.get(role, NOTHING)


def capabilities_of(user) -> Capabilities:
    if user is None or not user.is_authenticated or not user.is_active:
        return NOTHING
    return ROLE_CAPABILITIES.get(user.role, NOTHING)
