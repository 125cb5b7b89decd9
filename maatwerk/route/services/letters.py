"""The besluitbrief: the municipality's template (or the standard one) filled in from the
decision, in plain Dutch. The text as sent is kept with the decision."""

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from maatwerk.cases import services as cases

from ..mandate import settings_for
from ..models import Decision, DecisionLetter, DecisionOutcome

__all__ = ["DEFAULT_TEMPLATE", "PLACEHOLDERS", "check_template", "issue_letter", "render_letter"]

PLACEHOLDERS = {
    "gemeente": _("naam van de gemeente"),
    "datum": _("datum van de brief"),
    "kenmerk": _("kenmerk van de casus"),
    "aanhef": _("de aanhef, met de naam van de hoofdbewoner"),
    "besluit": _("wat is besloten, in één zin"),
    "oplossing": _("de oplossing uit het voorstel"),
    "motivering": _("waarom: de motivering van het besluit"),
    "grondslag": _("de regel en grondslag als wordt afgeweken, anders leeg"),
    "voorwaarden": _("de voorwaarden, als die er zijn"),
    "vervolg": _("wat er nu gebeurt en door wie"),
    "afspraken": _("wat het huishouden zelf doet (uit het canvas)"),
    "bezwaar": _("de bezwaarclausule bij een Awb-besluit, anders leeg"),
    "ondertekening": _("wie het besluit nam"),
}

DEFAULT_TEMPLATE = """{{ gemeente }}
{{ datum }}
Ons kenmerk: {{ kenmerk }}

Onderwerp: ons besluit over uw situatie

{{ aanhef }}

U heeft met uw consulent gesproken over wat er nodig is. In deze brief leest u wat wij
hebben besloten.

Wat hebben wij besloten?
{{ besluit }}
{{ oplossing }}

Waarom?
{{ motivering }}
{{ grondslag }}
{{ voorwaarden }}

Wat gebeurt er nu?
{{ vervolg }}

Wat doet u zelf?
{{ afspraken }}
{{ bezwaar }}

Met vriendelijke groet,

{{ ondertekening }}
"""

_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


def check_template(text: str) -> None:
    """Beheer may write any text, with only the known placeholders."""
    unknown = sorted({name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS})
    if unknown:
        raise ValidationError(
            _("Onbekende velden in het sjabloon: %(names)s. Bekende velden: %(known)s.")
            % {"names": ", ".join(unknown), "known": ", ".join(PLACEHOLDERS)}
        )
    if "{{ besluit }}" not in text.replace("{{besluit}}", "{{ besluit }}"):
        raise ValidationError(_("Het sjabloon moet {{ besluit }} bevatten."))


_SENTENCE = {
    DecisionOutcome.AKKOORD: _("Wij gaan akkoord met de oplossing die voor u is voorgesteld."),
    DecisionOutcome.VOORWAARDEN: _(
        "Wij gaan akkoord met de oplossing die voor u is voorgesteld, onder voorwaarden."
    ),
    DecisionOutcome.AFGEWEZEN: _("Wij gaan niet akkoord met de oplossing die is voorgesteld."),
    DecisionOutcome.AANGEHOUDEN: _(
        "Wij nemen nog geen besluit. Wij hebben eerst meer informatie nodig."
    ),
    DecisionOutcome.INGETROKKEN: _("Wij trekken ons eerdere besluit in."),
}


def _values(decision: Decision) -> dict[str, str]:
    proposal = decision.proposal
    case = proposal.case
    municipality = case.household.team.municipality
    settings = settings_for(municipality)
    head = case.household.members.order_by("pk").first()
    canvas = proposal.canvas_version
    approved = decision.approves
    grondslag = ""
    if proposal.deviates:
        grondslag = _(
            "Wij wijken hiervoor af van de regel ‘%(rule)s’. Dat mag op grond van de "
            "%(ground)s; die bevoegdheid ligt bij %(holder)s."
        ) % {
            "rule": proposal.deviation_rule,
            "ground": proposal.get_deviation_ground_display().lower(),
            "holder": proposal.deviation_power_holder,
        }
    conditions = ""
    if decision.conditions:
        conditions = _("Onze voorwaarden: %(c)s") % {"c": decision.conditions}
    next_steps = (
        _("Uw consulent %(name)s neemt contact met u op om de oplossing samen uit te voeren.")
        if approved
        else _("Uw consulent %(name)s bespreekt met u wat er nu mogelijk is.")
    ) % {"name": case.regisseur.get_full_name()}
    objection = ""
    if decision.awb_besluit:
        objection = _(
            "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van "
            "deze brief bezwaar maken. Stuur uw bezwaar aan %(body)s van %(municipality)s. "
            "Schrijf erin waarom u het niet eens bent, en zet uw naam, adres, de datum en uw "
            "handtekening eronder."
        ) % {"body": settings.objection_body, "municipality": municipality.name}
    signer = (
        _("Het college van burgemeester en wethouders, namens deze: %(name)s")
        if decision.level == "college"
        else "%(name)s"
    ) % {"name": decision.decided_by.get_full_name() or decision.decided_by.username}
    return {
        "gemeente": _("Gemeente %(name)s") % {"name": municipality.name},
        "datum": date_format(timezone.localdate(), "j F Y"),
        "kenmerk": case.reference,
        "aanhef": _("Beste %(name)s,") % {"name": head.first_name} if head else _("Beste,"),
        "besluit": str(_SENTENCE[decision.outcome]),
        "oplossing": proposal.solution if approved else "",
        "motivering": decision.motivation,
        "grondslag": grondslag if approved else "",
        "voorwaarden": conditions,
        "vervolg": next_steps,
        "afspraken": (canvas.own_commitments if canvas else "")
        or _("Daarover maakt uw consulent afspraken met u."),
        "bezwaar": objection,
        "ondertekening": signer,
    }


def render_letter(decision: Decision) -> str:
    settings = settings_for(decision.proposal.case.household.team.municipality)
    template = settings.letter_template or DEFAULT_TEMPLATE
    values = _values(decision)
    text = _PLACEHOLDER.sub(lambda match: values.get(match.group(1), ""), template)
    # A placeholder left empty leaves no run of blank lines.
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def issue_letter(user, decision: Decision) -> DecisionLetter:
    """Make the letter of a decision once, and keep it; asked again, the kept one is given."""
    if not user.has_perm("cases.change_case", decision.proposal.case):
        raise PermissionDenied(_("U mag dit dossier niet wijzigen."))
    existing = DecisionLetter.objects.filter(decision=decision).first()
    if existing is not None:
        return existing
    with transaction.atomic(), cases.editing_case(user, decision.proposal.case, what=_("Brief")):
        letter, created = DecisionLetter.objects.get_or_create(
            decision=decision,
            defaults={"text": render_letter(decision), "made_by": user, "made_at": timezone.now()},
        )
        if created:
            cases.add_timeline_entry(
                user, decision.proposal.case, "route_decision", _("Besluitbrief opgesteld.")
            )
    return letter
