"""The route's part of a request for access (AVG art. 15): per case file of the person, what
the route holds about it — its phases, the consultations, the canvas versions, the proposals
with their advice, consultations of the portefeuillehouder, decisions and letters. Declared
in `personal_data.py`; `maatwerk.privacy` builds the document."""

from maatwerk.privacy.formatting import person, when

from .models import CANVAS_FIELDS, AgendaItem, CanvasVersion, PhaseChange, Proposal, Task
from .subject_export_aftercare import aftercare_sections


def _phases(case) -> list[dict]:
    return [
        {
            "van": change.get_source_display(),
            "naar": change.get_target_display(),
            "reden": change.reason,
            "door": person(change.changed_by),
            "op": when(change.changed_at),
        }
        for change in PhaseChange.objects.filter(case=case).select_related("changed_by")
    ]


def _agenda(case) -> list[dict]:
    items = AgendaItem.objects.filter(case=case).select_related(
        "consultation", "added_by", "outcome_by"
    )
    return [
        {
            "overleg": when(item.consultation.date),
            "vraag": item.question,
            "geagendeerd_door": person(item.added_by),
            "uitkomst": item.get_outcome_display(),
            "toelichting": item.outcome_notes,
            "uitkomst_door": person(item.outcome_by) if item.outcome_by else None,
        }
        for item in items
    ]


def _tasks(case) -> list[dict]:
    return [
        {
            "taak": task.description,
            "eigenaar": person(task.owner),
            "uiterlijk": when(task.due_date),
            "afgerond_op": when(task.done_at),
        }
        for task in Task.objects.filter(agenda_item__case=case).select_related("owner")
    ]


def _canvas(case) -> list[dict]:
    versions = (
        CanvasVersion.objects.filter(case=case)
        .select_related("created_by")
        .prefetch_related("blockages__rule")
        .order_by("number")
    )
    return [
        {
            "versie": version.number,
            **{str(label): getattr(version, name) for name, label in CANVAS_FIELDS},
            "knelpunten": [blockage.rule.name for blockage in version.blockages.all()],
            "opgeslagen_door": person(version.created_by),
            "opgeslagen_op": when(version.created_at),
        }
        for version in versions
    ]


def _decision(decision) -> dict:
    letter = getattr(decision, "letter", None)  # a reverse one-to-one: None when there is none
    return {
        "besluit": decision.get_outcome_display(),
        "motivering": decision.motivation,
        "voorwaarden": decision.conditions,
        "mandaatniveau": decision.get_level_display(),
        "reden_van_vervangen": decision.supersede_reason,
        "vastgelegd_door": person(decision.decided_by),
        "vastgelegd_op": when(decision.decided_at),
        "brief": letter.text if letter else None,
    }


def _proposals(case) -> list[dict]:
    proposals = (
        Proposal.objects.filter(case=case)
        .select_related("proposed_by")
        .prefetch_related(
            "advices__given_by",
            "portfolio_consultations__portefeuillehouder",
            "decisions__decided_by",
            "decisions__letter",
        )
        .order_by("proposed_at", "pk")
    )
    return [
        {
            "oplossing": proposal.solution,
            "geraamde_kosten": str(proposal.cost_estimate),
            "waardendriehoek": {
                name: {
                    "score": getattr(proposal, f"{name}_score"),
                    "motivering": getattr(proposal, f"{name}_motivation"),
                }
                for name in ("rendement", "legitimiteit", "betrokkenheid")
            },
            "afwijking": {
                "regel": proposal.deviation_rule,
                "grondslag": proposal.get_deviation_ground_display(),
                "bevoegd": proposal.deviation_power_holder,
                "motivering": proposal.deviation_motivation,
            }
            if proposal.deviates
            else None,
            "ingediend_door": person(proposal.proposed_by),
            "ingediend_op": when(proposal.proposed_at),
            "adviezen": [
                {
                    "advies": advice.get_recommendation_display(),
                    "toelichting": advice.text,
                    "door": person(advice.given_by),
                }
                for advice in proposal.advices.all()
            ],
            "consultaties": [
                {
                    "portefeuillehouder": person(consultation.portefeuillehouder),
                    "vraag": consultation.question,
                    "zienswijze": consultation.view,
                }
                for consultation in proposal.portfolio_consultations.all()
            ],
            "besluiten": [_decision(decision) for decision in proposal.decisions.all()],
        }
        for proposal in proposals
    ]


def export_sections(subject, cases: list) -> dict:
    """One entry per case file, for the cases the route holds anything of."""
    entries = []
    for case in cases:
        entry = {
            "casus": case.reference,
            "fasen": _phases(case),
            "casusoverleg": _agenda(case),
            "taken": _tasks(case),
            "canvas": _canvas(case),
            "voorstellen": _proposals(case),
            **aftercare_sections(case),
        }
        if any(value for key, value in entry.items() if key != "casus"):
            entries.append(entry)
    return {"route": entries}
