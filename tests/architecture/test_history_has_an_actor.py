"""Every write endpoint and every write screen leaves change history under the person who
acted — no history row without an actor, whichever channel and whatever authentication — and
every write of personal data adds its row to the access log."""

import datetime

import pytest
from auditlog.models import LogEntry
from django.urls import resolve, reverse
from django.utils import timezone

from maatwerk.accounts import policy
from maatwerk.audit.services import AccessLog
from maatwerk.cases.models import Blockage, Member
from maatwerk.fund import policy as fund_policy
from maatwerk.insights import policy as insights_policy
from maatwerk.register import policy as register_policy
from maatwerk.route import policy as route_policy
from maatwerk.route.models import (
    AgendaItem,
    Decision,
    Escalation,
    EscalationLadder,
    ExternalEscalation,
    LadderStep,
    MonitoringMoment,
    Plan,
    PortfolioConsultation,
    Proposal,
    RoundTable,
    Route,
    Task,
    TimeOut,
)
from maatwerk.route.services import record_portfolio_view
from maatwerk.vraagbaak import policy as vraagbaak_policy

from ..factories import CaseFactory, MemberFactory, OrganisationFactory, RuleFactory, UserFactory
from .test_screen_and_api_agree import _first_step_data, _post_data

pytestmark = pytest.mark.django_db

WRITES = {"POST", "PUT", "PATCH"}
# Writes that change no case file or reference list: signing in and out, the right-of-access
# search (it only reads), the admin (tested below through its own screens), and accounts.
NOT_CASE_FILE_WRITES = {
    "login",
    "logout",
    "two_factor",
    "oidc_authentication_init",
    "oidc_authentication_callback",
    "oidc_logout",
    "privacy:access_request",
    "cases:list",  # the search form POSTs, so that no name or BSN lands in a URL
    "session_keepalive",
    "admin:*",
    # Account writes: their actor and log rows are checked per kind of change in
    # tests/accounts/test_account_changes_are_recorded.py.
    "accounts:password_change",
    "accounts:decide",
    # Marking one's own reminders read changes no case file (tests/accounts).
    "accounts:notifications",
    "api:notifications-read",
}


# The route's API writes need several actors (the OMO-functionaris records the outcome, the
# teamleider decides): they are walked by test_route_api_writes_are_recorded_under_their_actor.
ROUTE_API_WRITES = {
    name
    for name, methods in route_policy.ENTRIES.items()
    if name.startswith("api:") and WRITES & set(methods)
}

# The route's screens need several actors too: walked by
# test_route_screen_writes_are_recorded_under_their_actor.
ROUTE_SCREEN_WRITES = {
    name
    for name, methods in route_policy.ENTRIES.items()
    if name.startswith("route:") and WRITES & set(methods)
}

# The fund's writes need the controller and a decided case: walked by
# tests/architecture/test_fund_writes_have_an_actor.py.
FUND_WRITES = {name for name, methods in fund_policy.ENTRIES.items() if WRITES & set(methods)}
# The vraagbaak's screens are the OMO-functionaris's and change no case file: walked by
# test_vraagbaak_screen_writes_are_recorded_under_their_actor.
VRAAGBAAK_SCREEN_WRITES = {
    name
    for name, methods in vraagbaak_policy.ENTRIES.items()
    if name.startswith("vraagbaak:") and WRITES & set(methods)
}

# The register's writes (screens and API) need a partner contact too: walked by
# test_register_screen_writes_are_recorded_under_their_actor and
# test_register_api_writes_are_recorded_under_their_actor.
REGISTER_SCREEN_WRITES = {
    name
    for name, methods in register_policy.ENTRIES.items()
    if name.startswith("register:") and WRITES & set(methods)
}
REGISTER_API_WRITES = {
    name
    for name, methods in register_policy.ENTRIES.items()
    if name.startswith("api:") and WRITES & set(methods)
}

# The findings of a report are the OMO-functionaris's: walked by
# test_insights_screen_writes_are_recorded_under_their_actor.
INSIGHTS_WRITES = {
    name for name, methods in insights_policy.ENTRIES.items() if WRITES & set(methods)
}

# The reference list of organisations holds no personal data: its writes are in the change
# history, not in the access log.
NOT_PERSONAL = {"api:organisations-list", "api:organisations-detail"}
# A report's findings and the signals to policy are about rules and periods, not about a
# household: no access-log row.
NOT_PERSONAL |= {"insights:report", "insights:signals", "insights:propose", "insights:signal"}


def _errors(response) -> str:
    form = (getattr(response, "context", None) or {}).get("form")
    return str(form.errors) if form is not None else response.content[:300].decode(errors="ignore")


class Recorder:
    """A client wrapper that notes which endpoint each write reached, and checks that a write
    of personal data added its row to the access log."""

    def __init__(self, client, reached: set) -> None:
        self.client, self.reached = client, reached

    def _send(self, method: str, path: str, data=None, **kwargs):
        view_name = resolve(path.split("?")[0]).view_name
        self.reached.add(view_name)
        logged = AccessLog.objects.count()
        response = getattr(self.client, method)(path, data, **kwargs)
        # A screen that saved redirects; one that shows the form again saved nothing.
        expected = (200, 201) if path.startswith("/api/") else (302,)
        assert response.status_code in expected, (path, response.status_code, _errors(response))
        if view_name not in NOT_PERSONAL:
            assert AccessLog.objects.count() > logged, (
                f"{method.upper()} {view_name}: geen logregel"
            )
        return response

    def post(self, path, data=None, **kwargs):
        return self._send("post", path, data, **kwargs)

    def patch(self, path, data=None, **kwargs):
        return self._send("patch", path, data, **kwargs)

    def put(self, path, data=None, **kwargs):
        return self._send("put", path, data, **kwargs)


def _prepared_case(consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent, eligible=True)
    MemberFactory(household=case.household)
    case.consent_date = case.signal_date
    case.save()
    return case


def _screens(consulent, client, reached, case, rule):
    screen = Recorder(client, reached)
    client.force_login(consulent)
    data = {
        "signal-title": "Huurschuld",
        "signal-signal_source": "kcc",
        "signal-signal_date": "2026-10-01",
        "signal-regisseur": str(consulent.pk),
        "hh-street": "Lindelaan",
        "hh-postcode": "1234 AB",
        "members-TOTAL_FORMS": "1",
        "members-INITIAL_FORMS": "0",
        "members-0-first_name": "Anna",
        "members-0-last_name": "Pieters",
        "members-0-role": "hoofdbewoner",
    }
    screen.post(reverse("cases:create"), data)
    first = _first_step_data(case) | {"hh-city": "Demodam"}
    screen.post(reverse("cases:step", args=[case.pk, "huishouden"]), first)
    from maatwerk.cases import forms

    steps = {
        "leefgebieden": (forms.DomainFormSet, "domains", {"domains-0-description": "Nieuw"}),
        "betrokkenen": (
            forms.ProfessionalFormSet,
            "professionals",
            {"professionals-0-name": "Wijkagent"},
        ),
        "knelpunten": (
            forms.BlockageFormSet,
            "blockages",
            {"blockages-0-rule": str(rule.pk), "blockages-0-explanation": "Korting"},
        ),
        "route": (forms.RegularRouteFormSet, "routes", {"case-stagnation_risk": "Uitzetting"}),
    }
    for slug, (formset_class, prefix, changes) in steps.items():
        data = _post_data(formset_class(instance=case, prefix=prefix)) | changes
        if slug == "betrokkenen":
            data |= _post_data(forms.CaseOrganisationFormSet(instance=case, prefix="organisations"))
        if slug == "route":
            data |= _post_data(forms.RouteForm(instance=case, prefix="case"))
            data["case-stagnation_risk"] = "Uitzetting"
        screen.post(reverse("cases:step", args=[case.pk, slug]), data)
    consent = _post_data(forms.InvolvementForm(instance=case, prefix="case"))
    screen.post(
        reverse("cases:step", args=[case.pk, "toestemming"]),
        consent | {"case-consent_scope": "Met de corporatie"},
    )
    screen.post(reverse("cases:note", args=[case.pk]), {"text": "Gebeld met de corporatie"})
    screen.post(
        reverse("cases:transition", args=[case.pk]),
        {"target": "in_behandeling", "reason": "Past in de route"},
    )


MICHIEL = {"first_name": "Michiel", "last_name": "Derksen", "role": "ouder"}


def _api(consulent, api_client, reached, rule):
    api_client.force_authenticate(consulent)
    api = Recorder(api_client, reached)
    household = api.post(
        "/api/v1/households/",
        {
            "street": "Eikenlaan",
            "members": [{"first_name": "Anna", "last_name": "Derksen", "role": "ouder"}],
        },
        format="json",
    ).json()
    api.patch(f"/api/v1/households/{household['id']}/", {"city": "Demodam"}, format="json")
    api.put(
        f"/api/v1/households/{household['id']}/",
        {"street": "Eikenlaan", "city": "Testdam"},
        format="json",
    )
    member = api.post(
        "/api/v1/members/",
        {
            "household": household["id"],
            "first_name": "Michiel",
            "last_name": "Derksen",
            "role": "ouder",
        },
        format="json",
    ).json()
    api.patch(f"/api/v1/members/{member['id']}/", {"first_name": "Michel"}, format="json")
    api.put(
        f"/api/v1/members/{member['id']}/",
        {
            "household": household["id"],
            "first_name": "Michiel",
            "last_name": "Derksen",
            "role": "ouder",
        },
        format="json",
    )
    body = {
        "household": household["id"],
        "title": "Onderwijs thuis",
        "signal_source": "wijkteam",
        "signal_date": "2026-10-01",
        "domains": [{"code": "onderwijs"}],
    }
    case = api.post("/api/v1/cases/", body, format="json").json()
    api.patch(f"/api/v1/cases/{case['id']}/", {"title": "Thuisonderwijs"}, format="json")
    api.put(f"/api/v1/cases/{case['id']}/", body | {"title": "Onderwijs"}, format="json")
    api.post(
        f"/api/v1/cases/{case['id']}/transition/",
        {"target": "afgesloten", "reason": "Opgelost"},
        format="json",
    )
    blockage = api.post(
        "/api/v1/blockages/",
        {"case": case["id"], "rule": rule.pk, "explanation": "Leerplicht"},
        format="json",
    ).json()
    api.patch(
        f"/api/v1/blockages/{blockage['id']}/", {"explanation": "Leerplichtwet"}, format="json"
    )
    api.put(
        f"/api/v1/blockages/{blockage['id']}/",
        {"case": case["id"], "rule": rule.pk, "explanation": "Leerplicht"},
        format="json",
    )
    organisation = api.post(
        "/api/v1/organisations/", {"name": "Woonbron", "kind": "woningcorporatie"}, format="json"
    ).json()
    api.patch(
        f"/api/v1/organisations/{organisation['id']}/", {"name": "Woonbron NV"}, format="json"
    )
    api.put(
        f"/api/v1/organisations/{organisation['id']}/",
        {"name": "Woonbron", "kind": "woningcorporatie"},
        format="json",
    )


def _written_since(mark: int):
    return LogEntry.objects.filter(pk__gt=mark)


def _mark() -> int:
    return LogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def test_no_write_leaves_history_without_an_actor(consulent, client, api_client):
    reached: set = set()
    # What the test itself sets up is not what is checked.
    rule, case = RuleFactory(), _prepared_case(consulent)
    mark = _mark()

    _screens(consulent, client, reached, case, rule)
    _api(consulent, api_client, reached, rule)

    written = _written_since(mark)
    assert written.count() > 20
    assert not written.filter(actor__isnull=True).exists()
    assert set(written.values_list("actor_id", flat=True)) == {consulent.pk}
    writes = {
        name
        for name, methods in policy.POLICY.items()
        if WRITES & set(methods)
        and name
        not in NOT_CASE_FILE_WRITES
        | ROUTE_API_WRITES
        | ROUTE_SCREEN_WRITES
        | VRAAGBAAK_SCREEN_WRITES
        | REGISTER_SCREEN_WRITES
        | REGISTER_API_WRITES
        | FUND_WRITES
        | INSIGHTS_WRITES
    }
    assert writes <= reached, f"niet doorlopen: {sorted(writes - reached)}"
    assert Member.objects.filter(first_name="Michiel").exists()
    assert Blockage.objects.filter(explanation="Leerplicht").exists()


def _route_api(api_client, reached, case, consulent, omo, wethouder):
    api = Recorder(api_client, reached)

    def as_(user):
        api_client.force_authenticate(user)
        return api

    item = (
        as_(consulent)
        .post(
            "/api/v1/agenda-items/", {"case": case.pk, "question": "Wat kan hier?"}, format="json"
        )
        .json()
    )
    as_(omo).post(
        f"/api/v1/agenda-items/{item['id']}/outcome/", {"outcome": "besluit_nu"}, format="json"
    )
    as_(consulent).post(
        "/api/v1/canvas-versions/", {"case": case.pk, "goal": "Een woning houden"}, format="json"
    )
    proposal = (
        as_(consulent)
        .post(
            "/api/v1/proposals/",
            {
                "case": case.pk,
                "solution": "Huur een half jaar doorbetalen",
                "cost_estimate": "1200.00",
                "within_frameworks": False,
                "rendement_score": 4,
                "rendement_motivation": "Goedkoper dan uitzetting",
                "legitimiteit_score": 4,
                "legitimiteit_motivation": "Uit te leggen",
                "betrokkenheid_score": 5,
                "betrokkenheid_motivation": "Zelf voorgesteld",
            },
            format="json",
        )
        .json()
    )
    as_(omo).post(
        f"/api/v1/proposals/{proposal['id']}/advice/",
        {"recommendation": "akkoord", "text": "Goed onderbouwd"},
        format="json",
    )
    as_(omo).post(
        f"/api/v1/proposals/{proposal['id']}/consult/",
        {"portefeuillehouder": wethouder.pk, "question": "Mag dit buiten de kaders?"},
        format="json",
    )
    # The portefeuillehouder answers on their own screen, not through the API.
    record_portfolio_view(wethouder, PortfolioConsultation.objects.get(), "Akkoord.")
    decision = (
        as_(omo)
        .post(
            f"/api/v1/proposals/{proposal['id']}/decide/",
            {"outcome": "afgewezen", "motivation": "Te duur"},
            format="json",
        )
        .json()
    )
    as_(omo).post(
        f"/api/v1/decisions/{decision['id']}/supersede/",
        {"outcome": "akkoord", "motivation": "Na bezwaar", "supersede_reason": "Bezwaar gegrond"},
        format="json",
    )
    _route_api_after_the_decision(as_, case, consulent, omo)
    # A move by hand, on a case whose decision was a refusal: back to the regular route.
    refused = Route.objects.get(phase="afgewezen").case
    as_(consulent).post(
        f"/api/v1/routes/{refused.pk}/move/",
        {"target": "in_behandeling", "reason": "Reguliere route alsnog"},
        format="json",
    )


def _refused_case(consulent) -> None:
    """A case whose decision was a refusal, made before the history is marked."""
    refused = _prepared_case(consulent)
    refused.status = "in_behandeling"
    refused.save()
    Route.objects.create(case=refused, phase="afgewezen")


def _ladders(case):
    """A ladder whose holder is unknown, and one with a single step outside Maatwerk."""
    municipality = case.household.team.municipality
    unknown = EscalationLadder.objects.create(
        municipality=municipality, name="Onbekend", authority_unknown=True
    )
    known = EscalationLadder.objects.create(municipality=municipality, name="Corporatie")
    LadderStep.objects.create(ladder=known, number=1, title="Woningcorporatie")
    return unknown, known


def _route_api_after_the_decision(as_, case, consulent, omo):
    today = timezone.localdate().isoformat()
    unknown, known = _ladders(case)
    escalation = (
        as_(consulent)
        .post(
            "/api/v1/escalations/",
            {"case": case.pk, "ladder": unknown.pk, "question": "Wie beslist?"},
            format="json",
        )
        .json()
    )
    as_(omo).post(
        f"/api/v1/escalations/{escalation['id']}/authority/", {"ladder": known.pk}, format="json"
    )
    as_(consulent).post(
        f"/api/v1/escalations/{escalation['id']}/answer/",
        {"number": 1, "solved": True, "answer": "Urgentie", "answered_by_name": "J. Bakker"},
        format="json",
    )
    table = (
        as_(consulent)
        .post(
            "/api/v1/round-tables/",
            {"case": case.pk, "held_on": today, "parties": "Corporatie, wijkteam"},
            format="json",
        )
        .json()
    )
    as_(consulent).post(
        f"/api/v1/round-tables/{table['id']}/outcome/", {"outcome": "Afspraken"}, format="json"
    )
    external = (
        as_(omo)
        .post(
            "/api/v1/national-escalations/",
            {"case": case.pk, "body": "let", "question": "Help"},
            format="json",
        )
        .json()
    )
    as_(omo).post(
        f"/api/v1/national-escalations/{external['id']}/answer/",
        {"answer": "Opgepakt"},
        format="json",
    )
    time_out = (
        as_(consulent)
        .post(
            "/api/v1/time-outs/",
            {
                "case": case.pk,
                "organisation": "CJIB",
                "subject": "Inning",
                "starts_on": today,
                "ends_on": today,
                "reason": "Leefgeld",
                "agreed_with": "CJIB",
            },
            format="json",
        )
        .json()
    )
    as_(consulent).post(f"/api/v1/time-outs/{time_out['id']}/end/", {}, format="json")
    plan = (
        as_(consulent)
        .post(
            "/api/v1/plans/",
            {
                "case": case.pk,
                "summary": "Huur doorbetalen",
                "goals": [{"description": "Huur", "owner": "Consulent", "due_date": today}],
            },
            format="json",
        )
        .json()
    )
    as_(consulent).post(
        f"/api/v1/plans/{plan['id']}/goals/",
        {"description": "Budget", "owner": "Bewoner", "due_date": today},
        format="json",
    )
    as_(consulent).post(
        f"/api/v1/plans/{plan['id']}/goal-status/",
        {"goal": plan["goals"][0]["id"], "status": "behaald"},
        format="json",
    )
    as_(consulent).post(f"/api/v1/plans/{plan['id']}/carry-out/", {}, format="json")
    MonitoringMoment.objects.filter(case=case).update(due_date=timezone.localdate())
    for moment in MonitoringMoment.objects.filter(case=case).order_by("number"):
        as_(consulent).post(
            f"/api/v1/monitoring-moments/{moment.pk}/answer/",
            {"domain_results": {"wonen": "beter"}, "household_judgement": "Rustiger"},
            format="json",
        )
    as_(consulent).post(
        "/api/v1/evaluations/",
        {"case": case.pk, "embedded": True, "lessons": "Vroeg de corporatie erbij"},
        format="json",
    )


def test_route_api_writes_are_recorded_under_their_actor(consulent, omo, wethouder, api_client):
    reached: set = set()
    case = _prepared_case(consulent)
    case.status = "in_behandeling"
    case.save()
    _refused_case(consulent)
    mark = _mark()

    _route_api(api_client, reached, case, consulent, omo, wethouder)

    assert ROUTE_API_WRITES <= reached, f"niet doorlopen: {sorted(ROUTE_API_WRITES - reached)}"
    written = _written_since(mark)
    assert not written.filter(actor__isnull=True).exists()
    assert set(written.values_list("actor_id", flat=True)) <= {consulent.pk, omo.pk}


def _outcome(item, outcome: str, task_owner=None) -> dict:
    prefix = f"punt-{item.pk}"
    data = {
        f"{prefix}-outcome": outcome,
        f"{prefix}-taak-TOTAL_FORMS": "1",
        f"{prefix}-taak-INITIAL_FORMS": "0",
    }
    if task_owner is not None:
        due = item.consultation.date + datetime.timedelta(days=3)
        data |= {
            f"{prefix}-taak-0-description": "Vraag de corporatie",
            f"{prefix}-taak-0-owner": str(task_owner.pk),
            f"{prefix}-taak-0-due_date": due.isoformat(),
        }
    return data


def _route_screens(client, reached, case, consulent, omo, wethouder):
    screen = Recorder(client, reached)

    def as_(user):
        client.force_login(user)
        return screen

    as_(consulent).post(
        reverse("route:put_on_agenda", args=[case.pk]), {"agenda-question": "Wat kan hier?"}
    )
    as_(consulent).post(reverse("route:canvas", args=[case.pk]), {"goal": "Een woning houden"})
    item = AgendaItem.objects.get(case=case)
    as_(omo).post(
        reverse("route:agenda_outcome", args=[item.pk]),
        _outcome(item, "bezinningsperiode", consulent),
    )
    as_(consulent).post(reverse("route:task_done", args=[Task.objects.get().pk]))
    later = AgendaItem.objects.filter(case=case).exclude(pk=item.pk).get()
    as_(omo).post(reverse("route:agenda_outcome", args=[later.pk]), _outcome(later, "besluit_nu"))
    as_(consulent).post(
        reverse("route:proposal_new", args=[case.pk]),
        {
            "solution": "Huur een half jaar doorbetalen",
            "cost_estimate": "1.200,00",
            "rendement_score": "4",
            "rendement_motivation": "Goedkoper dan uitzetting",
            "legitimiteit_score": "4",
            "legitimiteit_motivation": "Uit te leggen",
            "betrokkenheid_score": "5",
            "betrokkenheid_motivation": "Zelf voorgesteld",
        },
    )
    proposal = Proposal.objects.get(case=case)
    as_(omo).post(
        reverse("route:advice", args=[proposal.pk]),
        {"advies-recommendation": "akkoord", "advies-text": "Goed onderbouwd"},
    )
    as_(omo).post(
        reverse("route:consult", args=[proposal.pk]),
        {"voorleggen-portefeuillehouder": str(wethouder.pk), "voorleggen-question": "Akkoord?"},
    )
    consultation = PortfolioConsultation.objects.get()
    as_(wethouder).post(
        reverse("route:portfolio_view", args=[consultation.pk]),
        {f"voorlegging-{consultation.pk}-view": "Akkoord."},
    )
    as_(omo).post(
        reverse("route:decide", args=[proposal.pk]),
        {"outcome": "afgewezen", "motivation": "Te duur"},
    )
    as_(omo).post(
        reverse("route:supersede", args=[Decision.objects.get().pk]),
        {"outcome": "akkoord", "motivation": "Na bezwaar", "supersede_reason": "Bezwaar gegrond"},
    )
    _route_screens_after_the_decision(as_, case, consulent, omo)
    refused = Route.objects.get(phase="afgewezen").case
    as_(consulent).post(
        reverse("route:move", args=[refused.pk]),
        {"target": "in_behandeling", "reason": "Reguliere route alsnog"},
    )


def _route_screens_after_the_decision(as_, case, consulent, omo):
    today = timezone.localdate().isoformat()
    unknown, known = _ladders(case)
    as_(consulent).post(
        reverse("route:escalate", args=[case.pk]),
        {"ladder": str(unknown.pk), "question": "Wie beslist?"},
    )
    escalation = Escalation.objects.get(case=case)
    as_(omo).post(
        reverse("route:authority", args=[escalation.pk]),
        {f"bevoegde-{escalation.pk}-ladder": str(known.pk)},
    )
    prefix = f"stap-{escalation.pk}"
    as_(consulent).post(
        reverse("route:step_answer", args=[escalation.pk]),
        {
            f"{prefix}-number": "1",
            f"{prefix}-solved": "1",
            f"{prefix}-answer": "Urgentie",
            f"{prefix}-answered_by_name": "J. Bakker",
        },
    )
    as_(consulent).post(
        reverse("route:round_table", args=[case.pk]),
        {"held_on": today, "parties": "Corporatie, wijkteam"},
    )
    table = RoundTable.objects.get(case=case)
    as_(consulent).post(
        reverse("route:round_table_outcome", args=[table.pk]),
        {f"tafel-{table.pk}-outcome": "Afspraken"},
    )
    as_(omo).post(reverse("route:national", args=[case.pk]), {"body": "let", "question": "Help"})
    external = ExternalEscalation.objects.get(case=case)
    as_(omo).post(
        reverse("route:national_answer", args=[external.pk]),
        {f"landelijk-{external.pk}-answer": "Opgepakt"},
    )
    as_(consulent).post(
        reverse("route:time_out", args=[case.pk]),
        {
            "organisation": "CJIB",
            "subject": "Inning",
            "starts_on": today,
            "ends_on": today,
            "reason": "Leefgeld",
            "agreed_with": "CJIB",
        },
    )
    as_(consulent).post(reverse("route:time_out_end", args=[TimeOut.objects.get(case=case).pk]))
    as_(consulent).post(
        reverse("route:plan", args=[case.pk]),
        {
            "summary": "Huur doorbetalen",
            "doel-TOTAL_FORMS": "1",
            "doel-INITIAL_FORMS": "0",
            "doel-0-description": "Huur",
            "doel-0-owner": "Consulent",
            "doel-0-due_date": today,
        },
    )
    plan = Plan.objects.get(case=case)
    as_(consulent).post(
        reverse("route:goal_add", args=[plan.pk]),
        {
            "nieuw-doel-description": "Budget",
            "nieuw-doel-owner": "Bewoner",
            "nieuw-doel-due_date": today,
        },
    )
    goal = plan.goals.first()
    as_(consulent).post(
        reverse("route:goal_status", args=[goal.pk]), {f"doel-{goal.pk}-status": "behaald"}
    )
    as_(consulent).post(reverse("route:carry_out", args=[plan.pk]), {"uitgevoerd-on": today})
    MonitoringMoment.objects.filter(case=case).update(due_date=timezone.localdate())
    for moment in MonitoringMoment.objects.filter(case=case).order_by("number"):
        as_(consulent).post(
            reverse("route:monitoring", args=[moment.pk]),
            {
                "domain_financien_schulden": "beter",
                "domain_wonen": "gelijk",
                "household_judgement": "Rustiger",
                "regular_care_reduced": "ja",
                "housing_stable": "ja",
            },
        )
    as_(consulent).post(
        reverse("route:evaluate", args=[case.pk]),
        {"embedded": "1", "lessons": "Vroeg de corporatie erbij"},
    )


def test_route_screen_writes_are_recorded_under_their_actor(consulent, omo, wethouder, client):
    reached: set = set()
    case = _prepared_case(consulent)
    case.status = "in_behandeling"
    case.save()
    _refused_case(consulent)
    mark = _mark()

    _route_screens(client, reached, case, consulent, omo, wethouder)

    assert ROUTE_SCREEN_WRITES <= reached, (
        f"niet doorlopen: {sorted(ROUTE_SCREEN_WRITES - reached)}"
    )
    written = _written_since(mark)
    assert not written.filter(actor__isnull=True).exists()


def test_the_admin_writes_history_under_the_beheerder(beheerder, client):
    client.force_login(beheerder)
    organisation = OrganisationFactory(name="CAK")
    mark = _mark()

    response = client.post(
        reverse("admin:cases_organisation_change", args=[organisation.pk]),
        {"name": "Centraal Administratie Kantoor", "kind": organisation.kind},
    )

    assert response.status_code == 302
    written = _written_since(mark)
    assert written.count() == 1
    assert written.get().actor == beheerder


def test_vraagbaak_screen_writes_are_recorded_under_their_actor(consulent, omo, client):
    from maatwerk.vraagbaak.models import Precedent

    reached: set = set()
    case = _prepared_case(consulent)
    mark = _mark()
    client.force_login(omo)
    fields = {"title": "Huurschuld en werk", "summary": "Huurschuld dreigt tot ontruiming."}
    for name, path, data in (("new", reverse("vraagbaak:new"), {**fields, "publish": "0"}),):
        reached.add(f"vraagbaak:{name}")
        assert client.post(path, data).status_code == 302
    precedent = Precedent.objects.get()
    steps = (
        (
            "vraagbaak:edit",
            reverse("vraagbaak:edit", args=[precedent.pk]),
            {**fields, "lessons": "Vroeg bellen."},
        ),
        ("vraagbaak:detail", reverse("vraagbaak:detail", args=[precedent.pk]), {"publish": "1"}),
        (
            "vraagbaak:from_case",
            reverse("vraagbaak:from_case", args=[case.pk]),
            {"title": "Uit een casus", "summary": "Een huishouden met schulden."},
        ),
    )
    for name, path, data in steps:
        reached.add(name)
        assert client.post(path, data).status_code == 302, name
    assert VRAAGBAAK_SCREEN_WRITES <= reached
    written = _written_since(mark)
    assert written.filter(content_type__app_label="vraagbaak").count() >= 4
    assert not written.filter(actor__isnull=True).exists()


def test_register_screen_writes_are_recorded_under_their_actor(consulent, client):
    from maatwerk.accounts.roles import Role
    from maatwerk.register.models import Contact, PartnerRequest

    reached: set = set()
    case = _prepared_case(consulent)
    partner = UserFactory(
        role=Role.PARTNER_CONTACT, team=None, municipality=consulent.team.municipality
    )
    contact = Contact.objects.create(organisation=OrganisationFactory(), name="P", user=partner)
    mark = _mark()
    client.force_login(consulent)
    screen = Recorder(client, reached)
    screen.post(
        reverse("register:send", args=[case.pk]), {"contact": contact.pk, "question": "Vraag?"}
    )
    request = PartnerRequest.objects.get()
    client.force_login(partner)
    screen.post(reverse("register:request", args=[request.pk]), {"reference": "P-1"})
    screen.post(reverse("register:request", args=[request.pk]), {"answer": "Antwoord."})
    assert REGISTER_SCREEN_WRITES <= reached
    written = _written_since(mark)
    assert written.filter(content_type__app_label="register").count() >= 3
    assert not written.filter(actor__isnull=True).exists()


def test_insights_screen_writes_are_recorded_under_their_actor(omo, beleid, client):
    from maatwerk.insights.models import PolicySignal

    reached: set = set()
    rule = RuleFactory()
    mark = _mark()
    client.force_login(omo)
    screen = Recorder(client, reached)
    period = {"van": "2026-07-01", "tot": "2026-09-30"}
    screen.post(
        reverse("insights:report") + "?van=2026-07-01&tot=2026-09-30",
        {**period, "findings": "Lessen van het kwartaal."},
    )
    screen.post(
        reverse("insights:signals"),
        {"title": "Kostendelersnorm knelt", "owner": rule.owner_id, "rule": rule.pk},
    )
    screen.post(reverse("insights:propose") + "?van=2026-07-01&tot=2026-09-30", {"rule": rule.pk})
    signal = PolicySignal.objects.order_by("pk").first()
    client.force_login(beleid)
    screen.post(
        reverse("insights:signal", args=[signal.pk]),
        {"status": "bij_beleid", "response": "Wordt bekeken.", "response_date": "2026-10-05"},
    )
    assert INSIGHTS_WRITES <= reached
    written = _written_since(mark).filter(content_type__app_label="insights")
    assert written.count() >= 4
    assert not written.filter(actor__isnull=True).exists()
    assert set(written.values_list("actor_id", flat=True)) == {omo.pk, beleid.pk}


def test_register_api_writes_are_recorded_under_their_actor(consulent, api_client):
    from maatwerk.accounts.roles import Role
    from maatwerk.register.models import Contact

    reached: set = set()
    case = _prepared_case(consulent)
    partner = UserFactory(
        role=Role.PARTNER_CONTACT, team=None, municipality=consulent.team.municipality
    )
    contact = Contact.objects.create(organisation=OrganisationFactory(), name="P", user=partner)
    mark = _mark()
    api_client.force_authenticate(consulent)
    api = Recorder(api_client, reached)
    sent = api.post(
        "/api/v1/partner-requests/",
        {"case": case.pk, "contact": contact.pk, "question": "Vraag?"},
        format="json",
    ).json()
    api_client.force_authenticate(partner)
    api.post(f"/api/v1/partner-requests/{sent['id']}/pick-up/", {"reference": "P-1"}, format="json")
    api.post(f"/api/v1/partner-requests/{sent['id']}/answer/", {"answer": "Ja."}, format="json")
    assert REGISTER_API_WRITES <= reached
    written = _written_since(mark)
    assert written.filter(content_type__app_label="register").count() >= 3
    assert not written.filter(actor__isnull=True).exists()
