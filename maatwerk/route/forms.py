"""The forms of the route's screens on a case. They parse and check the shape of the input;
the rules are the services' (a refusal comes back as a ValidationError on the form)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from maatwerk.core.forms import DateInput, EuroField, NLDesignFormMixin
from maatwerk.fund.models import Fund

from .models import CANVAS_FIELDS, VALUES, DecisionOutcome, LegalGround, Recommendation

SCORE_CHOICES = [(score, str(score)) for score in range(1, 6)]


def _text(label, required: bool = True, rows: int = 3) -> forms.CharField:
    return forms.CharField(
        label=label, required=required, widget=forms.Textarea(attrs={"rows": rows})
    )


class AgendaForm(NLDesignFormMixin, forms.Form):
    question = _text(_("Vraag aan het casusoverleg"))
    date = forms.DateField(
        label=_("Datum overleg"),
        required=False,
        widget=DateInput(),
        help_text=_("Leeg: het eerstvolgende casusoverleg."),
    )


class MoveForm(NLDesignFormMixin, forms.Form):
    target = forms.CharField(widget=forms.HiddenInput)
    reason = _text(_("Reden"), rows=2)


def _canvas_fields() -> dict:
    return {name: _text(label, required=False, rows=4) for name, label in CANVAS_FIELDS}


# Fields made from a table are declared on a base class, so the NL Design classes and the
# form's checks apply to them like to any declared field.
_CanvasFields = type("_CanvasFields", (NLDesignFormMixin, forms.Form), _canvas_fields())


class CanvasForm(_CanvasFields):
    blockages = forms.MultipleChoiceField(
        label=_("Knelpunten waar de oplossing om draait"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, blockages=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["blockages"].choices = [
            (str(b.pk), f"{b.rule.name} ({b.owner})") for b in blockages
        ]


def _value_fields() -> dict:
    fields = {}
    for name, label, question in VALUES:
        fields[f"{name}_score"] = forms.TypedChoiceField(
            label=label,
            help_text=question,
            choices=SCORE_CHOICES,
            coerce=int,
            widget=forms.RadioSelect,
            error_messages={"required": _("Kies een score van 1 tot 5.")},
        )
        fields[f"{name}_motivation"] = _text(
            _("Motivering %(value)s") % {"value": str(label).lower()}, required=False
        )
    return fields


_ValueFields = type("_ValueFields", (NLDesignFormMixin, forms.Form), _value_fields())


class ProposalForm(_ValueFields):
    solution = _text(_("De oplossing"), rows=4)
    cost_estimate = EuroField(
        label=_("Geraamde kosten (EUR)"), help_text=_("Bijvoorbeeld 3.080,00")
    )
    within_frameworks = forms.BooleanField(
        label=_("Past binnen bestaande kaders (regels en budgetten die er al zijn)"),
        required=False,
    )
    fund_requested = forms.BooleanField(label=_("Geld uit een fonds gevraagd"), required=False)
    fund_amount = EuroField(label=_("Gevraagd uit het fonds (EUR)"), required=False)
    fund = forms.ModelChoiceField(
        label=_("Uit welk fonds"),
        queryset=None,
        required=False,
        empty_label=_("— kies —"),
        help_text=_("De regels van elk fonds staan onder dit formulier."),
    )
    regular_budget_reason = _text(
        _("Waarom geen regulier budget (Wmo, Jeugdwet, Participatiewet, bijzondere bijstand, …)"),
        required=False,
    )
    deviates = forms.BooleanField(label=_("Wijkt af van een regel"), required=False)
    deviation_rule = forms.CharField(label=_("Van welke regel"), max_length=200, required=False)
    deviation_ground = forms.ChoiceField(
        label=_("Grondslag"),
        choices=[("", _("— kies —")), *LegalGround.choices],
        required=False,
    )
    deviation_power_holder = forms.CharField(
        label=_("Wie heeft die bevoegdheid"), max_length=200, required=False
    )
    deviation_motivation = _text(_("Waarom wordt afgeweken"), required=False)

    def __init__(self, *args, funds=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["fund"].queryset = funds if funds is not None else Fund.objects.none()

    def value_fields(self):
        """(score field, motivation field) per value, for the template."""
        return [(self[f"{n}_score"], self[f"{n}_motivation"]) for n, _l, _q in VALUES]


class AdviceForm(NLDesignFormMixin, forms.Form):
    recommendation = forms.ChoiceField(
        label=_("Advies"), choices=Recommendation.choices, widget=forms.RadioSelect
    )
    text = _text(_("Toelichting"))


class ConsultForm(NLDesignFormMixin, forms.Form):
    portefeuillehouder = forms.TypedChoiceField(label=_("Portefeuillehouder"), coerce=int)
    question = _text(_("Vraag aan de portefeuillehouder"))

    def __init__(self, *args, portefeuillehouders=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["portefeuillehouder"].choices = [
            (user.pk, user.get_full_name() or user.username) for user in portefeuillehouders
        ]


class DecisionForm(NLDesignFormMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Besluit"),
        choices=[c for c in DecisionOutcome.choices if c[0] != DecisionOutcome.INGETROKKEN],
        widget=forms.RadioSelect,
    )
    motivation = _text(_("Motivering"))
    conditions = _text(_("Voorwaarden (bij akkoord met voorwaarden)"), required=False)
    awb_besluit = forms.BooleanField(
        label=_("Dit is een besluit in de zin van de Awb (bezwaar mogelijk)"), required=False
    )
    college_date = forms.DateField(
        label=_("Datum collegebesluit"), required=False, widget=DateInput()
    )
    college_reference = forms.CharField(
        label=_("Kenmerk collegebesluit"), max_length=60, required=False
    )

    def __init__(self, *args, college: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if not college:
            del self.fields["college_date"], self.fields["college_reference"]


class SupersedeForm(DecisionForm):
    supersede_reason = _text(_("Waarom wordt het besluit vervangen"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = [
            c for c in DecisionOutcome.choices if c[0] != DecisionOutcome.AANGEHOUDEN
        ]
