"""The maatwerkregister and the authority map through the API: who can be reached where, and
who can make an exception to each rule ("bevoegde onbekend" when nobody is recorded)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from maatwerk.register.models import Authority, Contact

from ...factories import OrganisationFactory, RuleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(db):
    duo = OrganisationFactory(name="DUO", kind="duo")
    corporatie = OrganisationFactory(name="Woonstede", kind="woningcorporatie")
    backup = Contact.objects.create(organisation=duo, name="Vervanger", phone="050-1")
    main = Contact.objects.create(
        organisation=duo, name="Sandra", function="maatwerk", substitute=backup
    )
    local = Contact.objects.create(organisation=corporatie, name="Karim", email="k@woonstede.nl")
    Contact.objects.create(organisation=corporatie, name="Vertrokken", active=False)
    return {"duo": duo, "corporatie": corporatie, "main": main, "local": local}


def test_every_professional_reads_the_active_contacts_with_their_substitute(
    client_for, controller, register
):
    rows = client_for(controller).get("/api/v1/register-contacts/").json()["results"]

    assert [row["name"] for row in rows] == ["Sandra", "Vervanger", "Karim"]
    assert rows[0]["substitute"] == {"id": register["main"].substitute_id, "name": "Vervanger"}
    assert rows[0]["organisation"]["national"] is True
    assert rows[2]["organisation"]["national"] is False


def test_contacts_of_national_agencies_or_local_partners_only(client_for, consulent, register):
    api = client_for(consulent)

    national = api.get("/api/v1/register-contacts/", {"national": "true"}).json()["results"]
    local = api.get("/api/v1/register-contacts/", {"national": "false"}).json()["results"]

    assert {row["name"] for row in national} == {"Sandra", "Vervanger"}
    assert [row["name"] for row in local] == ["Karim"]
    assert api.get("/api/v1/register-contacts/", {"national": "misschien"}).status_code == 400


def test_organisations_come_with_their_active_contacts_in_a_fixed_number_of_queries(
    client_for, consulent, register
):
    api = client_for(consulent)
    api.get("/api/v1/register-organisations/")  # warm up sessions and caches
    with CaptureQueriesContext(connection) as few:
        api.get("/api/v1/register-organisations/")
    for n in range(5):
        organisation = OrganisationFactory(name=f"Partner {n}", kind="zorgaanbieder")
        Contact.objects.create(organisation=organisation, name=f"Contact {n}")
    with CaptureQueriesContext(connection) as many:
        rows = api.get("/api/v1/register-organisations/").json()["results"]

    assert len(many) == len(few)
    corporatie = next(row for row in rows if row["name"] == "Woonstede")
    assert [contact["name"] for contact in corporatie["contacts"]] == ["Karim"]
    detail = api.get(f"/api/v1/register-organisations/{register['duo'].pk}/").json()
    assert detail["national"] is True and len(detail["contacts"]) == 2


def test_the_authority_map_shows_who_decides_and_where_nobody_is_known(
    client_for, beleid, register
):
    housing = RuleFactory(name="Woningtoewijzing", law="Huisvestingsverordening")
    pgb = RuleFactory(name="PGB-besteding onderwijs", law="Wlz")
    Authority.objects.create(
        rule=housing,
        holder="woningcorporatie",
        holder_organisation=register["corporatie"],
        ground="hardheidsclausule",
        escalation="directeur wonen",
        contact=register["local"],
    )
    api = client_for(beleid)

    rows = {row["rule_name"]: row for row in api.get("/api/v1/authorities/").json()["results"]}

    assert rows["Woningtoewijzing"]["status"] == "bekend"
    assert rows["Woningtoewijzing"]["ground"] == "hardheidsclausule"
    assert rows["Woningtoewijzing"]["contact"]["name"] == "Karim"
    assert rows["Woningtoewijzing"]["holder_organisation"]["name"] == "Woonstede"
    assert rows["PGB-besteding onderwijs"]["status"] == "onbekend"
    assert rows["PGB-besteding onderwijs"]["holder"] == ""
    one = api.get(f"/api/v1/authorities/{pgb.pk}/")
    assert one.status_code == 200 and one.json()["status"] == "onbekend"


def test_a_recorded_but_unknown_authority_says_bevoegde_onbekend(client_for, consulent):
    rule = RuleFactory(name="Kostendelersnorm", law="Participatiewet")
    Authority.objects.create(rule=rule, status=Authority.Status.ONBEKEND, holder="ergens")

    row = client_for(consulent).get(f"/api/v1/authorities/{rule.pk}/").json()

    assert row["status"] == "onbekend" and row["holder"] == ""


def test_an_unknown_rule_or_contact_is_a_404(client_for, consulent):
    api = client_for(consulent)

    assert api.get(f"/api/v1/authorities/{2**63 - 1}/").status_code == 404
    assert api.get("/api/v1/register-contacts/99999999999999999999/").status_code == 404


@pytest.mark.parametrize("value", ["drie", "0", "-46078116149029054185472", str(2**63)])
def test_an_organisation_filter_that_is_no_id_is_a_dutch_400(client_for, consulent, value):
    response = client_for(consulent).get("/api/v1/register-contacts/", {"organisation": value})

    assert response.status_code == 400
    assert response.json() == {"organisation": ["Geef het id van de organisatie (een getal)."]}
