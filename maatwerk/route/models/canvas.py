from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# The canvas's text fields in the order they are shown and compared, with their labels.
CANVAS_FIELDS: tuple[tuple[str, str], ...] = (
    ("situation", _("De situatie, zoveel mogelijk in de woorden van het huishouden")),
    ("goal", _("Wat wil het huishouden bereiken?")),
    ("needs", _("Wat is er nodig?")),
    ("options", _("Overwogen opties, ook de reguliere route")),
    ("regular_route_fails", _("Waarom de reguliere route niet werkt")),
    ("chosen_solution", _("Gekozen oplossing")),
    ("own_commitments", _("Wat het huishouden zelf doet")),
    ("q_achieve", _("Wat wil de inwoner samen met de gemeente bereiken?")),
    (
        "q_core_value",
        _("Kan de ondersteuning vanuit de grondwaarde van de wet worden geboden?"),
    ),
    ("q_ethical", _("Is de oplossing ethisch verantwoord?")),
    ("q_legal", _("Wat zijn de juridische randvoorwaarden?")),
    ("if_nothing", _("Wat gebeurt er als we niets doen?")),
    ("effects_short", _("Effecten op korte termijn")),
    ("effects_long", _("Effecten op lange termijn")),
)
CANVAS_FIELD_NAMES = tuple(name for name, _label in CANVAS_FIELDS)


def _text(name: str, label: str) -> models.TextField:
    return models.TextField(label, blank=True)


class CanvasVersion(models.Model):
    """The maatwerkcanvas of a case. Saving makes a new version; no version is ever changed,
    so what was known at each decision can be read back and compared."""

    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="canvas_versions",
        verbose_name=_("casus"),
    )
    number = models.PositiveIntegerField(_("versie"))
    situation = _text("situation", CANVAS_FIELDS[0][1])
    goal = _text("goal", CANVAS_FIELDS[1][1])
    needs = _text("needs", CANVAS_FIELDS[2][1])
    options = _text("options", CANVAS_FIELDS[3][1])
    regular_route_fails = _text("regular_route_fails", CANVAS_FIELDS[4][1])
    chosen_solution = _text("chosen_solution", CANVAS_FIELDS[5][1])
    own_commitments = _text("own_commitments", CANVAS_FIELDS[6][1])
    q_achieve = _text("q_achieve", CANVAS_FIELDS[7][1])
    q_core_value = _text("q_core_value", CANVAS_FIELDS[8][1])
    q_ethical = _text("q_ethical", CANVAS_FIELDS[9][1])
    q_legal = _text("q_legal", CANVAS_FIELDS[10][1])
    if_nothing = _text("if_nothing", CANVAS_FIELDS[11][1])
    effects_short = _text("effects_short", CANVAS_FIELDS[12][1])
    effects_long = _text("effects_long", CANVAS_FIELDS[13][1])
    blockages = models.ManyToManyField(
        "cases.Blockage", blank=True, related_name="+", verbose_name=_("knelpunten")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("opgeslagen door"),
    )
    created_at = models.DateTimeField(_("opgeslagen op"))

    class Meta:
        verbose_name = _("versie maatwerkcanvas")
        verbose_name_plural = _("versies maatwerkcanvas")
        ordering = ["case", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["case", "number"], name="one_canvas_version_number")
        ]

    def __str__(self) -> str:
        return f"Canvas versie {self.number}"
