"""'Mijn werk' shows the requests to partners: the sender's overdue and waiting ones, and
every overdue one for the OMO-functionaris, in a number of queries that does not grow."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from maatwerk.cases.domains import Consent
from maatwerk.register import services
from maatwerk.register.models import Contact

from ..factories import CaseFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.make_aware(datetime.datetime(2026, 3, 10, 10))


@pytest.fixture
def contact(db):
    return Contact.objects.create(
        organisation=OrganisationFactory(name="CJIB", kind="cjib"), name="Pieter"
    )


def _send(user, contact, question: str, now=None):
    case = CaseFactory(household__team=user.team, regisseur=user, consent=Consent.GEGEVEN)
    return services.send_request(user, case, contact, question, now=now)


def _start_page(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_sender_sees_their_overdue_and_waiting_requests(client, consulent, contact):
    overdue = _send(consulent, contact, "Oud", now=LONG_AGO)
    waiting = _send(consulent, contact, "Nieuw")
    client.force_login(consulent)

    page = _start_page(client)

    overdue_section = page.split('data-testid="overdue-requests"')[1].split("</section>")[0]
    waiting_section = page.split('data-testid="open-requests"')[1].split("</section>")[0]
    assert overdue.case.reference in overdue_section and "verlopen" in overdue_section
    assert waiting.case.reference in waiting_section
    assert waiting.case.reference not in overdue_section


def test_an_answered_request_is_no_longer_on_the_start_page(
    client, consulent, contact, partner_contact
):
    contact = partner_contact.register_contact
    request = _send(consulent, contact, "Vraag", now=LONG_AGO)
    services.answer_request(partner_contact, request, "Geregeld.")
    client.force_login(consulent)

    assert request.case.reference not in _start_page(client)


def test_the_omo_functionaris_sees_every_overdue_request(
    client, consulent, teamleider, omo, contact
):
    mine = _send(consulent, contact, "Van de consulent", now=LONG_AGO)
    theirs = _send(teamleider, contact, "Van de teamleider", now=LONG_AGO)
    client.force_login(omo)

    page = _start_page(client)

    assert mine.case.reference in page and theirs.case.reference in page
    client.force_login(consulent)
    assert theirs.case.reference not in _start_page(client)


def test_a_colleague_of_another_team_does_not_see_the_overdue_request(
    client, consulent, consulent_zuid, contact
):
    request = _send(consulent, contact, "Vraag", now=LONG_AGO)
    client.force_login(consulent_zuid)

    assert request.case.reference not in _start_page(client)


def test_the_start_page_is_read_in_the_access_log_with_the_requests_cases(
    client, consulent, contact
):
    from maatwerk.audit.services import AccessLog

    request = _send(consulent, contact, "Vraag", now=LONG_AGO)
    client.force_login(consulent)
    _start_page(client)

    row = AccessLog.objects.filter(channel="scherm:mijn-werk").latest("pk")
    assert request.case_id in row.details["cases"]


@pytest.mark.parametrize("role", ["consulent", "omo"])
def test_the_start_page_queries_do_not_grow_with_the_requests(
    request, client, consulent, teamleider, contact, role
):
    user = request.getfixturevalue(role)
    _send(consulent, contact, "Eerste", now=LONG_AGO)
    _send(consulent, contact, "Eerste open")
    client.force_login(user)
    _start_page(client)  # sessions and caches warmed
    with CaptureQueriesContext(connection) as few:
        _start_page(client)
    for n in range(6):
        other = Contact.objects.create(
            organisation=OrganisationFactory(name=f"Partner {n}", kind="overig"), name=f"C{n}"
        )
        _send(consulent, other, f"Verlopen {n}", now=LONG_AGO)
        _send(teamleider, other, f"Van een ander {n}", now=LONG_AGO)
        _send(consulent, other, f"Open {n}")
    with CaptureQueriesContext(connection) as many:
        page = _start_page(client)

    assert page.count("mw-overdue") >= 7
    assert len(many) == len(few), [q["sql"][:120] for q in many.captured_queries]


def test_a_confidential_case_the_omo_functionaris_is_not_named_on_stays_hidden(
    client, consulent, omo, contact
):
    request = _send(consulent, contact, "Vertrouwelijk", now=LONG_AGO)
    request.case.confidential = True
    request.case.save(update_fields=["confidential"])
    request.case.confidential_users.add(consulent)
    client.force_login(omo)

    assert request.case.reference not in _start_page(client)
    client.force_login(consulent)
    assert request.case.reference in _start_page(client)
