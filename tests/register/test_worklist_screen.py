"""The work list of requests to partners: every overdue request for the OMO-functionaris, a
consulent's own ones for them; verlopen once the two working days have passed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from maatwerk.register import services
from maatwerk.register.models import Contact

from ..factories import CaseFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

LONG_AGO = timezone.make_aware(datetime.datetime(2026, 3, 10, 10))


@pytest.fixture
def contact(db):
    return Contact.objects.create(
        organisation=OrganisationFactory(name="SVB", kind="svb"), name="Ilse"
    )


def _overdue(user, contact):
    case = CaseFactory(household__team=user.team, regisseur=user)
    return services.send_request(user, case, contact, "Vraag", now=LONG_AGO)


def test_the_omo_functionaris_work_list_shows_every_overdue_request(
    client, consulent, teamleider, omo, contact
):
    first, second = _overdue(consulent, contact), _overdue(teamleider, contact)
    client.force_login(omo)

    page = client.get(reverse("register:worklist")).content.decode()

    assert first.case.reference in page and second.case.reference in page


def test_a_consulent_work_list_shows_only_what_they_sent(client, consulent, teamleider, contact):
    mine, theirs = _overdue(consulent, contact), _overdue(teamleider, contact)
    client.force_login(consulent)

    page = client.get(reverse("register:worklist")).content.decode()

    assert mine.case.reference in page and theirs.case.reference not in page


def test_the_partner_inbox_says_verlopen_for_an_overdue_request(client, consulent, partner_contact):
    request = _overdue(consulent, partner_contact.register_contact)
    client.force_login(partner_contact)

    page = client.get(reverse("register:inbox")).content.decode()

    assert request.case.reference in page and "verlopen" in page
