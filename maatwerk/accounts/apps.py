from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "maatwerk.accounts"
    verbose_name = _("Gemeente, teams en gebruikers")
    policy = "maatwerk.accounts.policy"
    personal_data = "maatwerk.accounts.personal_data.DECLARATION"

    def ready(self) -> None:
        from . import policy

        # Every app is loaded now: gather the authorization table from their declarations.
        policy.collect()
