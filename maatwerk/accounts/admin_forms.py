"""Forms of the account screens in the admin. They parse the input and ask
accounts.services whether the change is allowed, so a refusal shows as a Dutch form error;
the admin then hands the change to the service, which decides again and records it."""

from contextvars import ContextVar

from django import forms
from django.contrib.auth.forms import AdminPasswordChangeForm, UserChangeForm, UserCreationForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from . import services
from .forms import DutchPasswordRulesMixin
from .models import User

# The admin password screen builds its form itself; this carries that request to save().
current_admin_request: ContextVar[HttpRequest | None] = ContextVar(
    "current_admin_request", default=None
)

_REASON_HELP = _(
    "Verplicht bij een rol met persoonsgegevens of beheerrechten (consulent, teamleider, "
    "OMO-functionaris, functioneel beheerder, informatiebeveiliger): "
    "die gaat pas in na goedkeuring door een tweede persoon."
)


def _reason_field() -> forms.CharField:
    return forms.CharField(
        label=_("Reden van de wijziging"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_REASON_HELP,
    )


class AccountChangeForm(UserChangeForm):
    actor = None  # set per request by UserAdmin.get_form
    reason = _reason_field()

    class Meta(UserChangeForm.Meta):
        model = User

    def account_changes(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in self.changed_data
            if name in services.DIRECT_FIELDS and name in self.cleaned_data
        }

    def clean(self):
        cleaned = super().clean()
        try:
            services.check_account_change(
                self.actor, self.instance, self.account_changes(), cleaned.get("reason", "")
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class AccountCreationForm(DutchPasswordRulesMixin, UserCreationForm):
    actor = None
    reason = _reason_field()

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ["username", "first_name", "last_name", "email", "role", "team", "municipality"]

    def clean(self):
        cleaned = super().clean()
        if (
            services.needs_approval(cleaned.get("role", ""))
            and not (cleaned.get("reason") or "").strip()
        ):
            self.add_error(
                "reason",
                _(
                    "Een account met een rol met persoonsgegevens of beheerrechten krijgt die "
                    "pas na goedkeuring door een tweede persoon. Geef de reden van de aanvraag."
                ),
            )
        return cleaned


class BeheerPasswordResetForm(DutchPasswordRulesMixin, AdminPasswordChangeForm):
    """A temporary password set by beheer: no 'disable password' option, and saving goes
    through services.reset_password (forced change, sessions and tokens ended, recorded)."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.fields.pop("usable_password", None)
        self.fields["password1"].required = True
        self.fields["password2"].required = True
        self.fields["password1"].help_text = _(
            "Een tijdelijk wachtwoord: de gebruiker moet het bij de volgende aanmelding "
            "wijzigen. Alle open sessies en API-tokens van dit account worden beëindigd."
        )

    def clean(self):
        cleaned = super().clean()
        request = current_admin_request.get()
        if request is not None:
            try:
                services.check_password_reset(request.user, self.user)
            except ValidationError as error:
                # The admin's password screen shows only the errors of its fields.
                self.add_error("password1", error)
        return cleaned

    def save(self, commit=True):
        request = current_admin_request.get()
        if request is None:
            raise RuntimeError("reset_password needs the acting user")
        services.reset_password(
            request.user, self.user, self.cleaned_data["password1"], request=request
        )
        self.user.refresh_from_db()
        return self.user
