"""Requests to partners through the API: the same rules as the screens (consent, one answer,
the partner sees only their own and only the minimum), every read in the access log."""

import datetime

import pytest
from django.utils import timezone

from maatwerk.audit.services import AccessLog
from maatwerk.cases.domains import Consent
from maatwerk.register import services
from maatwerk.register.models import Contact, PartnerRequest
from maatwerk.register.policy import FIELD_ALLOWLIST

from ...factories import CaseFactory, OrganisationFactory, UserFactory
from ..conftest import assert_no_canaries

pytestmark = pytest.mark.django_db

URL = "/api/v1/partner-requests/"


@pytest.fixture
def contact(partner_contact):
    return partner_contact.register_contact


@pytest.fixture
def sent(consulent, noord_case, contact):
    return services.send_request(
        consulent, noord_case, contact, "Kan de termijn worden verlengd?", "Studie gestopt"
    )


def test_a_consulent_sends_a_request_due_in_two_working_days(
    client_for, consulent, noord_case, contact
):
    response = client_for(consulent).post(
        URL,
        {"case": noord_case.pk, "contact": contact.pk, "question": "Kan het ov-deel een gift?"},
        format="json",
    )

    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "open" and body["case"] == noord_case.pk
    assert body["due_date"] == services.due_date_for(timezone.localdate()).isoformat()
    assert noord_case.timeline.filter(kind="register_request").exists()
    assert AccessLog.objects.filter(
        channel="api:partner-requests-list", action="create", case_id=noord_case.pk
    ).exists()


@pytest.mark.parametrize("consent", [Consent.GEWEIGERD, Consent.NIET_GEVRAAGD])
def test_without_consent_the_api_refuses_with_the_reason_and_stores_nothing(
    client_for, consulent, contact, consent
):
    case = CaseFactory(household__team=consulent.team, regisseur=consulent, consent=consent)
    timeline = case.timeline.count()

    response = client_for(consulent).post(
        URL, {"case": case.pk, "contact": contact.pk, "question": "Vraag"}, format="json"
    )

    assert response.status_code == 409
    assert "Zonder toestemming" in response.json()["detail"]
    assert not PartnerRequest.objects.exists()
    assert case.timeline.count() == timeline


def test_a_case_of_another_team_is_refused_as_if_it_does_not_exist(
    client_for, consulent_zuid, noord_case, contact, sent
):
    api = client_for(consulent_zuid)

    response = api.post(
        URL, {"case": noord_case.pk, "contact": contact.pk, "question": "Vraag"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["case"] == ["Deze casus bestaat niet."]
    assert PartnerRequest.objects.count() == 1
    assert api.get(URL).json()["results"] == []
    assert api.get(f"{URL}{sent.pk}/").status_code == 404


def test_an_empty_question_or_unknown_contact_is_refused_per_field(
    client_for, consulent, noord_case
):
    response = client_for(consulent).post(
        URL, {"case": noord_case.pk, "contact": 2**63 - 1, "question": " "}, format="json"
    )

    assert response.status_code == 400
    assert set(response.json()) == {"contact", "question"}
    assert not PartnerRequest.objects.exists()


def test_an_id_beyond_the_largest_key_is_refused_not_looked_up(client_for, consulent, contact):
    response = client_for(consulent).post(
        URL, {"case": 2**63, "contact": contact.pk, "question": "Vraag"}, format="json"
    )

    assert response.status_code == 400 and "case" in response.json()


def test_the_partner_picks_up_with_their_reference_and_answers_once(
    client_for, partner_contact, noord_case, sent
):
    api = client_for(partner_contact)

    picked = api.post(f"{URL}{sent.pk}/pick-up/", {"reference": "DUO-2026-77"}, format="json")
    assert picked.status_code == 200
    assert picked.json()["status"] == "opgepakt"
    assert picked.json()["partner_reference"] == "DUO-2026-77"

    answered = api.post(f"{URL}{sent.pk}/answer/", {"answer": "Ja, met diploma."}, format="json")
    assert answered.status_code == 200 and answered.json()["status"] == "beantwoord"
    assert noord_case.timeline.filter(kind="register_answer", text__contains="diploma").exists()

    again = api.post(f"{URL}{sent.pk}/answer/", {"answer": "Nog een antwoord"}, format="json")
    assert again.status_code == 409
    assert "al beantwoord" in again.json()["detail"]
    assert api.post(f"{URL}{sent.pk}/pick-up/", {}, format="json").status_code == 409
    sent.refresh_from_db()
    assert sent.answer == "Ja, met diploma." and sent.partner_reference == "DUO-2026-77"


def test_the_partner_sees_only_their_requests_in_the_minimal_form(
    client_for, partner_contact, consulent, noord_case, sent
):
    api = client_for(partner_contact)

    listed = api.get(URL)
    assert listed.status_code == 200
    rows = listed.json()["results"]
    assert [row["id"] for row in rows] == [sent.pk]
    assert set(rows[0]) == FIELD_ALLOWLIST["partner-requests"][partner_contact.role]
    assert "case" not in rows[0] and rows[0]["case_reference"] == noord_case.reference
    assert rows[0]["shared"] == "Studie gestopt"
    detail = api.get(f"{URL}{sent.pk}/")
    assert detail.status_code == 200
    assert_no_canaries(listed.content.decode() + detail.content.decode())


def test_another_partner_contact_sees_nothing_of_a_request_not_sent_to_them(
    client_for, partner_contact, sent, team_noord
):
    other = UserFactory(
        username="anderepartner",
        role="partner_contact",
        team=None,
        municipality=team_noord.municipality,
    )
    Contact.objects.create(
        organisation=OrganisationFactory(name="CAK Loket", kind="cak"), name="Ander", user=other
    )
    api = client_for(other)

    assert api.get(URL).json()["results"] == []
    assert api.get(f"{URL}{sent.pk}/").status_code == 404
    assert api.post(f"{URL}{sent.pk}/answer/", {"answer": "x"}, format="json").status_code == 404
    sent.refresh_from_db()
    assert sent.status == "open"


def test_the_partner_no_longer_sees_the_shared_data_once_consent_is_withdrawn(
    client_for, partner_contact, noord_case, sent
):
    noord_case.consent = Consent.GEWEIGERD
    noord_case.save(update_fields=["consent"])

    row = client_for(partner_contact).get(f"{URL}{sent.pk}/").json()

    assert row["shared"] == "" and row["question"] == "Kan de termijn worden verlengd?"


def test_the_partner_screen_hides_the_shared_data_after_withdrawal_as_the_api_does(
    client, partner_contact, noord_case, sent
):
    noord_case.consent = Consent.GEWEIGERD
    noord_case.save(update_fields=["consent"])
    client.force_login(partner_contact)

    page = client.get(f"/register/mijn-verzoeken/{sent.pk}/").content.decode()

    assert "Kan de termijn worden verlengd?" in page and "Studie gestopt" not in page


def test_who_works_on_the_case_cannot_pick_up_or_answer_for_the_partner(
    client_for, consulent, sent
):
    api = client_for(consulent)

    assert api.post(f"{URL}{sent.pk}/pick-up/", {}, format="json").status_code == 403
    assert api.post(f"{URL}{sent.pk}/answer/", {"answer": "x"}, format="json").status_code == 403


def test_the_partner_cannot_send_requests_or_reach_case_files(
    client_for, partner_contact, noord_case, contact
):
    api = client_for(partner_contact)

    response = api.post(
        URL, {"case": noord_case.pk, "contact": contact.pk, "question": "Vraag"}, format="json"
    )
    assert response.status_code == 403
    for path in ("/api/v1/cases/", "/api/v1/households/", "/api/v1/register-contacts/"):
        assert api.get(path).status_code == 403, path


def test_anonymous_callers_are_refused(api_client, sent):
    for path in (URL, f"{URL}{sent.pk}/", "/api/v1/register-contacts/", "/api/v1/authorities/"):
        assert api_client.get(path).status_code == 401, path
    assert api_client.post(f"{URL}{sent.pk}/answer/", {"answer": "x"}).status_code == 401


def test_roles_without_personal_data_do_not_see_requests(client_for, controller, sent):
    assert client_for(controller).get(URL).status_code == 403


def test_an_overdue_request_shows_as_verlopen_and_can_be_filtered(
    client_for, consulent, noord_case, contact
):
    past = timezone.make_aware(datetime.datetime(2026, 3, 10, 10))
    overdue = services.send_request(consulent, noord_case, contact, "Oud", now=past)
    recent = services.send_request(consulent, noord_case, contact, "Nieuw")
    api = client_for(consulent)

    rows = {row["id"]: row["status"] for row in api.get(URL).json()["results"]}
    assert rows == {overdue.pk: "verlopen", recent.pk: "open"}
    only = api.get(URL, {"status": "verlopen"}).json()["results"]
    assert [row["id"] for row in only] == [overdue.pk]
    assert [r["id"] for r in api.get(URL, {"status": "open"}).json()["results"]] == [recent.pk]
    unknown = api.get(URL, {"status": "weg"})
    assert unknown.status_code == 400 and list(unknown.json()) == ["status"]
    for no_id in ("x", "0", str(2**63)):
        wrong = api.get(URL, {"case": no_id})
        assert wrong.status_code == 400
        assert wrong.json() == {"case": ["Geef het id van de casus (een getal)."]}
    assert api.get(URL, {"case": noord_case.pk}).json()["count"] == 2


def test_every_read_by_the_partner_is_in_the_access_log(
    client_for, partner_contact, noord_case, sent
):
    api = client_for(partner_contact)
    api.get(URL)
    api.get(f"{URL}{sent.pk}/")

    rows = AccessLog.objects.filter(user_id=partner_contact.pk, action="read")
    assert set(rows.values_list("channel", flat=True)) == {
        "api:partner-requests-list",
        "api:partner-requests-detail",
    }
    assert rows.get(channel="api:partner-requests-detail").case_id == noord_case.pk
    api.get(f"{URL}{sent.pk + 1000}/")
    assert AccessLog.objects.filter(
        user_id=partner_contact.pk, result="denied", channel="api:partner-requests-detail"
    ).exists()
