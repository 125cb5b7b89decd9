from django import forms
from django.utils.translation import gettext_lazy as _

from maatwerk.core.bsn import normalise_bsn, validate_bsn
from maatwerk.core.forms import NLDesignFormMixin


class SubjectSearchForm(NLDesignFormMixin, forms.Form):
    """Who the request is from: an exact BSN, or the member number when there is no BSN."""

    bsn = forms.CharField(
        label=_("BSN"),
        required=False,
        max_length=11,
        help_text=_("9 cijfers, precies zoals op het verzoek; er wordt niet gezocht op naam."),
    )
    gezinslid = forms.IntegerField(
        label=_("Of: nummer van het gezinslid"),
        required=False,
        min_value=1,
        help_text=_("Voor een gezinslid zonder BSN, bijvoorbeeld een kind."),
    )

    def clean_bsn(self) -> str:
        value = normalise_bsn(self.cleaned_data.get("bsn") or "")
        if value:
            validate_bsn(value)
        return value

    def clean(self) -> dict:
        cleaned = super().clean()
        if not self.errors and not cleaned.get("bsn") and cleaned.get("gezinslid") is None:
            raise forms.ValidationError(_("Vul het BSN of het nummer van het gezinslid in."))
        if cleaned.get("bsn") and cleaned.get("gezinslid") is not None:
            raise forms.ValidationError(_("Vul het BSN óf het nummer van het gezinslid in."))
        return cleaned
