"""Forms for the intake steps. They parse and check the shape of what was typed; every write
goes through `cases.services` (the same functions the API calls), and validation that must hold
for the API too lives in the models (`clean`) and services."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from maatwerk.accounts.selectors import Team, case_workers, teams
from maatwerk.core.bsn import normalise_bsn, validate_bsn
from maatwerk.core.forms import DateInput, NLDesignFormMixin

from .models import (
    Blockage,
    Case,
    CaseDomain,
    CaseOrganisation,
    Household,
    Member,
    Professional,
    RegularRoute,
    Rule,
)
from .services.rows import RowChange


class HouseholdForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = Household
        fields = ["team", "street", "house_number", "postcode", "city", "wijk"]

    def __init__(self, *args, choose_team: bool, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if choose_team:
            self.fields["team"].queryset = teams()
        else:
            # Team-bound roles always register for their own team (see services).
            del self.fields["team"]


class MemberForm(NLDesignFormMixin, forms.ModelForm):
    bsn = forms.CharField(
        label=_("BSN"),
        required=False,
        max_length=11,
        help_text=_("9 cijfers. Wordt versleuteld opgeslagen en gemaskeerd getoond."),
    )

    class Meta:
        model = Member
        fields = ["first_name", "last_name", "date_of_birth", "role"]
        widgets = {"date_of_birth": DateInput()}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.bsn_encrypted:
            self.fields["bsn"].help_text = _(
                "Huidig BSN: %(masked)s. Laat leeg om het te bewaren."
            ) % {"masked": self.instance.masked_bsn}

    def clean_bsn(self) -> str:
        value = normalise_bsn(self.cleaned_data.get("bsn", ""))
        if value:
            validate_bsn(value)
        return value


class BaseMemberFormSet(forms.BaseInlineFormSet):
    def clean(self) -> None:
        super().clean()
        remaining = [
            form
            for form in self.forms
            if form.has_changed() or form.instance.pk
            if not (self.can_delete and self._should_delete_form(form))
        ]
        if not remaining:
            raise forms.ValidationError(_("Een huishouden heeft minstens één gezinslid."))


# A bound on the rows one request may hold: beyond it a crafted POST would make the server build
# thousands of forms. The household limit itself is the service's (MAX_MEMBERS).
MAX_ROWS = 50

MemberFormSet = inlineformset_factory(
    Household,
    Member,
    form=MemberForm,
    formset=BaseMemberFormSet,
    extra=2,
    can_delete=True,
    max_num=MAX_ROWS,
    absolute_max=MAX_ROWS,
    validate_max=True,
)


class SignalForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = Case
        fields = [
            "title",
            "signal_source",
            "signal_date",
            "regisseur",
            "confidential",
            "confidential_users",
        ]
        widgets = {"signal_date": DateInput(), "confidential_users": forms.CheckboxSelectMultiple}

    def __init__(self, *args, team: Team | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        workers = case_workers(team=team)
        self.fields["regisseur"].queryset = workers.order_by("first_name", "last_name")
        self.fields["confidential_users"].queryset = workers.order_by("first_name", "last_name")
        self.fields["confidential_users"].help_text = _(
            "Alleen bij een vertrouwelijke casus. U en de regisseur houden altijd toegang."
        )


class RouteForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = Case
        fields = ["regular_route_exhausted", "stagnation_risk", "eligibility_reason"]


class InvolvementForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = Case
        fields = [
            "household_involved",
            "household_not_involved_reason",
            "household_involved_from",
            "consent",
            "consent_date",
            "consent_scope",
        ]
        widgets = {
            "household_involved_from": DateInput(),
            "consent_date": DateInput(),
            "consent": forms.RadioSelect,
        }


class DomainForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = CaseDomain
        fields = ["code", "description"]


class CaseOrganisationForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = CaseOrganisation
        fields = ["organisation", "role"]


class ProfessionalForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = Professional
        fields = ["name", "organisation", "role", "contact"]


class BlockageForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = Blockage
        fields = ["rule", "owner", "explanation"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rule"].queryset = Rule.objects.filter(active=True).select_related("owner")
        self.fields["owner"].required = False
        self.fields["owner"].help_text = _("Leeg laten: de eigenaar van de gekozen regel.")


class RegularRouteForm(NLDesignFormMixin, forms.ModelForm):
    class Meta:
        model = RegularRoute
        fields = ["description", "result"]


class CaseRowFormSet(forms.BaseInlineFormSet):
    """The rows of one intake part. Whether rows may coexist (one life domain once, one
    organisation once) is a domain rule: the services check it, with their own message."""

    def validate_unique(self) -> None:
        pass


def _case_formset(model, form, extra: int = 2):
    return inlineformset_factory(
        Case,
        model,
        form=form,
        formset=CaseRowFormSet,
        extra=extra,
        can_delete=True,
        max_num=MAX_ROWS,
        absolute_max=MAX_ROWS,
        validate_max=True,
    )


def row_changes(formset: forms.BaseInlineFormSet) -> list[RowChange]:
    """A valid formset as the list of rows to add, change and remove that the services take."""
    skip = {"id", "DELETE", formset.fk.name}
    deleted = formset.deleted_forms if formset.can_delete else []
    changes = []
    for form in formset.forms:
        pk = form.instance.pk
        fields = {k: v for k, v in form.cleaned_data.items() if k not in skip}
        if form in deleted:
            if pk:
                changes.append(RowChange(pk, remove=True))
        elif form.has_changed():
            changes.append(RowChange(pk, fields))
    return changes


def member_changes(formset: forms.BaseInlineFormSet) -> list[RowChange]:
    """As `row_changes`; an empty BSN box on a known member means: keep the stored one."""
    changes = []
    for change in row_changes(formset):
        if change.id is not None and not change.fields.get("bsn"):
            change.fields.pop("bsn", None)
        changes.append(change)
    return changes


def domain_list(formset: forms.BaseInlineFormSet) -> list[dict]:
    """The life domains a valid formset leaves: every row with a code that is not removed."""
    deleted = formset.deleted_forms if formset.can_delete else []
    return [
        {"code": form.cleaned_data["code"], "description": form.cleaned_data.get("description", "")}
        for form in formset.forms
        if form.cleaned_data.get("code") and form not in deleted
    ]


DomainFormSet = _case_formset(CaseDomain, DomainForm, extra=3)
CaseOrganisationFormSet = _case_formset(CaseOrganisation, CaseOrganisationForm)
ProfessionalFormSet = _case_formset(Professional, ProfessionalForm)
BlockageFormSet = _case_formset(Blockage, BlockageForm)
RegularRouteFormSet = _case_formset(RegularRoute, RegularRouteForm)


class IntakeTokenForm(forms.Form):
    """A one-time number per intake form, so sending the same form twice registers once."""

    intake_token = forms.UUIDField(widget=forms.HiddenInput, required=False)


class TransitionForm(NLDesignFormMixin, forms.Form):
    target = forms.CharField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 2}))


class NoteForm(NLDesignFormMixin, forms.Form):
    text = forms.CharField(label=_("Notitie"), widget=forms.Textarea(attrs={"rows": 3}))
