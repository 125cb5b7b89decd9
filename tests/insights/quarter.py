"""A hand-counted quarter (Q3 2026) of 33 cases in two teams, taken through the route's and the
fund's own services and then dated into the quarter, the way the demo loader dates its stories.

What it holds, counted by hand (the figures the report must show):
- 33 cases signalled on Wednesday 1 July 2026: team Noord 21, team Zuid 12; by source
  wijkteam 21, kcc 9, huisarts 3; life domains financiën 11, wonen 11, inkomen 20, veiligheid 2.
- 11 first decisions, all by the teamleider within frameworks: 10 akkoord, 1 afgewezen;
  7 on Wednesday 15 July (10 working days after the signal), 4 on Wednesday 12 August (30).
  Median 10, 90th percentile (nearest rank, the 10th of 11) 30.
- 3 of the approved cases walked through everything after the decision (escalation solved,
  LET answered, plan carried out, two monitoring moments with financiën beter, evaluated
  and closed), all on Monday 14 September; 2 other cases closed without treatment: 5 closed.
- Blockage "kostendelersnorm" in the 11 decided cases and 1 other (12 cases; EUR 3.000 per
  decided case = EUR 33.000), "Woningtoewijzing" in 3 cases without a proposal.
- The fund: EUR 100.000 allocated on 30 June; 2 approvals reserve EUR 3.000 each in July.
- 6 requests to a partner sent in August: 5 answered within the 2 working days, 1 late."""

import datetime

from django.utils import timezone

from maatwerk.cases import services as cases
from maatwerk.cases.domains import LifeDomain, SignalSource
from maatwerk.cases.models import CaseStatusChange
from maatwerk.cases.workflow import CaseStatus
from maatwerk.fund.models import LedgerEntry
from maatwerk.register.models import Contact, PartnerRequest
from maatwerk.route import services as route
from maatwerk.route.models import (
    Decision,
    Escalation,
    ExternalEscalation,
    MonitoringMoment,
    Plan,
)

from ..factories import (
    BlockageFactory,
    CaseFactory,
    HouseholdFactory,
    OrganisationFactory,
    RuleFactory,
)
from ..fund.conftest import fund_fields, make_fund
from ..route.aftercare_walk import walk_after_the_decision
from ..route.test_flow import on_the_table

START = datetime.date(2026, 7, 1)
END = datetime.date(2026, 9, 30)


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def build_quarter(*, consulent, consulent_zuid, teamleider, omo, controller):
    fund = make_fund(controller, budget="100000.00")
    june = datetime.date(2026, 6, 30)
    LedgerEntry.objects.filter(fund=fund).update(booked_at=at(june), value_date=june)
    kostendelers = RuleFactory()
    woning = RuleFactory(
        name="Woningtoewijzing – hardheidsclausule",
        law="Huisvestingsverordening",
        owner=OrganisationFactory(name="Woningcorporatie Testdam"),
    )

    def new_case(user, source, domains, *, eligible=False, status=CaseStatus.IN_BEHANDELING):
        case = CaseFactory(
            household=HouseholdFactory(team=user.team),
            regisseur=user,
            signal_source=source,
            signal_date=START,
            status=status,
            eligible=eligible,
            domains=domains,
        )
        return case

    decided = []
    for index in range(11):
        case = new_case(consulent, SignalSource.WIJKTEAM, None, eligible=True)
        BlockageFactory(case=case, rule=kostendelers)
        fields = fund_fields(fund) if index < 2 else {}
        proposal = on_the_table(consulent, omo, case, **fields)
        outcome = "afgewezen" if index == 10 else "akkoord"
        route.decide(teamleider, proposal, outcome=outcome, motivation="Past in de kaders.")
        day = datetime.date(2026, 7, 15) if index < 7 else datetime.date(2026, 8, 12)
        Decision.objects.filter(proposal__case=case).update(decided_at=at(day))
        LedgerEntry.objects.filter(case=case).update(booked_at=at(day), value_date=day)
        decided.append(case)

    # The rest of team Noord: 10 more from the wijkteam (21 in all), of which 1 blocked.
    others = [new_case(consulent, SignalSource.WIJKTEAM, [LifeDomain.INKOMEN]) for _ in range(10)]
    BlockageFactory(case=others[0], rule=kostendelers)
    # Team Zuid: 9 from the KCC (2 of them about safety) and 3 from a huisarts.
    zuid = [new_case(consulent_zuid, SignalSource.KCC, [LifeDomain.INKOMEN]) for _ in range(7)] + [
        new_case(consulent_zuid, SignalSource.KCC, [LifeDomain.VEILIGHEID]) for _ in range(2)
    ]
    zuid += [
        new_case(
            consulent_zuid, SignalSource.HUISARTS, [LifeDomain.INKOMEN], status=CaseStatus.AANGEMELD
        )
        for _ in range(3)
    ]
    for case in zuid[:3]:
        BlockageFactory(case=case, rule=woning)

    for case in decided[:3]:
        walk_after_the_decision(case, consulent=consulent, omo=omo, tag=f"Kanarie{case.pk}")
    september = at(datetime.date(2026, 9, 14))
    walked = [case.pk for case in decided[:3]]
    Escalation.objects.filter(case_id__in=walked).update(started_at=september)
    ExternalEscalation.objects.filter(case_id__in=walked).update(
        sent_at=september, answered_at=september
    )
    Plan.objects.filter(case_id__in=walked).update(carried_out_at=september)
    MonitoringMoment.objects.filter(case_id__in=walked).update(answered_at=september)

    for case in zuid[-2:]:
        cases.transition_case(consulent_zuid, case, "afgesloten", "Past niet in maatwerk.")
    CaseStatusChange.objects.filter(target=CaseStatus.AFGESLOTEN).update(changed_at=september)

    contact = Contact.objects.create(
        organisation=woning.owner, name="Contact Woningcorporatie", email="c@example.org"
    )
    for number in range(6):
        sent = at(datetime.date(2026, 8, 3))  # a Monday: due Wednesday 5 August
        answered = at(datetime.date(2026, 8, 10 if number == 5 else 4))
        PartnerRequest.objects.create(
            case=others[number],
            contact=contact,
            question="Kan de huurachterstand bevroren worden?",
            sent_by=consulent,
            sent_at=sent,
            due_date=datetime.date(2026, 8, 5),
            answer="Ja",
            answered_at=answered,
            status=PartnerRequest.Status.BEANTWOORD,
        )
    return {"fund": fund, "decided": decided}
