"""The lines the register writes on a case's timeline (declared on RegisterConfig)."""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "register_request": _("Verzoek aan partner"),
    "register_answer": _("Antwoord van partner"),
}
