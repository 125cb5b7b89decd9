from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "maatwerk.privacy"
    verbose_name = _("Privacyverzoeken (AVG)")
    policy = "maatwerk.privacy.policy"
