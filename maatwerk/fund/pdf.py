"""The fund's documents as PDF (the kassabon, the settlement statement), rendered with
WeasyPrint from a template in the product's own font, like the route's letters."""

from pathlib import Path

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string


def _fonts_css() -> Path | None:
    found = finders.find("vendor/fonts/fonts.css")
    return Path(found) if found else None


def render_pdf(template: str, context: dict) -> bytes:
    """A PDF of `template`. WeasyPrint is imported here: it takes a second to import, and only
    these downloads need it."""
    import weasyprint

    fonts = _fonts_css()
    html = render_to_string(template, {**context, "fonts_css": fonts.name if fonts else ""})
    base_url = str(fonts.parent) if fonts else None
    return weasyprint.HTML(string=html, base_url=base_url).write_pdf()
