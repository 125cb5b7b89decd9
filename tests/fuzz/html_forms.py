"""Read the forms of a rendered page as a browser would submit them unchanged: every named
field with its current value (checked boxes and radios, selected options, textarea text),
so a fuzzer can start from what the screen really offers instead of a hard-coded list."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class PageForm:
    action: str
    method: str
    fields: list[tuple[str, str]] = field(default_factory=list)  # as submitted, in order
    names: list[str] = field(default_factory=list)  # every named control, once
    submit: tuple[str, str] | None = None  # the first named submit button


class _FormReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[PageForm] = []
        self._form: PageForm | None = None
        self._select: tuple[str, list[tuple[str, bool]]] | None = None
        self._option: list[str] | None = None
        self._option_selected = False
        self._textarea: tuple[str, list[str]] | None = None

    def _name(self, name: str) -> None:
        if name not in self._form.names:
            self._form.names.append(name)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {key: value or "" for key, value in attrs}
        if tag == "form":
            self._form = PageForm(action=a.get("action", ""), method=a.get("method", "get"))
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            self._name(name)
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._form.fields.append((name, a.get("value", "on")))
            elif kind == "submit":
                if self._form.submit is None:
                    self._form.submit = (name, a.get("value", ""))
            else:
                self._form.fields.append((name, a.get("value", "")))
        elif tag == "button" and name and a.get("type", "submit") == "submit":
            self._name(name)
            if self._form.submit is None:
                self._form.submit = (name, a.get("value", ""))
        elif tag == "select" and name:
            self._name(name)
            self._select = (name, [])
            self._multiple = "multiple" in a
        elif tag == "option" and self._select is not None:
            self._option = [a.get("value")] if "value" in a else []
            self._option_selected = "selected" in a
        elif tag == "textarea" and name:
            self._name(name)
            self._textarea = (name, [])

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea[1].append(data)
        elif self._option is not None and not self._option:
            self._option.append(data.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "option" and self._select is not None and self._option is not None:
            value = self._option[0] if self._option else ""
            self._select[1].append((value, self._option_selected))
            self._option = None
        elif tag == "select" and self._select is not None:
            name, options = self._select
            chosen = [value for value, selected in options if selected]
            if not chosen and options and not self._multiple:
                chosen = [options[0][0]]
            self._form.fields.extend((name, value) for value in chosen)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, parts = self._textarea
            self._form.fields.append((name, "".join(parts).removeprefix("\n")))
            self._textarea = None


def read_forms(html: str) -> list[PageForm]:
    reader = _FormReader()
    reader.feed(html)
    return [form for form in reader.forms if form.method.lower() == "post"]
