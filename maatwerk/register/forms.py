from django import forms
from django.utils.translation import gettext_lazy as _

from .selectors import contacts


class SendForm(forms.Form):
    contact = forms.ModelChoiceField(label=_("Aan"), queryset=contacts())
    question = forms.CharField(label=_("Vraag"), widget=forms.Textarea(attrs={"rows": 4}))
    shared = forms.CharField(
        label=_("Gegevens die u deelt"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Alleen wat de partner nodig heeft en wat de toestemming van het huishouden toelaat."
        ),
    )


class PickUpForm(forms.Form):
    reference = forms.CharField(label=_("Uw eigen kenmerk"), required=False, max_length=100)


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Antwoord"), widget=forms.Textarea(attrs={"rows": 4}))
