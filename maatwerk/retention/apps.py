from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RetentionConfig(AppConfig):
    name = "maatwerk.retention"
    verbose_name = _("Bewaartermijnen en vernietiging")
    personal_data = "maatwerk.retention.personal_data.DECLARATION"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from .models import RetentionRule

        # A changed term decides when case files disappear: keep who changed it, and when.
        auditlog.register(RetentionRule)
