"""The vraagbaak's section of the dossier (declared on VraagbaakConfig): "Vergelijkbare
casussen", the published precedents most like this case, with why each was matched. The
precedents hold no personal data, so the anonymised dossier shows them too."""

import time

from django.http import HttpRequest

from maatwerk.cases.sections import DossierSection

from .selectors import similar_to_case


def _similar(request: HttpRequest, case) -> dict:
    started = time.perf_counter()
    found = similar_to_case(case)
    return {"similar": found, "similar_ms": round((time.perf_counter() - started) * 1000, 1)}


SECTIONS = [
    DossierSection("vraagbaak", "vraagbaak/_similar.html", _similar, column="side", order=30),
    DossierSection(
        "vraagbaak_anonymised",
        "vraagbaak/_similar.html",
        _similar,
        personal=False,
        # The anonymised dossier has one column.
        order=30,
    ),
]
