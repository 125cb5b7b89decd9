"""The project's form base (maatwerk/core/forms.py) keeps odd input on the field it belongs
to, in Dutch: huge or non-numeric ids are an invalid choice, text that cannot be stored or
shown is refused, a model rule about a field the form does not show is said on the form,
and a broken hidden field is not silently ignored."""

import pytest
from django import forms

from maatwerk.accounts.models import User
from maatwerk.cases.models import Case
from maatwerk.core.forms import NLDesignFormMixin

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


class ChoiceForm(NLDesignFormMixin, forms.Form):
    one = forms.ModelChoiceField(User.objects.all(), required=False)
    many = forms.ModelMultipleChoiceField(User.objects.all(), required=False)


OUT_OF_RANGE = [
    "9223372036854775808",
    "-9223372036854775809",
    str(2**70),
    "abc",
    "1.5",
    "1e3",
    "\x00",
]


@pytest.mark.parametrize("value", OUT_OF_RANGE)
@pytest.mark.parametrize("field", ["one", "many"])
def test_an_id_no_record_can_have_is_an_invalid_choice(consulent, field, value):
    form = ChoiceForm({field: [value] if field == "many" else value})

    assert not form.is_valid()
    assert "Selecteer een geldige keuze" in " ".join(form.errors[field])


def test_real_ids_are_still_chosen(consulent, omo):
    form = ChoiceForm({"one": str(consulent.pk), "many": [str(consulent.pk), str(omo.pk)]})

    assert form.is_valid(), form.errors
    assert form.cleaned_data["one"] == consulent
    assert set(form.cleaned_data["many"]) == {consulent, omo}


class TextForm(NLDesignFormMixin, forms.Form):
    name = forms.CharField(max_length=20)
    kind = forms.ChoiceField(choices=[("a", "A"), ("b", "B")])
    token = forms.CharField(widget=forms.HiddenInput, required=False)


@pytest.mark.parametrize(
    ("value", "words"), [("a\ud800b", "geen geldige tekst"), ("a\x00b", "Null-tekens")]
)
def test_text_that_cannot_be_stored_or_shown_is_refused_on_its_field(value, words):
    form = TextForm({"name": value, "kind": value})

    assert not form.is_valid()
    assert words in form.errors["name"][0]
    assert form.errors["kind"]
    # The page showing the form again can be drawn and encoded.
    assert "\N{REPLACEMENT CHARACTER}" in str(form)
    str(form).encode("utf-8")


def test_a_long_text_is_not_cut_by_the_browser_but_refused_with_its_length():
    form = TextForm({"name": "x" * 23, "kind": "a"})

    assert "maxlength" not in str(form)
    assert not form.is_valid()
    assert form.errors["name"] == ["Gebruik maximaal 20 tekens; u gaf er 23."]


def test_a_broken_hidden_field_is_said_on_the_form():
    class HiddenForm(NLDesignFormMixin, forms.Form):
        row = forms.IntegerField(widget=forms.HiddenInput)

    form = HiddenForm({"row": "abc"})

    assert not form.is_valid()
    assert "verouderd" in form.non_field_errors()[0]


def test_a_model_rule_about_a_field_the_form_does_not_show_is_said_on_the_form():
    """Case.clean() asks for a consent date when consent is given; a form without that field
    used to raise Django's ValueError (a 500)."""

    class TitleForm(NLDesignFormMixin, forms.ModelForm):
        class Meta:
            model = Case
            fields = ["title"]

    case = CaseFactory(consent_date=None)
    form = TitleForm({"title": "Nieuwe titel"}, instance=case)

    assert not form.is_valid()
    assert form.non_field_errors() == [
        "Datum toestemming: Vul de datum in waarop toestemming is gegeven."
    ]
    case.refresh_from_db()
    assert case.title != "Nieuwe titel" and case.consent_date is None


class _SetsItsLimitLate(forms.Form):
    name = forms.CharField()

    def __init__(self, *args, **kwargs) -> None:
        # As Django's own forms do: the maximum is set after the field was made.
        super().__init__(*args, **kwargs)
        self.fields["name"].max_length = 150
        self.fields["name"].widget.attrs["maxlength"] = "150"


class _LimitSetLater(NLDesignFormMixin, _SetsItsLimitLate):
    pass


def test_a_limit_set_after_the_field_was_made_is_still_checked():
    """Without the browser's attribute, a limit set after the field was made (Django's own
    forms do so) must still be checked on the server. (The sign-in form is the exception: an
    over-long name there is an ordinary failed sign-in, see tests/accounts.)"""
    form = _LimitSetLater(data={"name": "u" * 300})

    assert not form.is_valid()
    assert form.errors["name"] == ["Gebruik maximaal 150 tekens; u gaf er 300."]
