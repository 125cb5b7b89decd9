"""The register's sections of the dossier (declared on RegisterConfig): who can make an
exception to each blocking rule of the case (with the escalation route and the register
contact), and the case's requests to partners. The authority map holds no personal data, so
the anonymised dossier shows it too; requests only for who works on the case."""

from django.http import HttpRequest

from maatwerk.accounts.roles import capabilities_of
from maatwerk.cases.sections import DossierSection

from .selectors import authorities_for_rules, requests_for_case
from .services import with_status


def _authorities(request: HttpRequest, case) -> dict:
    blockages = list(case.blockages.select_related("rule"))
    found = authorities_for_rules({b.rule_id for b in blockages})
    return {"authority_rows": [(b, found.get(b.rule_id)) for b in blockages]}


def _requests(request: HttpRequest, case) -> dict:
    rows = with_status(requests_for_case(case))
    return {
        "partner_requests": rows,
        "may_send": capabilities_of(request.user).edit_cases
        and request.user.has_perm("cases.change_case", case),
    }


SECTIONS = [
    DossierSection("register_authority", "register/_authority.html", _authorities, order=40),
    DossierSection(
        "register_authority_anonymised",
        "register/_authority.html",
        _authorities,
        personal=False,
        order=40,
    ),
    DossierSection("register_requests", "register/_requests.html", _requests, order=41),
]
