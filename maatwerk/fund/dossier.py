"""The money section of a case's dossier (declared on FundConfig): its reservations,
payments and pre-financing on the funds, and its kassabons. The same figures for the
anonymised roles (the controller), without free text."""

from django.http import HttpRequest

from maatwerk.accounts.policy import is_allowed
from maatwerk.cases.sections import DossierSection

from . import selectors, services


def _money(request: HttpRequest, case, *, personal: bool) -> dict:
    user = request.user
    money = selectors.case_money(case)
    working = services.open_kassabon(case)
    return {
        **money,
        "personal": personal,
        "working_kassabon": working,
        "may_make_kassabon": personal
        and working is None
        and user.has_perm("cases.change_case", case)
        and is_allowed("fund:kassabon_new", "GET", user),
        "may_open_fund": is_allowed("fund:commitment", "GET", user),
    }


SECTIONS = [
    DossierSection(
        "money",
        "fund/case/_money.html",
        lambda request, case: _money(request, case, personal=True),
        order=6,
    ),
    DossierSection(
        "money_facts",
        "fund/case/_money.html",
        lambda request, case: _money(request, case, personal=False),
        personal=False,
        order=6,
    ),
]
