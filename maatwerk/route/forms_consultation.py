"""Forms of the consultation and the portefeuillehouder's screen. They parse what was typed;
the rules (a reason for the regular route, tasks for a bezinningsperiode, a view once) are the
services' and come back as errors on these forms."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from maatwerk.core.forms import DateInput, NLDesignFormMixin

from .models import Outcome
from .services import NewTask

# Task rows shown under a bezinningsperiode; the service allows more, a screen needs few.
TASK_ROWS = 3


class OutcomeForm(NLDesignFormMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Uitkomst"),
        choices=Outcome.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies een uitkomst.")},
    )
    outcome_notes = forms.CharField(
        label=_("Toelichting"),
        required=False,
        max_length=5000,
        widget=forms.Textarea,
        help_text=_("Verplicht bij ‘Terug naar reguliere route’: waarom?"),
    )

    def apply_service_error(self, error: ValidationError, task_form_set=None) -> None:
        """Put a refusal of `services.record_outcome` on the field it is about."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for name, errors in error.error_dict.items():
            if name == "tasks" and task_form_set is not None:
                task_form_set.service_errors.extend(ValidationError(errors).messages)
            elif name in self.fields:
                self.add_error(name, errors)
            else:
                self.add_error(None, errors)


class TaskForm(NLDesignFormMixin, forms.Form):
    description = forms.CharField(label=_("Wat wordt uitgezocht"), max_length=300, required=False)
    # Choices from a list fetched once per team, not a queryset per row (queries per page).
    owner = forms.TypedChoiceField(label=_("Door wie"), coerce=int, required=False)
    due_date = forms.DateField(label=_("Uiterlijk"), widget=DateInput, required=False)

    def __init__(self, *args, owners=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.owners = {user.pk: user for user in owners}
        self.fields["owner"].choices = [("", _("Kies iemand"))] + [
            (user.pk, user.get_full_name() or user.username) for user in owners
        ]
        self.fields["owner"].empty_value = None

    def clean(self) -> dict:
        data = super().clean()
        filled = [data.get(name) for name in ("description", "owner", "due_date")]
        if any(filled) and not all(filled):
            raise ValidationError(
                _("Vul bij een taak alle drie in: wat, door wie en uiterlijk wanneer.")
            )
        return data

    def task(self) -> NewTask | None:
        data = self.cleaned_data
        if not data.get("description"):
            return None
        return NewTask(data["description"], self.owners[data["owner"]], data["due_date"])


class BaseTaskFormSet(forms.BaseFormSet):
    def __init__(self, *args, owners=(), **kwargs) -> None:
        self.owners = owners
        self.service_errors: list[str] = []
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "owners": self.owners}

    def tasks(self) -> list[NewTask]:
        """The rows filled in (call after is_valid)."""
        return [task for form in self.forms if (task := form.task()) is not None]


TaskFormSet = forms.formset_factory(
    TaskForm,
    formset=BaseTaskFormSet,
    extra=TASK_ROWS,
    max_num=TASK_ROWS,
    absolute_max=TASK_ROWS,
    validate_max=True,
)


def outcome_forms(item, owners, data=None) -> tuple[OutcomeForm, BaseTaskFormSet]:
    """The outcome form and its task rows for one agenda item. `owners`: the case workers of
    the case's team (`accounts.selectors.case_workers`), as a list."""
    prefix = f"punt-{item.pk}"
    return (
        OutcomeForm(data, prefix=prefix),
        TaskFormSet(data, prefix=f"{prefix}-taak", owners=owners),
    )


class PortfolioViewForm(NLDesignFormMixin, forms.Form):
    view = forms.CharField(
        label=_("Uw zienswijze"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Schrijf uw zienswijze op.")},
    )
