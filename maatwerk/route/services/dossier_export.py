"""The dossier sent to a national body (Landelijk Maatwerkloket, LET): only what they need to
help — the knelpunten, the regular routes tried, the decisions and the escalation so far. With
the household's consent it names the members by first name and year of birth; without it,
nothing that identifies them. Never the BSN, the address or the contact details."""

import datetime

from django.utils import timezone

from maatwerk.cases.domains import LifeDomain

from ..models import APPROVING, Escalation, NationalBody, Proposal, TimeOut

__all__ = ["build_export"]

FORMAT_VERSION = 1


def _household(case, personal: bool) -> dict:
    members = list(case.household.members.all())
    this_year = timezone.localdate().year
    ages = [this_year - m.date_of_birth.year for m in members if m.date_of_birth is not None]
    summary = {
        "aantal_leden": len(members),
        "aantal_minderjarigen": sum(1 for age in ages if age < 18),
    }
    if personal:
        summary["leden"] = [
            {
                "voornaam": m.first_name,
                "geboortejaar": m.date_of_birth.year if m.date_of_birth else None,
                "rol": m.get_role_display(),
            }
            for m in members
        ]
    return summary


def _decisions(case) -> list[dict]:
    rows = []
    for proposal in Proposal.objects.filter(case=case).prefetch_related("decisions"):
        for decision in proposal.decisions.all():
            rows.append(
                {
                    "datum": timezone.localtime(decision.decided_at).date().isoformat(),
                    "besluit": decision.get_outcome_display(),
                    "mandaat": decision.get_level_display(),
                    "goedgekeurd": decision.outcome in APPROVING,
                }
            )
    return rows


def _escalations(case) -> list[dict]:
    return [
        {
            "ladder": escalation.ladder.name,
            "stand": escalation.get_status_display(),
            "stappen": [
                {
                    "stap": step.number,
                    "wie": step.title,
                    "gevraagd": timezone.localtime(step.asked_at).date().isoformat(),
                    "uitkomst": step.get_result_display() if step.result else "open",
                }
                for step in escalation.steps.all()
            ],
        }
        for escalation in Escalation.objects.filter(case=case)
        .select_related("ladder")
        .prefetch_related("steps")
    ]


def build_export(
    case, *, body: str, question: str, sent_at: datetime.datetime, personal: bool
) -> dict:
    blockages = case.blockages.select_related("rule", "owner")
    export = {
        "formaat": FORMAT_VERSION,
        "aan": str(NationalBody(body).label),
        "verzonden_op": timezone.localtime(sent_at).isoformat(timespec="minutes"),
        "gemeente": case.household.team.municipality.name,
        "kenmerk": case.reference,
        "vraag": question,
        "toestemming": {
            "gegeven": personal,
            "datum": case.consent_date.isoformat() if personal and case.consent_date else None,
            "reikwijdte": case.consent_scope if personal else "",
        },
        "huishouden": _household(case, personal),
        "leefgebieden": [str(LifeDomain(d.code).label) for d in case.domains.all()],
        "knelpunten": [
            {
                "regel": blockage.rule.name,
                "eigenaar": blockage.owner.name if blockage.owner_id else "",
                **({"toelichting": blockage.explanation} if personal else {}),
            }
            for blockage in blockages
        ],
        "aantal_reguliere_routes_geprobeerd": len(case.regular_routes.all()),
        "besluiten": _decisions(case),
        "escalaties": _escalations(case),
        "time_outs": [
            {
                "organisatie": t.organisation,
                "wat": t.subject,
                "van": t.starts_on.isoformat(),
                "tot": t.ends_on.isoformat(),
            }
            for t in TimeOut.objects.filter(case=case)
        ],
    }
    if personal:
        export["casus"] = {"omschrijving": case.title}
        export["reguliere_routes"] = [
            {"geprobeerd": r.description, "resultaat": r.result} for r in case.regular_routes.all()
        ]
    return export
