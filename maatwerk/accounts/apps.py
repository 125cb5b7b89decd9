from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "maatwerk.accounts"
    verbose_name = _("Gemeente, teams en gebruikers")
    personal_data = "maatwerk.accounts.personal_data.DECLARATION"
