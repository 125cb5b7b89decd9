"""The forms after the decision: escalation, overlegtafel, national escalation, time-out, plan,
monitoring and evaluation. They parse the shape of the input; the rules are the services'."""

from django import forms
from django.utils.translation import gettext_lazy as _

from maatwerk.cases.domains import LifeDomain
from maatwerk.core.forms import DateInput, EuroField, NLDesignFormMixin

from .models import Change, GoalStatus, NationalBody, YesNoUnknown
from .services import MonitoringAnswer, NewGoal


def _text(label, required: bool = True, rows: int = 3, help_text: str = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
    )


class EscalationForm(NLDesignFormMixin, forms.Form):
    ladder = forms.ChoiceField(label=_("Escalatieladder (soort knelpunt)"))
    blockage = forms.ChoiceField(label=_("Knelpunt"), required=False)
    question = _text(_("Wat is er nodig van wie beslist?"))

    def __init__(self, *args, ladders=(), blockages=(), suggested=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.ladders = {str(ladder.pk): ladder for ladder in ladders}
        self.blockages = {str(b.pk): b for b in blockages}
        self.fields["ladder"].choices = [
            (pk, _describe(ladder)) for pk, ladder in self.ladders.items()
        ]
        if suggested is not None:
            self.fields["ladder"].initial = str(suggested.pk)
        self.fields["blockage"].choices = [("", _("— geen bepaald knelpunt —"))] + [
            (pk, f"{b.rule.name} ({b.owner})") for pk, b in self.blockages.items()
        ]

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "ladder": self.ladders.get(data["ladder"]),
            "blockage": self.blockages.get(data["blockage"] or ""),
            "question": data["question"],
        }


def _describe(ladder) -> str:
    steps = list(ladder.steps.all())
    if not steps:
        return f"{ladder.name}: {_('bevoegde onbekend')}"
    return f"{ladder.name}: " + " → ".join(step.title for step in steps)


class StepAnswerForm(NLDesignFormMixin, forms.Form):
    number = forms.IntegerField(widget=forms.HiddenInput)
    solved = forms.TypedChoiceField(
        label=_("Uitkomst"),
        choices=[("1", _("Opgelost")), ("0", _("Niet opgelost: naar de volgende stap"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    answer = _text(_("Antwoord"))
    answered_by_name = forms.CharField(
        label=_("Antwoord gegeven door"),
        required=False,
        max_length=150,
        help_text=_("Bij een partner of de wethouder: wie antwoordde (naam, organisatie)."),
    )


class AuthorityForm(NLDesignFormMixin, forms.Form):
    ladder = forms.ChoiceField(label=_("Bevoegde gevonden: verder langs de ladder"))

    def __init__(self, *args, ladders=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.ladders = {str(lad.pk): lad for lad in ladders if lad.steps.all()}
        self.fields["ladder"].choices = [(pk, _describe(lad)) for pk, lad in self.ladders.items()]


class RoundTableForm(NLDesignFormMixin, forms.Form):
    held_on = forms.DateField(label=_("Datum"), widget=DateInput())
    parties = _text(_("Uitgenodigde partijen"), rows=2)
    outcome = _text(_("Uitkomst"), required=False, help_text=_("Leeg als de tafel nog moet komen."))


class RoundTableOutcomeForm(NLDesignFormMixin, forms.Form):
    outcome = _text(_("Uitkomst van de overlegtafel"))


class NationalEscalationForm(NLDesignFormMixin, forms.Form):
    body = forms.ChoiceField(label=_("Aan"), choices=NationalBody.choices, widget=forms.RadioSelect)
    question = _text(_("Wat vraagt u van hen?"), rows=4)


class NationalAnswerForm(NLDesignFormMixin, forms.Form):
    their_reference = forms.CharField(label=_("Hun kenmerk"), required=False, max_length=60)
    answer = _text(_("Antwoord"))


class TimeOutForm(NLDesignFormMixin, forms.Form):
    organisation = forms.CharField(label=_("Organisatie"), max_length=150)
    subject = forms.CharField(label=_("Welk besluit of welke vordering"), max_length=300)
    starts_on = forms.DateField(label=_("Ingang"), widget=DateInput())
    ends_on = forms.DateField(label=_("Einde"), widget=DateInput())
    reason = _text(_("Reden"))
    agreed_with = forms.CharField(label=_("Afgesproken met"), max_length=150)


class PlanForm(NLDesignFormMixin, forms.Form):
    summary = _text(_("Wat gaan we samen doen?"), rows=4)
    commitments = _text(
        _("Afspraken van het huishouden"),
        required=False,
        help_text=_("Eén afspraak per regel."),
    )

    def commitment_lines(self) -> list[str]:
        return [line for line in self.cleaned_data["commitments"].splitlines() if line.strip()]


class GoalForm(NLDesignFormMixin, forms.Form):
    description = forms.CharField(label=_("Doel"), max_length=300, required=False)
    owner = forms.CharField(label=_("Wie"), max_length=150, required=False)
    due_date = forms.DateField(label=_("Uiterlijk"), required=False, widget=DateInput())

    def is_blank(self) -> bool:
        data = self.cleaned_data
        return not (data.get("description") or data.get("owner") or data.get("due_date"))

    def goal(self) -> NewGoal:
        data = self.cleaned_data
        return NewGoal(data.get("description", ""), data.get("owner", ""), data.get("due_date"))


GoalFormSet = forms.formset_factory(GoalForm, extra=3, max_num=20, absolute_max=20)


class GoalStatusForm(NLDesignFormMixin, forms.Form):
    status = forms.ChoiceField(label=_("Stand"), choices=GoalStatus.choices)


class CarryOutForm(NLDesignFormMixin, forms.Form):
    on = forms.DateField(label=_("Uitgevoerd op"), widget=DateInput())


class MonitoringForm(NLDesignFormMixin, forms.Form):
    """One question per life domain of the case, then the outcome questions."""

    household_judgement = forms.CharField(
        label=_("Oordeel van het huishouden zelf"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("In hun eigen woorden: hoe gaat het nu?"),
        error_messages={
            "required": _(
                "Leg het oordeel van het huishouden zelf vast: monitoring gaat met hen, "
                "niet over hen."
            )
        },
    )
    regular_care_reduced = forms.ChoiceField(
        label=_("Is de reguliere zorg afgenomen?"), choices=YesNoUnknown.choices
    )
    debts = forms.ChoiceField(
        label=_("Schulden"),
        choices=[("", _("— niet van toepassing —")), *Change.choices],
        required=False,
    )
    housing_stable = forms.ChoiceField(
        label=_("Is het wonen stabiel?"), choices=YesNoUnknown.choices
    )
    costs_avoided = EuroField(label=_("Vermeden kosten (EUR)"), required=False)
    notes = _text(_("Toelichting"), required=False)

    def __init__(self, *args, domains=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.domains = list(domains) or [LifeDomain.FINANCIEN_SCHULDEN]
        fields = {}
        for code in self.domains:
            fields[f"domain_{code}"] = forms.ChoiceField(
                label=_("%(domain)s: de situatie is") % {"domain": LifeDomain(code).label},
                choices=Change.choices,
                widget=forms.RadioSelect(
                    attrs={"class": "utrecht-radio-button utrecht-radio-button--html-input"}
                ),
            )
        # The domain questions come first.
        self.fields = {**fields, **self.fields}

    def answer(self) -> MonitoringAnswer:
        data = self.cleaned_data
        return MonitoringAnswer(
            domain_results={code: data[f"domain_{code}"] for code in self.domains},
            household_judgement=data["household_judgement"],
            regular_care_reduced=data["regular_care_reduced"],
            debts=data["debts"],
            housing_stable=data["housing_stable"],
            costs_avoided=data["costs_avoided"],
            notes=data["notes"],
        )


class EvaluationForm(NLDesignFormMixin, forms.Form):
    embedded = forms.TypedChoiceField(
        label=_("Is de oplossing geborgd in de reguliere processen?"),
        choices=[("1", _("Ja")), ("0", _("Nee"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    lessons = _text(_("Geleerde lessen"), rows=5)
