"""The case file's own sections of the dossier (declared on CasesConfig)."""

from django.http import HttpRequest

from .sections import DossierSection


def _case_file(request: HttpRequest, case) -> dict:
    return {
        "domains": case.domains.all(),
        "blockages": case.blockages.select_related("rule", "owner"),
        "members": case.household.members.all(),
        "organisations": case.organisations.select_related("organisation"),
        "professionals": case.professionals.select_related("organisation"),
        "routes": case.regular_routes.all(),
        "can_edit": request.user.has_perm("cases.change_case", case),
    }


SECTIONS = [
    DossierSection("case_file", "cases/_dossier_sections.html", _case_file, order=10),
]
