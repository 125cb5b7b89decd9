"""Every read of a case file through the API, and every change, lands in the access log with
the endpoint's URL name as channel."""

import pytest

from maatwerk.audit.models import AccessLog
from maatwerk.audit.services import verify_chain

from ..factories import HouseholdFactory

pytestmark = pytest.mark.django_db


def _log():
    return list(
        AccessLog.objects.order_by("pk").values_list(
            "user__username", "action", "case_id", "channel"
        )
    )


def test_reading_a_case_is_logged(client_for, consulent, noord_case):
    client_for(consulent).get(f"/api/v1/cases/{noord_case.pk}/", REMOTE_ADDR="10.1.2.3")

    assert _log() == [("consulent", "read", noord_case.pk, "api:cases-detail")]
    entry = AccessLog.objects.get()
    assert (entry.case_reference, entry.origin) == (noord_case.reference, "10.1.2.3")
    assert verify_chain() is None


def test_an_anonymised_read_is_logged_too(client_for, controller, noord_case):
    client_for(controller).get(f"/api/v1/cases/{noord_case.pk}/")

    assert _log() == [("controller", "read", noord_case.pk, "api:cases-detail")]


def test_reading_a_household_member_or_blockage_is_logged_against_its_case(
    client_for, consulent, noord_case
):
    client = client_for(consulent)
    client.get(f"/api/v1/households/{noord_case.household_id}/")
    client.get(f"/api/v1/members/{noord_case.household.members.get().pk}/")
    client.get(f"/api/v1/blockages/{noord_case.blockages.get().pk}/")

    assert _log() == [
        ("consulent", "read", noord_case.pk, "api:households-detail"),
        ("consulent", "read", noord_case.pk, "api:members-detail"),
        ("consulent", "read", noord_case.pk, "api:blockages-detail"),
    ]


def test_a_household_without_a_case_is_still_logged(client_for, consulent):
    household = HouseholdFactory(team=consulent.team)

    client_for(consulent).get(f"/api/v1/households/{household.pk}/")

    assert _log() == [("consulent", "read", None, "api:households-detail")]


def test_creates_updates_and_transitions_are_logged(client_for, consulent, noord_case):
    client = client_for(consulent)
    client.patch(f"/api/v1/cases/{noord_case.pk}/", {"title": "Anders"}, format="json")
    client.post(
        f"/api/v1/cases/{noord_case.pk}/transition/",
        {"target": "afgesloten", "reason": "Opgelost"},
        format="json",
    )
    created = client.post(
        "/api/v1/cases/",
        {
            "household": noord_case.household_id,
            "title": "Tweede signaal",
            "signal_source": "kcc",
            "signal_date": "2020-01-01",
        },
        format="json",
    )

    assert _log() == [
        ("consulent", "update", noord_case.pk, "api:cases-detail"),
        ("consulent", "update", noord_case.pk, "api:cases-transition"),
        ("consulent", "create", created.json()["id"], "api:cases-list"),
    ]


def test_a_refusal_is_logged_as_denied_and_a_failed_write_not_as_access(
    client_for, consulent, noord_case, zuid_case
):
    client = client_for(consulent)
    client.get(f"/api/v1/cases/{zuid_case.pk}/")
    client.patch(f"/api/v1/cases/{noord_case.pk}/", {"domains": "geen lijst"}, format="json")

    rows = list(AccessLog.objects.all())
    assert [(row.result, row.case_id, row.details) for row in rows] == [
        ("denied", None, {"endpoint": "api:cases-detail", "id": str(zuid_case.pk)})
    ]
