"""The worklist as plain rows for the API: what is due, on which case, by when."""

from ..deadlines import Worklist


def _case(key: str, item):
    if key == "steps":
        return item.escalation.case
    if key == "goals":
        return item.plan.case
    return item.case


def _due(key: str, item):
    return {
        "decisions": "decision_due",
        "time_outs": "ends_on",
        "unknown": None,
    }.get(key, "due_date")


def _what(key: str, item) -> str:
    if key == "steps":
        return f"{item.escalation.ladder.name}, stap {item.number}: {item.title}"
    if key == "monitoring":
        return f"monitoring na {item.months} maanden"
    if key == "time_outs":
        return f"time-out bij {item.organisation}"
    if key == "unknown":
        return f"{item.ladder.name}: bevoegde onbekend"
    if key == "goals":
        return "doel in het plan"
    return "besluit"


def deadline_rows(work: Worklist) -> tuple[list[dict], list[int]]:
    sections, case_ids = [], set()
    for section in work.sections:
        items = []
        for item in section.items:
            case = _case(section.key, item)
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
