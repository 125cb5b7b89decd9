from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    """Learning and accountability: the quarterly report over every app's figures, with small
    counts hidden. Reads the other apps through their selectors; writes only its own records."""

    name = "maatwerk.insights"
    verbose_name = _("Inzicht en verantwoording")
