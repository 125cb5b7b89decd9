"""The casusoverleg screen: who sees which items, and the OMO-functionaris recording the
outcome per case."""

import datetime

import pytest
from django.urls import reverse

from maatwerk.audit.services import AccessLog
from maatwerk.route import services
from maatwerk.route.models import AgendaItem, Outcome, Task
from maatwerk.route.workflow import Phase

from .conftest import case_of, on_agenda

pytestmark = pytest.mark.django_db

AGENDA = reverse("route:agenda")


def outcome_url(item) -> str:
    return reverse("route:agenda_outcome", args=[item.pk])


def post_outcome(client, item, outcome, notes="", tasks=()):
    prefix = f"punt-{item.pk}"
    data = {
        f"{prefix}-outcome": outcome,
        f"{prefix}-outcome_notes": notes,
        f"{prefix}-taak-TOTAL_FORMS": "3",
        f"{prefix}-taak-INITIAL_FORMS": "0",
    }
    for index, (description, owner, due) in enumerate(tasks):
        data[f"{prefix}-taak-{index}-description"] = description
        data[f"{prefix}-taak-{index}-owner"] = str(owner.pk) if owner else ""
        data[f"{prefix}-taak-{index}-due_date"] = due
    return client.post(outcome_url(item), data)


@pytest.fixture
def two_teams_on_the_agenda(consulent, consulent_zuid):
    noord = case_of(consulent, first_name="Noortje")
    zuid = case_of(consulent_zuid, first_name="Zuidema")
    services.save_canvas(consulent, noord, {"goal": "Weer rust in huis en een vaste baan."})
    return on_agenda(consulent, noord, "Mag de bonus?"), on_agenda(consulent_zuid, zuid, "Wonen?")


def test_the_agenda_shows_date_time_and_place_of_the_next_consultation(client, consulent):
    client.force_login(consulent)

    response = client.get(AGENDA)

    assert response.status_code == 200
    consultation = response.context["consultation"]
    assert consultation.date == services.next_consultation_date(consulent.municipality)
    html = response.content.decode()
    assert "10:00" in html and "Stadskantoor, spreekkamer OMO" in html
    assert "Er staan geen casussen van uw team op de agenda" in html


def test_a_consulent_sees_only_the_items_of_their_own_team(
    client, consulent, two_teams_on_the_agenda
):
    noord, zuid = two_teams_on_the_agenda
    client.force_login(consulent)

    response = client.get(AGENDA)

    assert [item.pk for item in response.context["items"]] == [noord.pk]
    html = response.content.decode()
    assert noord.case.reference in html and zuid.case.reference not in html
    assert "Mag de bonus?" in html and "Weer rust in huis en een vaste baan." in html
    assert reverse("cases:detail", args=[noord.case.pk]) in html
    # A case worker reads the agenda, the OMO-functionaris records its outcome.
    assert outcome_url(noord) not in html


def test_the_omo_functionaris_sees_every_item_with_an_outcome_form(
    client, omo, two_teams_on_the_agenda
):
    noord, zuid = two_teams_on_the_agenda
    client.force_login(omo)

    response = client.get(AGENDA)

    assert {item.pk for item in response.context["items"]} == {noord.pk, zuid.pk}
    html = response.content.decode()
    assert outcome_url(noord) in html and outcome_url(zuid) in html
    # The form itself is fetched per item (htmx), or opened on the agenda without script.
    fragment = client.get(outcome_url(noord), headers={"HX-Request": "true"}).content.decode()
    page = client.get(outcome_url(zuid)).content.decode()
    for html in (fragment, page):
        assert "Bezinningsperiode" in html and "Terug naar reguliere route" in html
    assert "<html" not in fragment and "<html" in page


def test_the_agenda_page_renders_no_outcome_form_until_one_is_asked_for(
    client, omo, two_teams_on_the_agenda
):
    client.force_login(omo)

    html = client.get(AGENDA).content.decode()

    assert "Uitkomst invullen" in html
    assert "Bezinningsperiode" not in html


def test_reading_the_agenda_is_in_the_access_log_with_the_cases_shown(
    client, teamleider, two_teams_on_the_agenda
):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(teamleider)

    client.get(AGENDA)

    row = AccessLog.objects.filter(channel="scherm:casusoverleg").latest("pk")
    assert row.user == teamleider and row.action == "read"
    assert row.case_id == noord.case.pk


def test_another_week_is_reached_by_date_with_previous_and_next_links(
    client, consulent, two_teams_on_the_agenda
):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(consulent)
    later = noord.consultation.date + datetime.timedelta(days=14)

    response = client.get(AGENDA, {"datum": later.isoformat()})

    assert response.context["consultation"].date == later
    assert response.context["items"] == []
    html = response.content.decode()
    previous = (later - datetime.timedelta(days=7)).isoformat()
    following = (later + datetime.timedelta(days=7)).isoformat()
    assert f"?datum={previous}" in html and f"?datum={following}" in html
    # Any day of the week finds that week's consultation.
    wednesday = noord.consultation.date + datetime.timedelta(days=1)
    response = client.get(AGENDA, {"datum": wednesday.isoformat()})
    assert [item.pk for item in response.context["items"]] == [noord.pk]


def test_a_date_that_is_no_date_shows_the_next_consultation_with_a_message(client, consulent):
    client.force_login(consulent)

    response = client.get(AGENDA, {"datum": "2026-13-45"})

    assert response.status_code == 200
    assert "Die datum kennen we niet" in response.content.decode()


def test_besluit_nu_moves_the_case_to_besluitvorming(client, omo, two_teams_on_the_agenda):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(omo)

    response = post_outcome(client, noord, Outcome.BESLUIT_NU)

    assert response.status_code == 302
    assert AgendaItem.objects.get(pk=noord.pk).outcome == Outcome.BESLUIT_NU
    assert services.phase_of(type(noord.case).objects.get(pk=noord.case.pk)) == (
        Phase.BESLUITVORMING
    )
    page = client.get(response.url).content.decode()
    assert "Uitkomst voor" in page and outcome_url(noord) not in page


def test_a_bezinningsperiode_records_its_tasks_and_puts_the_case_on_next_week(
    client, omo, consulent, two_teams_on_the_agenda
):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(omo)
    due = (noord.consultation.date + datetime.timedelta(days=5)).isoformat()

    post_outcome(
        client,
        noord,
        Outcome.BEZINNING,
        tasks=[("Tweede woning navragen bij de corporatie", consulent, due), ("", None, "")],
    )

    task = Task.objects.get()
    assert (task.description, task.owner, task.due_date.isoformat()) == (
        "Tweede woning navragen bij de corporatie",
        consulent,
        due,
    )
    next_week = noord.consultation.date + datetime.timedelta(days=7)
    assert AgendaItem.objects.filter(case=noord.case, consultation__date=next_week).exists()
    page = client.get(AGENDA, {"datum": noord.consultation.date.isoformat()}).content.decode()
    assert "Tweede woning navragen bij de corporatie" in page


def test_the_task_owner_is_chosen_among_the_case_workers_of_the_cases_team(
    client, omo, consulent, consulent_zuid, two_teams_on_the_agenda
):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(omo)

    response = client.get(outcome_url(noord))

    noord_item = next(item for item in response.context["items"] if item.pk == noord.pk)
    owners = dict(noord_item.forms[1].forms[0].fields["owner"].choices)
    assert consulent.pk in owners and omo.pk in owners
    assert consulent_zuid.pk not in owners


def test_the_regular_route_without_a_reason_is_refused_and_keeps_what_was_typed(
    client, omo, two_teams_on_the_agenda
):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(omo)

    response = post_outcome(client, noord, Outcome.REGULIER, notes="   ")

    assert response.status_code == 200
    assert AgendaItem.objects.get(pk=noord.pk).outcome == ""
    form = next(i for i in response.context["items"] if i.pk == noord.pk).forms[0]
    assert "reguliere route" in " ".join(form.errors["outcome_notes"])
    html = response.content.decode()
    assert f'value="{Outcome.REGULIER}"' in html and "checked" in html
    assert 'aria-invalid="true"' in html


def test_a_half_filled_task_is_refused_and_the_typed_rows_stay(
    client, omo, two_teams_on_the_agenda
):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(omo)

    response = post_outcome(
        client, noord, Outcome.BEZINNING, tasks=[("Budgetcoach zoeken", None, "")]
    )

    assert response.status_code == 200
    assert not Task.objects.exists() and AgendaItem.objects.get(pk=noord.pk).outcome == ""
    html = response.content.decode()
    assert "Vul bij een taak alle drie in" in html
    assert 'value="Budgetcoach zoeken"' in html


def test_a_bezinningsperiode_without_tasks_gets_the_services_message(
    client, omo, two_teams_on_the_agenda
):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(omo)

    response = post_outcome(client, noord, Outcome.BEZINNING)

    assert "Leg bij een bezinningsperiode vast wat wordt uitgezocht" in response.content.decode()
    assert AgendaItem.objects.get(pk=noord.pk).outcome == ""


def test_a_forged_outcome_by_a_consulent_is_refused(client, consulent, two_teams_on_the_agenda):
    noord, _zuid = two_teams_on_the_agenda
    client.force_login(consulent)

    response = post_outcome(client, noord, Outcome.BESLUIT_NU)

    assert response.status_code == 403
    assert AgendaItem.objects.get(pk=noord.pk).outcome == ""
    assert AccessLog.objects.filter(result="denied", user=consulent).exists()


@pytest.mark.parametrize("persona", ["wethouder", "controller", "beleid", "beheerder"])
def test_roles_outside_the_case_work_do_not_open_the_agenda(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    assert client.get(AGENDA).status_code == 403
