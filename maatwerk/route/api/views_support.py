"""The worklist as plain rows for the API: what is due, on which case, by when."""

from django.utils.translation import gettext as _

from ..deadlines import Worklist, case_of


def _due(key: str, item):
    return {
        "decisions": "decision_due",
        "time_outs": "ends_on",
        "unknown": None,
    }.get(key, "due_date")


def _what(key: str, item) -> str:
    if key == "steps":
        return _("%(ladder)s, stap %(n)s: %(who)s") % {
            "ladder": item.escalation.ladder.name,
            "n": item.number,
            "who": item.title,
        }
    if key == "monitoring":
        return _("monitoring na %(m)s maanden") % {"m": item.months}
    if key == "time_outs":
        return _("time-out bij %(org)s") % {"org": item.organisation}
    if key == "unknown":
        return _("%(ladder)s: bevoegde onbekend") % {"ladder": item.ladder.name}
    if key == "goals":
        return _("doel in het plan")
    return _("besluit")


def deadline_rows(work: Worklist) -> tuple[list[dict], list[int]]:
    sections, case_ids = [], set()
    for section in work.sections:
        items = []
        for item in section.items:
            case = case_of(section.key, item)
            field = _due(section.key, item)
            due = getattr(item, field) if field else None
            case_ids.add(case.pk)
            items.append(
                {
                    "id": item.pk,
                    "case": case.pk,
                    "reference": case.reference,
                    "due_date": due,
                    "overdue": due is not None and due < work.today,
                    "what": _what(section.key, item),
                }
            )
        sections.append(
            {"key": section.key, "title": str(section.title), "more": section.more, "items": items}
        )
    return sections, sorted(case_ids)
