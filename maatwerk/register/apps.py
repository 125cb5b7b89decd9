from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegisterConfig(AppConfig):
    """The maatwerkregister: contact persons at the organisations of the case file's list
    (national agencies and local partners), the authority map (who can make an exception to
    which rule), and requests from a case to a partner, due in 2 working days."""

    name = "maatwerk.register"
    verbose_name = _("Maatwerkregister")
    policy = "maatwerk.register.policy"
    dossier_sections = "maatwerk.register.dossier.SECTIONS"
    timeline_kinds = "maatwerk.register.timeline.KINDS"
    personal_data = "maatwerk.register.personal_data.DECLARATION"
    case_erasure = "maatwerk.register.erasure.ERASURE"

    def ready(self) -> None:
        from . import history  # noqa: F401 - registers the models with the change history
