from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VraagbaakConfig(AppConfig):
    """The vraagbaak: anonymised precedents of stuck cases and how they were solved, found in
    Dutch free text with stemming and the field's synonyms, and shown on every dossier as
    "Vergelijkbare casussen"."""

    name = "maatwerk.vraagbaak"
    verbose_name = _("Vraagbaak")
    policy = "maatwerk.vraagbaak.policy"
    dossier_sections = "maatwerk.vraagbaak.dossier.SECTIONS"
    personal_data = "maatwerk.vraagbaak.personal_data.DECLARATION"

    def ready(self) -> None:
        from . import history  # noqa: F401 - registers the models with the change history
