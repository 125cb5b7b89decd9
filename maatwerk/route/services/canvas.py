"""The maatwerkcanvas: every save is a new version; versions are compared field by field."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from maatwerk.cases import services as cases

from ..models import CANVAS_FIELD_NAMES, CANVAS_FIELDS, CanvasVersion

__all__ = ["FieldComparison", "compare_versions", "latest_canvas", "save_canvas"]

MAX_FIELD_LENGTH = 10_000


def latest_canvas(case) -> CanvasVersion | None:
    return case.canvas_versions.order_by("-number").first()


def save_canvas(user, case, fields: dict, blockage_ids: list[int] | None = None) -> CanvasVersion:
    """Save the canvas as a new version. Fields not given keep the previous version's text; a
    save that changes nothing makes no new version."""
    unknown = set(fields) - set(CANVAS_FIELD_NAMES)
    if unknown:
        raise ValidationError(_("Onbekende velden: %(names)s") % {"names": ", ".join(unknown)})
    too_long = [name for name, text in fields.items() if len(text or "") > MAX_FIELD_LENGTH]
    if too_long:
        raise ValidationError(
            dict.fromkeys(
                too_long,
                _("Hoogstens %(max)s tekens per veld.") % {"max": f"{MAX_FIELD_LENGTH:,}"},
            )
        )
    with cases.editing_case(user, case, what=_("Maatwerkcanvas")) as locked:
        previous = latest_canvas(locked)
        values = {
            name: (fields[name] if name in fields else getattr(previous, name, "")) or ""
            for name in CANVAS_FIELD_NAMES
        }
        values = {name: text.strip() for name, text in values.items()}
        blockages = _blockages(locked, blockage_ids, previous)
        if previous is not None and _same(previous, values, blockages):
            return previous
        number = (locked.canvas_versions.aggregate(last=Max("number"))["last"] or 0) + 1
        version = CanvasVersion.objects.create(
            case=locked, number=number, created_by=user, created_at=timezone.now(), **values
        )
        version.blockages.set(blockages)
        cases.add_timeline_entry(
            user,
            locked,
            "route_canvas",
            _("Maatwerkcanvas versie %(n)s opgeslagen.") % {"n": number},
        )
    return version


def _blockages(case, ids: list[int] | None, previous: CanvasVersion | None) -> list[int]:
    if ids is None:
        return sorted(previous.blockages.values_list("pk", flat=True)) if previous else []
    own = set(case.blockages.values_list("pk", flat=True))
    if not set(ids) <= own:
        raise ValidationError({"blockages": _("Kies alleen knelpunten van deze casus.")})
    return sorted(set(ids))


def _same(previous: CanvasVersion, values: dict, blockages: list[int]) -> bool:
    same_text = all(getattr(previous, name) == text for name, text in values.items())
    return same_text and sorted(previous.blockages.values_list("pk", flat=True)) == blockages


@dataclass(frozen=True)
class FieldComparison:
    name: str
    label: str
    old: str
    new: str

    @property
    def changed(self) -> bool:
        return self.old != self.new


def compare_versions(old: CanvasVersion, new: CanvasVersion) -> list[FieldComparison]:
    """Side by side, field by field, the blockages included (by their rule's name)."""
    rows = [
        FieldComparison(name, str(label), getattr(old, name), getattr(new, name))
        for name, label in CANVAS_FIELDS
    ]
    rows.append(
        FieldComparison(
            "blockages",
            _("Knelpunten"),
            _blockage_names(old),
            _blockage_names(new),
        )
    )
    return rows


def _blockage_names(version: CanvasVersion) -> str:
    return "; ".join(b.rule.name for b in version.blockages.select_related("rule").order_by("pk"))
