"""The apps above the case file join it through declarations on their AppConfig, without the
case file importing them: a guard on a workflow move, a kind of timeline line, a dossier
section, a case-list column and filter. Here a stand-in app (the demo app's config, for the
length of a test) declares each, as the route app will."""

import django_filters
import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.urls import reverse

from maatwerk.cases import services, workflow
from maatwerk.cases.sections import CaseListColumn, DossierSection
from maatwerk.core.declarations import declared_by_app

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db

HERE = "tests.architecture.test_extension_points"


def _never_without_a_decision(case, user) -> str | None:
    return "Geen uitvoering zonder een goedkeurend besluit."


GUARDS = {"route.approving_decision": _never_without_a_decision}
TIMELINE_KINDS = {"decision": "Besluit"}
SECTIONS = [
    DossierSection(
        "decisions",
        "cases/_section_heading.html",
        lambda request, case: {"slug": "besluiten", "title": "Besluiten van de route"},
        order=20,
    )
]
COLUMNS = [CaseListColumn("phase", "Fase", lambda case: "geagendeerd")]
FILTERS = {"titel": django_filters.CharFilter(field_name="title", lookup_expr="icontains")}


@pytest.fixture
def stand_in_app(monkeypatch):
    """The demo app declares what the route app will declare."""
    config = apps.get_app_config("demo")
    for attribute, name in (
        ("workflow_guards", "GUARDS"),
        ("timeline_kinds", "TIMELINE_KINDS"),
        ("dossier_sections", "SECTIONS"),
        ("case_list_columns", "COLUMNS"),
        ("case_list_filters", "FILTERS"),
    ):
        monkeypatch.setattr(config, attribute, f"{HERE}.{name}", raising=False)
    declared_by_app.cache_clear()
    yield
    declared_by_app.cache_clear()


@pytest.fixture
def closing_is_guarded(monkeypatch):
    guarded = tuple(
        workflow.Transition(t.source, t.target, t.label, t.roles, ("route.approving_decision",))
        if (t.source, t.target) == ("aangemeld", "afgesloten")
        else t
        for t in workflow.TRANSITIONS
    )
    monkeypatch.setattr(workflow, "TRANSITIONS", guarded)


def test_a_guard_declared_above_refuses_the_move_it_is_named_on(
    stand_in_app, closing_is_guarded, consulent
):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)

    with pytest.raises(ValidationError, match="goedkeurend besluit"):
        services.transition_case(consulent, case, "afgesloten", "Klaar")

    case.refresh_from_db()
    assert case.status == "aangemeld"


def test_a_guard_no_app_declares_is_a_configuration_error(closing_is_guarded, consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)

    with pytest.raises(ImproperlyConfigured, match=r"route\.approving_decision"):
        services.transition_case(consulent, case, "afgesloten", "Klaar")


def test_a_timeline_line_of_a_declared_kind_shows_on_the_dossier(stand_in_app, client, consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)
    services.add_timeline_entry(consulent, case, "decision", "Akkoord, binnen mandaat.")
    client.force_login(consulent)

    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()

    assert "Besluit · " in page and "Akkoord, binnen mandaat." in page


def test_a_timeline_kind_nobody_declared_is_refused(consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)

    with pytest.raises(ImproperlyConfigured, match="decision"):
        services.add_timeline_entry(consulent, case, "decision", "Akkoord")


def test_a_declared_section_is_part_of_the_dossier(stand_in_app, client, consulent):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent)
    client.force_login(consulent)

    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()

    assert "Besluiten van de route" in page
    assert page.index("Signaal en huishouden") < page.index("Besluiten van de route")


def test_a_declared_column_and_filter_join_the_case_list_and_the_api(
    stand_in_app, client, api_client, consulent
):
    wanted = CaseFactory(household__team=consulent.team, regisseur=consulent, title="Woning")
    other = CaseFactory(household__team=consulent.team, regisseur=consulent, title="Schulden")
    client.force_login(consulent)
    api_client.force_authenticate(consulent)

    listing = client.get(reverse("cases:list"), {"weergave": "alle"}).content.decode()
    found = api_client.get("/api/v1/cases/", {"titel": "won"}).json()["results"]

    assert ">Fase<" in listing and "geagendeerd" in listing
    assert [row["id"] for row in found] == [wanted.pk]
    assert other.pk not in [row["id"] for row in found]
