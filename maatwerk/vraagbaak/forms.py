from django import forms
from django.utils.translation import gettext_lazy as _

from maatwerk.cases import selectors as reference
from maatwerk.cases.domains import LifeDomain
from maatwerk.core.forms import EuroField

from .models import SolutionType


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Beschrijf de vastgelopen situatie"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("In uw eigen woorden; twee of drie zinnen werkt het best."),
    )
    domain = forms.ChoiceField(
        label=_("Leefgebied"), required=False, choices=[("", "–"), *LifeDomain.choices]
    )
    rule = forms.ModelChoiceField(label=_("Regel"), required=False, queryset=reference.rules())
    organisation = forms.ModelChoiceField(
        label=_("Organisatie"), required=False, queryset=reference.organisations()
    )
    solution_type = forms.ChoiceField(
        label=_("Soort oplossing"), required=False, choices=[("", "–"), *SolutionType.choices]
    )


class PrecedentForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200)
    summary = forms.CharField(label=_("Situatie (geanonimiseerd)"), widget=forms.Textarea)
    household = forms.CharField(
        label=_("Huishouden in algemene termen"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    life_domains = forms.MultipleChoiceField(
        label=_("Leefgebieden"),
        required=False,
        choices=LifeDomain.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    rule_ids = forms.ModelMultipleChoiceField(
        label=_("Knellende regels"), required=False, queryset=reference.rules()
    )
    organisation_ids = forms.ModelMultipleChoiceField(
        label=_("Organisaties"), required=False, queryset=reference.organisations()
    )
    blockage = forms.CharField(
        label=_("Knelpunt"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    solution = forms.CharField(
        label=_("Oplossing"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    solution_types = forms.MultipleChoiceField(
        label=_("Soort oplossing"),
        required=False,
        choices=SolutionType.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    decided_by = forms.CharField(label=_("Wie besliste"), required=False, max_length=200)
    legal_ground = forms.CharField(label=_("Op welke grond"), required=False, max_length=200)
    cost_eur = EuroField(label=_("Kosten van de oplossing"), required=False)
    outcome = forms.CharField(
        label=_("Uitkomst"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    lessons = forms.CharField(
        label=_("Lessen"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    source = forms.CharField(label=_("Bron"), required=False, max_length=200)

    def service_data(self) -> dict:
        data = dict(self.cleaned_data)
        data["rule_ids"] = [rule.pk for rule in data["rule_ids"]]
        data["organisation_ids"] = [org.pk for org in data["organisation_ids"]]
        return data

    @classmethod
    def initial_for(cls, precedent) -> dict:
        return {
            **{
                name: getattr(precedent, name)
                for name in (
                    "title",
                    "summary",
                    "household",
                    "blockage",
                    "solution",
                    "decided_by",
                    "legal_ground",
                    "cost_eur",
                    "outcome",
                    "lessons",
                    "source",
                    "life_domains",
                    "solution_types",
                )
            },
            "rule_ids": list(precedent.rules.all()),
            "organisation_ids": list(precedent.organisations.all()),
        }
