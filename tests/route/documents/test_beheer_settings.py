"""Functioneel beheer sets the route per municipality in the beheer screens."""

import pytest
from django.urls import reverse

from maatwerk.route.mandate import settings_for

pytestmark = pytest.mark.django_db


def _form(settings, **changes) -> dict:
    data = {
        "municipality": settings.municipality_id,
        "consultation_weekday": settings.consultation_weekday,
        "consultation_time": "10:00",
        "consultation_place": settings.consultation_place,
        "within_frameworks_role": settings.within_frameworks_role,
        "college_threshold": "25000.00",
        "college_recorder_role": settings.college_recorder_role,
        "objection_body": settings.objection_body,
        "letter_template": "",
        "decision_term_working_days": settings.decision_term_working_days,
        "reminder_working_days": settings.reminder_working_days,
        "monitoring_months": settings.monitoring_months,
    }
    return data | changes


def test_beheer_changes_the_threshold_and_the_consultation_day(client, beheerder, team_noord):
    settings = settings_for(team_noord.municipality)
    client.force_login(beheerder)
    url = reverse("admin:route_routesettings_change", args=[settings.pk])

    response = client.post(url, _form(settings, college_threshold="40000", consultation_weekday=3))

    assert response.status_code == 302, response.content.decode()[:500]
    settings.refresh_from_db()
    assert str(settings.college_threshold) == "40000.00"
    assert settings.consultation_weekday == 3


def test_a_letter_template_with_an_unknown_field_is_refused_in_dutch(client, beheerder, team_noord):
    settings = settings_for(team_noord.municipality)
    client.force_login(beheerder)
    url = reverse("admin:route_routesettings_change", args=[settings.pk])

    response = client.post(url, _form(settings, letter_template="{{ besluit }} {{ bsn }}"))

    assert response.status_code == 200
    assert "Onbekende velden in het sjabloon: bsn" in response.content.decode()
    settings.refresh_from_db()
    assert settings.letter_template == ""


def test_a_consulent_cannot_open_the_route_settings(client, consulent, team_noord):
    settings = settings_for(team_noord.municipality)
    client.force_login(consulent)

    response = client.get(reverse("admin:route_routesettings_change", args=[settings.pk]))

    assert response.status_code in (302, 403)


def test_beheer_sets_the_monitoring_intervals_and_a_bad_list_is_refused(client, beheerder):
    from maatwerk.route.mandate import settings_for

    settings = settings_for(beheerder.municipality or beheerder.team.municipality)
    client.force_login(beheerder)
    url = reverse("admin:route_routesettings_change", args=[settings.pk])

    refused = client.post(url, _form(settings, monitoring_months="12,6"))
    saved = client.post(url, _form(settings, monitoring_months="3,6,12"))

    assert "Geef oplopende aantallen maanden" in refused.content.decode()
    assert saved.status_code == 302
    settings.refresh_from_db()
    assert settings.monitoring_months == "3,6,12"
