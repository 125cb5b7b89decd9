from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "maatwerk.cases"
    verbose_name = _("Casussen")
    policy = "maatwerk.cases.policy"
    timeline_kinds = "maatwerk.cases.timeline.KINDS"
    workflow_guards = "maatwerk.cases.guards.GUARDS"
    dossier_sections = "maatwerk.cases.dossier.SECTIONS"
    personal_data = "maatwerk.cases.personal_data.DECLARATION"
    retention = "maatwerk.cases.retention.DECLARATION"

    def ready(self) -> None:
        from . import history  # noqa: F401  registers the models with the change history
