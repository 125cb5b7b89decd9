from django.contrib.auth.forms import AuthenticationForm

from maatwerk.core.forms import NLDesignFormMixin


class LoginForm(NLDesignFormMixin, AuthenticationForm):
    pass
