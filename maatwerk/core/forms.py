"""Form rendering in NL Design System style: every widget gets the Utrecht component class it
needs, so templates stay free of per-field markup."""

from django import forms

_WIDGET_CLASSES = {
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.SelectMultiple: "utrecht-select utrecht-select--html-select",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.CheckboxSelectMultiple: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.RadioSelect: "utrecht-radio-button utrecht-radio-button--html-input",
    forms.widgets.Input: "utrecht-textbox utrecht-textbox--html-input",
}


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class NLDesignFormMixin:
    """Adds the NL Design System classes and marks invalid fields for assistive technology.
    Required fields are checked by the server, which answers in Dutch; the browser's own
    `required` check would show an English bubble and an empty field in red before any input."""

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

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-invalid"] = "true"
