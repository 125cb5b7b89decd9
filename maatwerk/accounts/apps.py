from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "maatwerk.accounts"
    verbose_name = _("Gemeente, teams en gebruikers")
    policy = "maatwerk.accounts.policy"
    personal_data = "maatwerk.accounts.personal_data.DECLARATION"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from . import policy
        from .models import Municipality, Team, User

        # Every app is loaded now: gather the authorization table from their declarations.
        policy.collect()
        # accounts.services writes account changes explicitly with the acting user; this
        # registration also records any change made elsewhere (a shell, a command). Never the
        # password hash; last_login moves on every sign-in.
        auditlog.register(User, exclude_fields=["password", "last_login"])
        # Who may approve role grants is set on the municipality: keep who changed that.
        auditlog.register(Municipality)
        auditlog.register(Team)
