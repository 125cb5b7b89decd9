from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "maatwerk.audit"
    verbose_name = _("Audit")
    personal_data = "maatwerk.audit.personal_data.DECLARATION"
