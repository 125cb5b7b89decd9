from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from maatwerk.core.forms import NLDesignFormMixin


class LoginForm(NLDesignFormMixin, AuthenticationForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # An over-long name is an ordinary failed sign-in, counted towards the lock-out
        # (accounts/lockout.py shortens what is stored), not a field error that skips it.
        username = self.fields["username"]
        username.validators = [
            v for v in username.validators if not isinstance(v, MaxLengthValidator)
        ]
        username.max_length = None


# Django's Dutch catalogue leaves these validator messages in English.
_PASSWORD_MESSAGES = {
    "password_too_short": _("Dit wachtwoord is te kort: gebruik minstens %(min_length)d tekens."),
    "password_too_similar": _("Dit wachtwoord lijkt te veel op uw %(verbose_name)s."),
    "password_too_common": _("Dit wachtwoord wordt te vaak gebruikt; kies een ander."),
    "password_entirely_numeric": _("Dit wachtwoord bestaat alleen uit cijfers."),
}


def in_dutch(error: ValidationError) -> list[ValidationError]:
    return [
        ValidationError(_PASSWORD_MESSAGES[item.code], code=item.code, params=item.params)
        if item.code in _PASSWORD_MESSAGES
        else item
        for item in error.error_list
    ]


class DutchPasswordRulesMixin:
    """The password validators' refusals in Dutch, on every form that sets a password."""

    def validate_password_for_user(self, user, password_field_name="password2", **kwargs):  # noqa: S107
        password = self.cleaned_data.get(password_field_name)
        if not password or not self.cleaned_data.get("set_usable_password", True):
            return
        try:
            password_validation.validate_password(password, user)
        except ValidationError as error:
            self.add_error(password_field_name, in_dutch(error))


class OwnPasswordChangeForm(NLDesignFormMixin, DutchPasswordRulesMixin, PasswordChangeForm):
    pass
