"""The route's part of a request for access after the decision: escalations with their steps,
overlegtafels, national escalations (with what was sent), time-outs, the plan, monitoring and
the evaluation. Joined into the route's export by `subject_export.export_sections`."""

from maatwerk.privacy.formatting import person, when

from .models import (
    Escalation,
    Evaluation,
    ExternalEscalation,
    MonitoringMoment,
    Plan,
    RoundTable,
    TimeOut,
)


def _escalations(case) -> list[dict]:
    found = (
        Escalation.objects.filter(case=case)
        .select_related("ladder", "started_by")
        .prefetch_related("steps__answered_by")
    )
    return [
        {
            "ladder": e.ladder.name,
            "vraag": e.question,
            "stand": e.get_status_display(),
            "door": person(e.started_by),
            "op": when(e.started_at),
            "stappen": [
                {
                    "stap": s.number,
                    "wie": s.title,
                    "antwoord_uiterlijk": when(s.due_date),
                    "antwoord": s.answer,
                    "antwoord_van": s.answered_by_name,
                    "vastgelegd_door": person(s.answered_by) if s.answered_by else None,
                    "uitkomst": s.get_result_display(),
                }
                for s in e.steps.all()
            ],
        }
        for e in found
    ]


def _round_tables(case) -> list[dict]:
    return [
        {
            "datum": when(t.held_on),
            "partijen": t.parties,
            "uitkomst": t.outcome,
            "door": person(t.recorded_by),
        }
        for t in RoundTable.objects.filter(case=case).select_related("recorded_by")
    ]


def _national(case) -> list[dict]:
    return [
        {
            "aan": x.get_body_display(),
            "vraag": x.question,
            "met_persoonsgegevens": x.with_personal_data,
            "verzonden_dossier": x.export,
            "verzonden_door": person(x.sent_by),
            "verzonden_op": when(x.sent_at),
            "antwoord": x.answer,
        }
        for x in ExternalEscalation.objects.filter(case=case).select_related("sent_by")
    ]


def _time_outs(case) -> list[dict]:
    return [
        {
            "organisatie": t.organisation,
            "wat": t.subject,
            "van": when(t.starts_on),
            "tot": when(t.ends_on),
            "reden": t.reason,
            "afgesproken_met": t.agreed_with,
            "eerder_beeindigd_op": when(t.ended_early_on),
            "door": person(t.registered_by),
        }
        for t in TimeOut.objects.filter(case=case).select_related("registered_by")
    ]


def _plan(case) -> dict | None:
    plan = (
        Plan.objects.filter(case=case)
        .select_related("created_by")
        .prefetch_related("goals", "commitments")
        .first()
    )
    if plan is None:
        return None
    return {
        "samenvatting": plan.summary,
        "opgesteld_door": person(plan.created_by),
        "opgesteld_op": when(plan.created_at),
        "uitgevoerd_op": when(plan.carried_out_at),
        "doelen": [
            {
                "doel": g.description,
                "wie": g.owner,
                "uiterlijk": when(g.due_date),
                "stand": g.get_status_display(),
            }
            for g in plan.goals.all()
        ],
        "afspraken": [c.description for c in plan.commitments.all()],
    }


def _monitoring(case) -> list[dict]:
    moments = MonitoringMoment.objects.filter(case=case).prefetch_related("domain_results")
    return [
        {
            "na_maanden": m.months,
            "gepland_op": when(m.due_date),
            "beantwoord_op": when(m.answered_at),
            "per_leefgebied": {
                r.get_domain_display(): r.get_change_display() for r in m.domain_results.all()
            },
            "oordeel_huishouden": m.household_judgement,
            "toelichting": m.notes,
        }
        for m in moments
    ]


def _evaluation(case) -> dict | None:
    evaluation = Evaluation.objects.filter(case=case).select_related("evaluated_by").first()
    if evaluation is None:
        return None
    return {
        "geborgd": evaluation.embedded,
        "lessen": evaluation.lessons,
        "door": person(evaluation.evaluated_by),
        "op": when(evaluation.evaluated_at),
    }


def aftercare_sections(case) -> dict:
    return {
        "escalaties": _escalations(case),
        "overlegtafels": _round_tables(case),
        "landelijke_escalaties": _national(case),
        "time_outs": _time_outs(case),
        "plan": _plan(case),
        "monitoring": _monitoring(case),
        "evaluatie": _evaluation(case),
    }
