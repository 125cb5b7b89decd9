import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from maatwerk.cases import services
from maatwerk.cases.models import CaseStatusChange, TimelineEntry
from maatwerk.cases.workflow import TRANSITIONS, CaseStatus

from ..factories import CaseFactory

pytestmark = pytest.mark.django_db


def test_it_moves_an_eligible_case_into_treatment_and_records_who_when_why(consulent):
    case = CaseFactory(household__team=consulent.team, eligible=True)

    services.transition_case(consulent, case, CaseStatus.IN_BEHANDELING, "Besproken in overleg")

    case.refresh_from_db()
    assert case.status == CaseStatus.IN_BEHANDELING
    change = CaseStatusChange.objects.get(case=case)
    assert (change.source, change.target, change.changed_by) == (
        CaseStatus.AANGEMELD,
        CaseStatus.IN_BEHANDELING,
        consulent,
    )
    assert change.reason == "Besproken in overleg"
    assert TimelineEntry.objects.filter(case=case, kind=TimelineEntry.Kind.STATUS).exists()


def test_it_refuses_a_transition_the_table_does_not_allow(consulent):
    case = CaseFactory(household__team=consulent.team, eligible=True)

    with pytest.raises(ValidationError) as error:
        services.transition_case(consulent, case, CaseStatus.HEROPEND, "Waarom niet")

    assert "kan niet naar" in str(error.value)
    case.refresh_from_db()
    assert case.status == CaseStatus.AANGEMELD
    assert not CaseStatusChange.objects.filter(case=case).exists()


def test_it_requires_a_reason(consulent):
    case = CaseFactory(household__team=consulent.team, eligible=True)

    with pytest.raises(ValidationError):
        services.transition_case(consulent, case, CaseStatus.IN_BEHANDELING, "  ")


def test_a_case_that_fails_the_eligibility_check_needs_a_recorded_reason(consulent):
    case = CaseFactory(household__team=consulent.team)

    with pytest.raises(ValidationError) as error:
        services.transition_case(consulent, case, CaseStatus.IN_BEHANDELING, "Start")
    assert "toetsingscriteria" in str(error.value)

    case.eligibility_reason = "Eén leefgebied, maar acute dreiging van huisuitzetting."
    case.save()
    services.transition_case(consulent, case, CaseStatus.IN_BEHANDELING, "Start")


def test_consulent_cannot_move_another_teams_case(consulent, consulent_zuid):
    case = CaseFactory(household__team=consulent_zuid.team, eligible=True)

    with pytest.raises(PermissionDenied):
        services.transition_case(consulent, case, CaseStatus.IN_BEHANDELING, "Start")


@pytest.mark.parametrize("transition", TRANSITIONS, ids=lambda t: f"{t.source}->{t.target}")
def test_every_transition_in_the_table_works_for_the_omo_functionaris(omo, transition):
    case = CaseFactory(status=transition.source, eligible=True)

    services.transition_case(omo, case, transition.target, "Volgens tabel")

    case.refresh_from_db()
    assert case.status == transition.target


def test_saving_without_changes_adds_nothing_to_the_timeline(consulent):
    from maatwerk.cases.models import TimelineEntry

    case = CaseFactory(household__team=consulent.team)
    with services.editing_case(consulent, case, what="Signaal") as locked:
        locked.save()
    assert not TimelineEntry.objects.filter(case=case, kind="updated").exists()

    with services.editing_case(consulent, case, what="Signaal") as locked:
        locked.title = "Nieuwe omschrijving"
        locked.save()
    assert TimelineEntry.objects.filter(case=case, kind="updated").count() == 1
