from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    """Learning and accountability: the quarterly report over every app's figures, with small
    counts hidden. Reads the other apps through their selectors; writes only its own records
    (the findings per period)."""

    name = "maatwerk.insights"
    verbose_name = _("Inzicht en verantwoording")
    policy = "maatwerk.insights.policy"
    personal_data = "maatwerk.insights.personal_data.DECLARATION"

    def ready(self) -> None:
        from . import history  # noqa: F401 - registers the models with the change history
