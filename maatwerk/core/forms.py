"""Form rendering in NL Design System style: every widget gets the Utrecht component class it
needs, so templates stay free of per-field markup. The same base makes every form safe
against odd input: whatever is posted, the answer is a Dutch message on the field, never a
server error and never silently changed text."""

import re
from typing import Any

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxLengthValidator
from django.db import connections
from django.db.models import Field as ModelField
from django.db.models import Model
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

_WIDGET_CLASSES = {
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.SelectMultiple: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.CheckboxSelectMultiple: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.RadioSelect: "utrecht-radio-button utrecht-radio-button--html-input",
    forms.widgets.Input: "utrecht-textbox utrecht-textbox--html-input",
}

# Replaces Django's "Zorg ervoor dat deze waarde hoogstens …": says the limit and how much
# was given, so whoever pasted a longer text knows how much to shorten it.
MAX_LENGTH_MESSAGE = ngettext_lazy(
    "Gebruik maximaal %(limit_value)d teken; u gaf er %(show_value)d.",
    "Gebruik maximaal %(limit_value)d tekens; u gaf er %(show_value)d.",
    "limit_value",
)
HIDDEN_FIELD_MESSAGE = _(
    "Dit formulier is verouderd of gewijzigd (%(label)s: %(error)s) Laad de pagina opnieuw."
)
NUL_MESSAGE = _("Null-tekens zijn niet toegestaan.")
SURROGATE_MESSAGE = _(
    "Bevat een teken dat geen geldige tekst is (U+%(code)04X); plak de tekst opnieuw of typ "
    "hem over."
)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def _bad_character(text: str) -> str | None:
    """A NUL character (PostgreSQL cannot store it) or a lone surrogate (not encodable as
    UTF-8: the page showing it again would fail)."""
    for char in text:
        if char == "\x00" or "\ud800" <= char <= "\udfff":
            return char
    return None


def _values(data: Any, key: str) -> list:
    if hasattr(data, "getlist"):
        return data.getlist(key)
    value = data.get(key)
    return list(value) if isinstance(value, list | tuple) else [value]


def _clean_text(value: Any) -> Any:
    if not isinstance(value, str) or _bad_character(value) is None:
        return value
    return "".join("\N{REPLACEMENT CHARACTER}" if _bad_character(char) else char for char in value)


def _key_field(field: forms.ModelChoiceField) -> ModelField:
    model = field.queryset.model
    key = model._meta.pk if not field.to_field_name else model._meta.get_field(field.to_field_name)
    while key.is_relation:  # a primary key that is a one-to-one link
        key = key.target_field
    return key


def _fits_key(field: forms.ModelChoiceField, value: Any) -> bool:
    """Whether `value` can be a key of the field's model at all: of the key's type and, for a
    number, within what the database holds. Without this, a huge number in a list of ids
    is an OverflowError on SQLite (a 500) instead of an invalid choice."""
    if isinstance(value, Model):
        return True
    key = _key_field(field)
    try:
        python_value = key.to_python(value)
    except ValidationError:
        return False
    if isinstance(python_value, int) and not isinstance(python_value, bool):
        ops = connections[field.queryset.db].ops
        try:
            low, high = ops.integer_field_range(key.get_internal_type())
        except KeyError:
            return True
        return (low is None or python_value >= low) and (high is None or python_value <= high)
    return True


class SafeModelChoiceMixin:
    """Installed on every model choice field of an `NLDesignFormMixin` form."""

    def to_python(self, value: Any) -> Any:
        if value not in self.empty_values and not _fits_key(self, value):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(value)


class SafeModelMultipleChoiceMixin:
    """Installed on every model multiple choice field of an `NLDesignFormMixin` form."""

    def _check_values(self, value: Any) -> Any:
        if isinstance(value, list | tuple | set | frozenset):
            for item in value:
                if not isinstance(item, list | dict | set) and not _fits_key(self, item):
                    raise ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": item},
                    )
        return super()._check_values(value)


_SAFE_CLASSES: dict[type, type] = {}


def _make_safe(field: forms.Field) -> None:
    if not isinstance(field, forms.ModelChoiceField):
        return
    if isinstance(field, SafeModelChoiceMixin | SafeModelMultipleChoiceMixin):
        return
    cls = type(field)
    if cls not in _SAFE_CLASSES:
        mixin = (
            SafeModelMultipleChoiceMixin
            if isinstance(field, forms.ModelMultipleChoiceField)
            else SafeModelChoiceMixin
        )
        _SAFE_CLASSES[cls] = type(f"Safe{cls.__name__}", (mixin, cls), {})
    field.__class__ = _SAFE_CLASSES[cls]


class NLDesignFormMixin:
    """Adds the NL Design System classes and marks invalid fields for assistive technology.
    Required fields are checked by the server, which answers in Dutch; the browser's own
    `required` check would show an English bubble and an empty field in red before any input.

    The browser's `maxlength` would also cut a longer paste at the limit without a word; the
    server says instead how long the text may be and how long it was. Text that cannot be
    stored or shown (a NUL character, a lone surrogate) is refused on its field, and shown
    again with a replacement character so the page itself can be drawn."""

    use_required_attribute = False

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            widget = field.widget
            for widget_class, css in _WIDGET_CLASSES.items():
                if isinstance(widget, widget_class):
                    widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
                    break
            if isinstance(widget, forms.Textarea):
                widget.attrs.setdefault("rows", 3)
            if isinstance(field, forms.CharField) and field.max_length is not None:
                widget.attrs.pop("maxlength", None)
                field.error_messages["max_length"] = MAX_LENGTH_MESSAGE
                if not any(isinstance(v, MaxLengthValidator) for v in field.validators):
                    # A limit set after the field was made (Django's sign-in form does so)
                    # has no validator: without the attribute it would not be checked.
                    field.validators.append(MaxLengthValidator(field.max_length))
        self._invalid_text = self._take_invalid_text() if self.is_bound else {}

    def _take_invalid_text(self) -> dict[str, str]:
        """{field name: the first bad character} for the fields of this form; replaces the
        bad characters in `self.data`, so neither cleaning nor drawing the page meets them."""
        found: dict[str, str] = {}
        for name, field in self.fields.items():
            key = self.add_prefix(name)
            # A multi-widget (date and time in two boxes) posts key_0, key_1, ….
            parts = len(getattr(field.widget, "widgets", ()))
            for data_key in [key, *(f"{key}_{index}" for index in range(parts))]:
                for value in _values(self.data, data_key):
                    char = _bad_character(value) if isinstance(value, str) else None
                    if char is not None:
                        found.setdefault(name, char)
        if found:
            data = self.data.copy()
            for data_key in list(data):
                if hasattr(data, "setlist"):
                    data.setlist(data_key, [_clean_text(v) for v in data.getlist(data_key)])
                elif isinstance(data[data_key], list | tuple):
                    data[data_key] = [_clean_text(v) for v in data[data_key]]
                else:
                    data[data_key] = _clean_text(data[data_key])
            self.data = data
        return found

    def _label(self, name: str) -> str:
        model = getattr(getattr(self, "_meta", None), "model", None)
        try:
            return str(capfirst(model._meta.get_field(name).verbose_name))
        except (AttributeError, LookupError):
            return name

    def add_error(self, field: str | None, error: Any) -> None:
        """A model's `clean` may name a field this form does not show (a rule about the
        consent date, checked when the signal step is saved). Django raises a ValueError for
        that — a 500; here it becomes an error on the whole form that names the field."""
        if not isinstance(error, ValidationError):
            error = ValidationError(error)
        if field is None and hasattr(error, "error_dict"):
            foreign = [
                name
                for name in error.error_dict
                if name != NON_FIELD_ERRORS and name not in self.fields
            ]
            if foreign:
                errors = dict(error.error_dict)
                for name in foreign:
                    label = self._label(name)
                    errors.setdefault(NON_FIELD_ERRORS, []).extend(
                        ValidationError(f"{label}: {message}")
                        for message in ValidationError(errors.pop(name)).messages
                    )
                error = ValidationError(errors)
        super().add_error(field, error)

    def full_clean(self) -> None:
        # Here rather than in __init__: a formset adds its own id field after that.
        for field in self.fields.values():
            _make_safe(field)
        super().full_clean()
        if not self.is_bound or getattr(self, "_errors", None) is None:
            return
        for name, char in self._invalid_text.items():
            if name not in self._errors:
                message = NUL_MESSAGE if char == "\x00" else SURROGATE_MESSAGE % {"code": ord(char)}
                self.add_error(name, ValidationError(message, code="invalid_text"))
        for name in list(self._errors):
            if name in self.fields and self[name].is_hidden:
                # A hidden field's error is drawn nowhere: say it where the user looks.
                for error in self._errors[name]:
                    self.add_error(
                        None,
                        HIDDEN_FIELD_MESSAGE % {"label": self._label(name), "error": error},
                    )
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-invalid"] = "true"


class EuroField(forms.DecimalField):
    """An amount in euros as people type it: "3.080,00", "3080", "€ 3.080" or "3080.50". A
    comma is the decimal separator; dots between groups of three digits group thousands. A
    text box, not a number box: a browser's number box refuses "3.080,00"."""

    widget = forms.TextInput(attrs={"inputmode": "decimal"})

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("max_digits", 12)
        kwargs.setdefault("decimal_places", 2)
        kwargs.setdefault("min_value", 0)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Any:
        if isinstance(value, str):
            value = _euro_text(value)
        return super().to_python(value)


def _euro_text(text: str) -> str:
    text = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if "," in text:
        return text.replace(".", "").replace(",", ".")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        return text.replace(".", "")
    return text
