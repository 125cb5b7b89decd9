"""Each case-file operation, once through the screen and once through the API, on two files
that are alike: the same rows, the same change history (under the acting user) and the same
timeline. The screens and the API call the same service, so they cannot disagree."""

import datetime

import pytest
from django.urls import reverse

from maatwerk.audit.services import case_change_history
from maatwerk.cases.forms import (
    BlockageFormSet,
    DomainFormSet,
    HouseholdForm,
    InvolvementForm,
    MemberFormSet,
    RegularRouteFormSet,
    RouteForm,
    SignalForm,
)
from maatwerk.cases.models import Blockage, CaseDomain, Member

from ..factories import CaseFactory, HouseholdFactory, MemberFactory, RuleFactory

pytestmark = pytest.mark.django_db

_IGNORED = {"id", "case", "household", "bsn_encrypted", "bsn_hash"}


def _alike_case(consulent):
    household = HouseholdFactory(team=consulent.team, house_number="7")
    MemberFactory(household=household, last_name="Pieters")
    return CaseFactory(
        household=household,
        regisseur=consulent,
        eligible=True,
        consent_date=datetime.date(2026, 10, 1),
    )


def _post_data(form) -> dict:
    """What a browser would send for an unchanged form or formset."""
    if hasattr(form, "management_form"):
        data = _post_data(form.management_form)
        for item in form.forms:
            data |= _post_data(item)
        return data
    data = {}
    for name in form.fields:
        value = form[name].value()
        key = form.add_prefix(name)
        if value is None:
            data[key] = ""
        elif value is False:
            continue  # an unticked box is not sent
        elif value is True:
            data[key] = "on"
        elif isinstance(value, list | tuple):
            data[key] = [str(item) for item in value]
        else:
            data[key] = str(value)
    return data


def _state(case, since: int):
    history = [
        (
            entry.content_type.model,
            entry.action,
            {k: v for k, v in entry.changes_dict.items() if k not in _IGNORED},
            entry.actor_id,
        )
        for entry in case_change_history(case).filter(pk__gt=since).order_by("pk")
    ]
    timeline = list(
        case.timeline.filter(kind="updated").order_by("pk").values_list("text", "actor_id")
    )
    return history, timeline


def _mark() -> int:
    from auditlog.models import LogEntry

    return LogEntry.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _both(consulent, client, api_client, screen, api):
    """Run `screen(case)` for one file and `api(case)` for its twin; return both states."""
    client.force_login(consulent)
    api_client.force_authenticate(consulent)
    states = []
    for channel in (screen, api):
        case = _alike_case(consulent)
        since = _mark()
        response = channel(case)
        assert response.status_code in (200, 201, 302), getattr(response, "content", b"")[:500]
        case.refresh_from_db()
        states.append((case, _state(case, since)))
    return states


def _step(client, case, slug, data):
    return client.post(reverse("cases:step", args=[case.pk, slug]), data)


def test_life_domains_are_set_alike(consulent, client, api_client):
    def screen(case):
        data = _post_data(DomainFormSet(instance=case, prefix="domains"))
        data["domains-0-DELETE"] = "on"  # financien_schulden goes
        data["domains-1-description"] = "Dakloos over twee weken"  # wonen changes
        data["domains-2-code"] = "veiligheid"  # a new one
        return _step(client, case, "leefgebieden", data)

    def api(case):
        domains = [
            {"code": "wonen", "description": "Dakloos over twee weken"},
            {"code": "veiligheid", "description": ""},
        ]
        return api_client.patch(f"/api/v1/cases/{case.pk}/", {"domains": domains}, format="json")

    (first, by_screen), (second, by_api) = _both(consulent, client, api_client, screen, api)

    def rows(case):
        return sorted(CaseDomain.objects.filter(case=case).values_list("code", "description"))

    assert rows(first) == rows(second)
    assert by_screen == by_api
    assert by_screen[1] == [("Leefgebieden bijgewerkt.", consulent.pk)]


def test_a_blockage_is_added_alike(consulent, client, api_client):
    rule = RuleFactory()

    def screen(case):
        data = _post_data(BlockageFormSet(instance=case, prefix="blockages"))
        data |= {"blockages-0-rule": str(rule.pk), "blockages-0-explanation": "Korting"}
        return _step(client, case, "knelpunten", data)

    def api(case):
        body = {"case": case.pk, "rule": rule.pk, "explanation": "Korting"}
        return api_client.post("/api/v1/blockages/", body, format="json")

    (first, by_screen), (second, by_api) = _both(consulent, client, api_client, screen, api)

    def rows(case):
        return list(Blockage.objects.filter(case=case).values_list("rule", "owner", "explanation"))

    assert rows(first) == rows(second) == [(rule.pk, rule.owner_id, "Korting")]
    assert by_screen == by_api
    assert by_screen[1] == [("Knelpunten bijgewerkt.", consulent.pk)]


def test_consent_and_involvement_are_changed_alike(consulent, client, api_client):
    given = datetime.date(2026, 11, 2)
    fields = {
        "household_involved": False,
        "household_not_involved_reason": "Moeder is opgenomen",
        "consent_date": given.isoformat(),
        "consent_scope": "Met de woningcorporatie",
    }

    def screen(case):
        data = _post_data(InvolvementForm(instance=case, prefix="case"))
        data.pop("case-household_involved", None)  # an unticked box is not sent
        data |= {f"case-{k}": v for k, v in fields.items() if k != "household_involved"}
        return _step(client, case, "toestemming", data)

    def api(case):
        return api_client.patch(f"/api/v1/cases/{case.pk}/", fields, format="json")

    (_first, by_screen), (_second, by_api) = _both(consulent, client, api_client, screen, api)

    assert by_screen == by_api
    assert by_screen[1] == [("Betrokkenheid en toestemming bijgewerkt.", consulent.pk)]


def test_the_risk_of_doing_nothing_is_changed_alike(consulent, client, api_client):
    risk = "Zonder woning valt het gezin uit elkaar."

    def screen(case):
        data = _post_data(RouteForm(instance=case, prefix="case"))
        data |= _post_data(RegularRouteFormSet(instance=case, prefix="routes"))
        data["case-stagnation_risk"] = risk
        return _step(client, case, "route", data)

    def api(case):
        return api_client.patch(
            f"/api/v1/cases/{case.pk}/", {"stagnation_risk": risk}, format="json"
        )

    (_first, by_screen), (_second, by_api) = _both(consulent, client, api_client, screen, api)

    assert by_screen == by_api
    assert by_screen[1] == [("Reguliere route en risico bijgewerkt.", consulent.pk)]


def _first_step_data(case) -> dict:
    household = case.household
    return (
        _post_data(HouseholdForm(instance=household, choose_team=False, prefix="hh"))
        | _post_data(MemberFormSet(instance=household, prefix="members"))
        | _post_data(SignalForm(instance=case, team=household.team, prefix="signal"))
    )


def test_a_member_is_added_alike(consulent, client, api_client):
    new = {"first_name": "Sem", "last_name": "Pieters", "date_of_birth": "2015-06-01"}

    def screen(case):
        data = _first_step_data(case)
        data |= {f"members-1-{k}": v for k, v in new.items()} | {"members-1-role": "kind"}
        return _step(client, case, "huishouden", data)

    def api(case):
        body = {"household": case.household_id, "role": "kind", **new}
        return api_client.post("/api/v1/members/", body, format="json")

    (first, by_screen), (second, by_api) = _both(consulent, client, api_client, screen, api)

    def rows(case):
        members = Member.objects.filter(household=case.household)
        return sorted(members.values_list("first_name", "last_name", "date_of_birth", "role"))

    assert rows(first) == rows(second)
    assert len(rows(first)) == 2
    assert by_screen == by_api


def test_an_address_is_changed_alike(consulent, client, api_client):
    def screen(case):
        data = _first_step_data(case) | {"hh-street": "Lindelaan", "hh-postcode": "4321 BA"}
        return _step(client, case, "huishouden", data)

    def api(case):
        body = {"street": "Lindelaan", "postcode": "4321 BA"}
        return api_client.patch(f"/api/v1/households/{case.household_id}/", body, format="json")

    (_first, by_screen), (_second, by_api) = _both(consulent, client, api_client, screen, api)

    assert by_screen == by_api
    assert by_screen[0] and by_screen[0][0][0] == "household"


def test_a_status_change_is_made_alike(consulent, client, api_client):
    def screen(case):
        body = {"target": "in_behandeling", "reason": "Past in de maatwerkroute"}
        return client.post(reverse("cases:transition", args=[case.pk]), body)

    def api(case):
        body = {"target": "in_behandeling", "reason": "Past in de maatwerkroute"}
        return api_client.post(f"/api/v1/cases/{case.pk}/transition/", body, format="json")

    (first, by_screen), (second, by_api) = _both(consulent, client, api_client, screen, api)

    assert first.status == second.status == "in_behandeling"
    assert by_screen == by_api

    def status_lines(case):
        return list(case.timeline.filter(kind="status").values_list("text", "actor_id"))

    assert status_lines(first) == status_lines(second)
