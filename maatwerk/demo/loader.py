"""Turns the demo cases (cases_data.DEMO_CASES) into real case files through the same services
the screens use, so the demo has a real timeline, history and status rows. Timestamps are then
moved back to the dates the story gives."""

import datetime

from django.db import transaction
from django.utils import timezone

from maatwerk.cases import services

# Only to move timestamps back to the story's dates, which no service of the product does.
from maatwerk.cases.models import Case, CaseStatusChange, TimelineEntry

from .route_data import run_story, story_step
from .setup import DemoWorld


def _days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def _moment(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def demo_case_exists(world: DemoWorld, data: dict) -> bool:
    user = world.users[data["consulent"]]
    return (
        services.visible_cases(user)
        .filter(title=data["title"], household__team=world.teams[data["team"]])
        .exists()
    )


@transaction.atomic
def load_demo_case(world: DemoWorld, data: dict) -> Case:
    user = world.users[data["consulent"]]
    members = [
        {
            "first_name": person["first_name"],
            "last_name": person["last_name"],
            "date_of_birth": datetime.date.fromisoformat(person["date_of_birth"]),
            "role": person["role"],
            "bsn": person.get("bsn", ""),
        }
        for person in data["members"]
    ]
    household = services.create_household(
        user, **data["address"], wijk=data["wijk"], members=members
    )
    case = services.create_case(
        user,
        household=household,
        title=data["title"],
        signal_source=data["signal_source"],
        signal_date=_days_ago(data["signal_days_ago"]),
    )
    with services.editing_case(user, case, what="Intake"):
        _fill_intake(world, user, case, data)
    route_after = story_step(data)
    for index, step in enumerate(data.get("history", [])):
        services.transition_case(user, case, step["to"], step["reason"])
        if index == route_after:
            run_story(world, case, data)
    for note in data.get("notes", []):
        services.add_note(user, case, note["text"])
    _backdate(case, data)
    return case


def _fill_intake(world: DemoWorld, user, case: Case, data: dict) -> None:
    services.set_domains(user, case, data["domains"])
    for item in data["organisations"]:
        organisation = world.organisations[item["org"]]
        services.add_case_row(
            user, case, "organisations", organisation=organisation, role=item["role"]
        )
    for person in data["professionals"]:
        services.add_case_row(
            user,
            case,
            "professionals",
            name=person["name"],
            role=person["role"],
            organisation=world.organisations.get(person["org"]),
        )
    for item in data["blockages"]:
        rule = world.rules[item["rule"]]
        services.add_case_row(
            user, case, "blockages", rule=rule, owner=rule.owner, explanation=item["explanation"]
        )
    for route in data["regular_routes"]:
        services.add_case_row(
            user, case, "routes", description=route["description"], result=route["result"]
        )
    involved_from = data.get("household_involved_from_days")
    services.update_case(
        user,
        case,
        regular_route_exhausted=bool(data["regular_routes"]),
        stagnation_risk=data["stagnation_risk"],
        eligibility_reason=data.get("eligibility_reason", ""),
        household_involved=data["household_involved"],
        household_not_involved_reason=data.get("household_not_involved_reason", ""),
        household_involved_from=(
            timezone.localdate() + datetime.timedelta(days=involved_from)
            if involved_from is not None
            else None
        ),
        consent=data["consent"],
        consent_scope=data.get("consent_scope", ""),
        consent_date=(
            _days_ago(data["signal_days_ago"] - 3) if data["consent"] == "gegeven" else None
        ),
    )


def _backdate(case: Case, data: dict) -> None:
    """Spread the case's history over the period the story covers instead of 'just now'."""
    start = data["signal_days_ago"]
    CaseStatusChange.objects.filter(case=case, source="").update(changed_at=_moment(start))
    TimelineEntry.objects.filter(case=case, kind__in=["created", "updated"]).update(
        at=_moment(start)
    )
    changes = CaseStatusChange.objects.filter(case=case).exclude(source="").order_by("pk")
    status_lines = TimelineEntry.objects.filter(case=case, kind="status").order_by("pk")
    for step, change, line in zip(data.get("history", []), changes, status_lines, strict=True):
        CaseStatusChange.objects.filter(pk=change.pk).update(changed_at=_moment(step["days_ago"]))
        TimelineEntry.objects.filter(pk=line.pk).update(at=_moment(step["days_ago"]))
    notes = TimelineEntry.objects.filter(case=case, kind="note").order_by("pk")
    for note, line in zip(data.get("notes", []), notes, strict=True):
        TimelineEntry.objects.filter(pk=line.pk).update(at=_moment(note["days_ago"]))
