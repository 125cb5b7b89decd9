from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "maatwerk.core"
    verbose_name = _("Basis")
    personal_data = "maatwerk.core.personal_data.DECLARATION"

    def ready(self) -> None:
        from .logging import configure_structlog

        configure_structlog()
