"""The forms of the fund's screens. They parse the shape of the input; the rules (enough
money, within the commitment, not more than is owed) are the services'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from maatwerk.core.forms import DateInput, EuroField, NLDesignFormMixin

from .models import MUNICIPAL_PAYERS, PayerKind, ScenarioKind, TopUpSource, Unit

AMOUNT = _("Bedrag (EUR)")


def _amount(label=AMOUNT, required=True) -> EuroField:
    # The services say what is wrong with zero, a negative amount or a third decimal.
    return EuroField(label=label, required=required, min_value=None, decimal_places=None)


class TopUpForm(NLDesignFormMixin, forms.Form):
    amount = _amount()
    source = forms.ChoiceField(label=_("Herkomst"), choices=TopUpSource.choices)
    reference = forms.CharField(label=_("Afspraak of besluit (kenmerk)"), max_length=100)
    payee = forms.CharField(label=_("Van wie (partner)"), max_length=200, required=False)
    reason = forms.CharField(
        label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class PaymentForm(NLDesignFormMixin, forms.Form):
    amount = _amount()
    payee = forms.CharField(label=_("Aan wie"), max_length=200)
    reference = forms.CharField(label=_("Kenmerk (factuur, betaling)"), max_length=100)
    value_date = forms.DateField(label=_("Datum"), required=False, widget=DateInput())


class ReleaseForm(NLDesignFormMixin, forms.Form):
    amount = _amount(_("Bedrag (EUR); leeg: alles wat open staat"), required=False)
    reason = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 2}))


class CorrectionForm(NLDesignFormMixin, forms.Form):
    amount = _amount(_("Bedrag (EUR); leeg: de hele boeking"), required=False)
    reason = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 2}))


class PrefinanceForm(NLDesignFormMixin, forms.Form):
    amount = _amount()
    debtor_kind = forms.ChoiceField(label=_("Soort partij"), choices=PayerKind.choices)
    debtor = forms.CharField(label=_("Partij die terugbetaalt"), max_length=200)
    due_date = forms.DateField(label=_("Terug uiterlijk"), widget=DateInput())
    payee = forms.CharField(label=_("Betaald aan"), max_length=200)
    reference = forms.CharField(label=_("Kenmerk betaling"), max_length=100)
    agreement = forms.CharField(label=_("Afspraak"), max_length=200, required=False)


class RepayForm(NLDesignFormMixin, forms.Form):
    amount = _amount()
    reference = forms.CharField(label=_("Kenmerk terugbetaling"), max_length=100)
    value_date = forms.DateField(label=_("Datum"), required=False, widget=DateInput())


class WriteOffForm(NLDesignFormMixin, forms.Form):
    amount = _amount(_("Bedrag (EUR); leeg: wat nog open staat"), required=False)
    reason = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 2}))


class ReminderForm(NLDesignFormMixin, forms.Form):
    note = forms.CharField(label=_("Notitie"), max_length=300, required=False)


class KassabonForm(NLDesignFormMixin, forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=150)
    horizon_years = forms.IntegerField(label=_("Horizon (jaren)"), initial=3)
    discount_rate = forms.CharField(
        label=_("Discontovoet (%)"),
        required=False,
        initial="2,25",
        help_text=_(
            "Standaard 2,25%: de discontovoet van het Rijk voor maatschappelijke "
            "kosten-batenanalyses (Werkgroep Discontovoet 2020). Leeg: niet disconteren."
        ),
    )
    without = forms.ChoiceField(
        label=_("Scenario zonder de oplossing"),
        choices=[c for c in ScenarioKind.choices if c[0] != ScenarioKind.MET],
    )


class LineForm(NLDesignFormMixin, forms.Form):
    scenario = forms.ChoiceField(label=_("Scenario"), choices=ScenarioKind.choices)
    item = forms.ModelChoiceField(
        label=_("Kengetal"), queryset=None, required=False, empty_label=_("— vrije regel —")
    )
    description = forms.CharField(label=_("Omschrijving"), max_length=200, required=False)
    unit_cost = _amount(_("Kosten per eenheid (EUR)"), required=False)
    unit = forms.ChoiceField(
        label=_("Eenheid"), choices=[("", _("— van het kengetal —")), *Unit.choices], required=False
    )
    quantity = forms.CharField(label=_("Aantal"), required=False, initial="1")
    periods = forms.CharField(label=_("Aantal perioden"), required=False, initial="1")
    start_month = forms.CharField(label=_("Vanaf maand"), required=False, initial="0")
    probability = forms.CharField(label=_("Kans (%)"), required=False, initial="100")
    low = _amount(_("Laag per eenheid (EUR)"), required=False)
    high = _amount(_("Hoog per eenheid (EUR)"), required=False)
    payer = forms.ChoiceField(
        label=_("Wie betaalt"),
        choices=[("", _("— van het kengetal —")), *PayerKind.choices],
        required=False,
    )
    payer_name = forms.CharField(label=_("Naam partner"), max_length=150, required=False)
    investment = forms.BooleanField(label=_("Dit is de maatwerkinvestering"), required=False)

    def __init__(self, *args, items=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = items

    def service_fields(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("scenario")
        for name in ("unit_cost", "unit", "low", "high", "payer"):
            if data.get(name) in ("", None):
                data[name] = None
        return data


class RealisedForm(NLDesignFormMixin, forms.Form):
    scenario_kind = forms.ChoiceField(label=_("Scenario"), choices=ScenarioKind.choices)
    description = forms.CharField(label=_("Omschrijving"), max_length=200)
    payer = forms.ChoiceField(label=_("Wie betaalde"), choices=PayerKind.choices)
    amount = _amount()
    period_end = forms.DateField(label=_("Tot en met"), widget=DateInput())


PARTNER_CHOICES = [c for c in PayerKind.choices if c[0] not in MUNICIPAL_PAYERS]


class StatementForm(NLDesignFormMixin, forms.Form):
    partner_kind = forms.ChoiceField(label=_("Partner"), choices=PARTNER_CHOICES)
    partner_name = forms.CharField(label=_("Naam (leeg: alle)"), max_length=150, required=False)
    period_start = forms.DateField(label=_("Van"), widget=DateInput())
    period_end = forms.DateField(label=_("Tot en met"), widget=DateInput())


class ContributionForm(NLDesignFormMixin, forms.Form):
    fund = forms.ModelChoiceField(label=_("Op fonds"), queryset=None)
    amount = _amount()
    reference = forms.CharField(label=_("Afspraak (kenmerk)"), max_length=100)

    def __init__(self, *args, funds=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["fund"].queryset = funds
