import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from maatwerk.accounts.roles import Role
from maatwerk.cases.domains import Consent
from maatwerk.register import selectors, services
from maatwerk.register.models import Contact, PartnerRequest

from ..factories import BlockageFactory, CaseFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def duo(db):
    return OrganisationFactory(name="DUO", kind="duo")


@pytest.fixture
def partner(duo, team_noord):
    user = UserFactory(
        username="partner",
        role=Role.PARTNER_CONTACT,
        team=None,
        municipality=team_noord.municipality,
    )
    contact = Contact.objects.create(
        organisation=duo, name="Sandra Peeters", function="maatwerk", user=user
    )
    return user, contact


@pytest.fixture
def case(consulent):
    return CaseFactory(household__team=consulent.team, regisseur=consulent, consent=Consent.GEGEVEN)


def _at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        (datetime.date(2026, 3, 10), datetime.date(2026, 3, 12)),  # a plain Tuesday
        (datetime.date(2026, 3, 13), datetime.date(2026, 3, 17)),  # Friday: over the weekend
        (datetime.date(2026, 4, 2), datetime.date(2026, 4, 8)),  # Goede Vrijdag and Easter Monday
        (datetime.date(2026, 4, 24), datetime.date(2026, 4, 29)),  # King's Day on Monday
        (datetime.date(2026, 5, 4), datetime.date(2026, 5, 7)),  # 5 May
    ],
)
def test_due_in_two_working_days(consulent, case, partner, sent, due):
    request = services.send_request(
        consulent, case, partner[1], "Kan de termijn worden verlengd?", now=_at(sent)
    )
    assert request.due_date == due
    assert request.status == PartnerRequest.Status.OPEN


def test_without_consent_the_request_is_refused_with_the_reason(consulent, partner, team_noord):
    case = CaseFactory(
        household__team=team_noord, regisseur=consulent, consent=Consent.NIET_GEVRAAGD
    )
    with pytest.raises(ValidationError, match="Zonder toestemming"):
        services.send_request(consulent, case, partner[1], "Vraag")
    assert not PartnerRequest.objects.exists()


def test_the_partner_picks_up_answers_once_and_the_answer_is_on_the_case(consulent, case, partner):
    user, contact = partner
    request = services.send_request(consulent, case, contact, "Kan het ov-deel een gift worden?")
    services.pick_up(user, request, "DUO-2026-77")
    request.refresh_from_db()
    assert request.status == "opgepakt" and request.partner_reference == "DUO-2026-77"
    services.answer_request(user, request, "Ja, zodra het diploma er is.")
    assert case.timeline.filter(kind="register_answer", text__contains="diploma").exists()
    with pytest.raises(ValidationError, match="al beantwoord"):
        services.answer_request(user, request, "Nog een antwoord")
    request.refresh_from_db()
    assert request.answer == "Ja, zodra het diploma er is."


def test_only_the_addressed_contact_may_answer(consulent, case, partner, duo, team_noord):
    other = UserFactory(
        username="partner2",
        role=Role.PARTNER_CONTACT,
        team=None,
        municipality=team_noord.municipality,
    )
    Contact.objects.create(organisation=duo, name="Ander", user=other)
    request = services.send_request(consulent, case, partner[1], "Vraag")
    with pytest.raises(PermissionDenied):
        services.answer_request(other, request, "Antwoord")
    assert list(selectors.requests_for_partner(other)) == []
    assert list(selectors.requests_for_partner(partner[0])) == [request]


def test_overdue_requests_for_the_omo_functionaris_and_the_sender(
    consulent, consulent_zuid, omo, case, partner
):
    request = services.send_request(
        consulent, case, partner[1], "Vraag", now=_at(datetime.date(2026, 3, 10))
    )
    later = datetime.date(2026, 3, 13)
    assert list(selectors.overdue_requests(omo, today=later)) == [request]
    assert list(selectors.overdue_requests(consulent, today=later)) == [request]
    assert list(selectors.overdue_requests(consulent_zuid, today=later)) == []
    assert list(selectors.overdue_requests(omo, today=datetime.date(2026, 3, 12))) == []
    assert services.effective_status(request, today=later) == "verlopen"


def test_the_partner_login_sees_only_their_requests_and_nothing_else(
    client, consulent, case, partner
):
    user, contact = partner
    mine = services.send_request(
        consulent, case, contact, "Vraag aan DUO", shared="Studie gestopt in 2024"
    )
    client.force_login(user)
    inbox = client.get(reverse("register:inbox")).content.decode()
    assert "Vraag aan DUO" in inbox
    page = client.get(reverse("register:request", args=[mine.pk])).content.decode()
    assert "Studie gestopt in 2024" in page
    for name, args in (
        ("cases:list", []),
        ("cases:detail", [case.pk]),
        ("vraagbaak:search", []),
        ("register:contacts", []),
        ("register:worklist", []),
    ):
        assert client.get(reverse(name, args=args)).status_code in (403, 404), name
    assert client.get("/api/v1/cases/").status_code == 403
    from maatwerk.audit.services import AccessLog

    assert AccessLog.objects.filter(channel="scherm:verzoek-partner", user_id=user.pk).exists()


def test_sending_from_the_screen(client, consulent, case, partner):
    client.force_login(consulent)
    response = client.post(
        reverse("register:send", args=[case.pk]),
        {"contact": partner[1].pk, "question": "Kan de termijn worden verlengd?", "shared": ""},
    )
    assert response.status_code == 302
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Verzoeken aan partners" in page and "Kan de termijn worden verlengd?" in page


def test_the_screen_refuses_without_consent(client, consulent, partner, team_noord):
    case = CaseFactory(household__team=team_noord, regisseur=consulent, consent=Consent.GEWEIGERD)
    client.force_login(consulent)
    response = client.post(
        reverse("register:send", args=[case.pk]), {"contact": partner[1].pk, "question": "Vraag"}
    )
    assert response.status_code == 200 and "Zonder toestemming" in response.content.decode()
    assert not PartnerRequest.objects.exists()


def test_the_dossier_shows_who_decides_next_to_each_blockage(client, consulent, case):
    from maatwerk.register.models import Authority

    blockage = BlockageFactory(case=case)
    Authority.objects.create(
        rule=blockage.rule, holder="woningcorporatie", ground="hardheidsclausule"
    )
    client.force_login(consulent)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Wie beslist over de knelpunten" in page and "hardheidsclausule" in page


def test_an_unknown_authority_is_visible(client, consulent, case):
    BlockageFactory(case=case)
    client.force_login(consulent)
    assert (
        "Bevoegde onbekend" in client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    )


def test_the_anonymised_dossier_shows_the_authority_but_not_the_requests(
    client, consulent, controller, case, partner
):
    BlockageFactory(case=case)
    services.send_request(consulent, case, partner[1], "Geheime vraag over het gezin")
    client.force_login(controller)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Wie beslist over de knelpunten" in page
    assert "Vergelijkbare casussen" in page
    assert "Geheime vraag" not in page


def test_a_second_answer_on_the_screen_is_refused_with_a_clear_message(
    client, consulent, case, partner
):
    user, contact = partner
    request = services.send_request(consulent, case, contact, "Vraag")
    services.answer_request(user, request, "Eerste antwoord")
    client.force_login(user)

    response = client.post(reverse("register:request", args=[request.pk]), {"answer": "Tweede"})

    assert response.status_code == 200
    assert "al beantwoord; een tweede antwoord kan niet" in response.content.decode()
    request.refresh_from_db()
    assert request.answer == "Eerste antwoord"


def test_the_partner_screen_does_not_open_a_request_sent_to_someone_else(
    client, consulent, case, partner, duo, team_noord
):
    other = UserFactory(
        username="partner3",
        role=Role.PARTNER_CONTACT,
        team=None,
        municipality=team_noord.municipality,
    )
    Contact.objects.create(organisation=duo, name="Collega", user=other)
    request = services.send_request(consulent, case, partner[1], "Vraag")
    client.force_login(other)

    assert client.get(reverse("register:request", args=[request.pk])).status_code == 404
    assert (
        client.post(reverse("register:request", args=[request.pk]), {"answer": "x"}).status_code
        == 404
    )
    request.refresh_from_db()
    assert request.status == "open"
