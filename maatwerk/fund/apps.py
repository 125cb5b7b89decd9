from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundConfig(AppConfig):
    """The maatwerkfonds: funds and stelposten with their append-only ledger (commitments on
    approval, payments, release, top-ups, pre-financing), the cost catalogue, the kassabon
    per case and the settlement statements for partners."""

    name = "maatwerk.fund"
    verbose_name = _("Maatwerkfonds en kassabon")
    policy = "maatwerk.fund.policy"
    timeline_kinds = "maatwerk.fund.timeline.KINDS"
    dossier_sections = "maatwerk.fund.dossier.SECTIONS"
    personal_data = "maatwerk.fund.personal_data.DECLARATION"
    case_erasure = "maatwerk.fund.erasure.ERASURE"

    def ready(self) -> None:
        from . import history  # noqa: F401  (registers the catalogue with the change history)
