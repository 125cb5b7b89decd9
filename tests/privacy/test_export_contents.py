"""The export holds everything about the person — own fields, household, case files, change
history, who accessed the file — and nothing about the other members but their number."""

import json

import pytest
from django.urls import reverse

from .conftest import PARTNER_BSN, SUBJECT_BSN

pytestmark = pytest.mark.django_db


@pytest.fixture
def export(client, omo, subject, family_case):
    client.force_login(omo)
    response = client.get(reverse("privacy:subject_export_download", args=[subject.pk]))
    assert response.status_code == 200
    return json.loads(response.content)


def test_it_holds_the_persons_own_data_with_the_full_bsn(export, subject):
    person = export["gezinslid"]
    assert person["id"] == subject.pk
    assert (person["voornaam"], person["achternaam"]) == ("Yvonne Maria", "Jansen")
    assert person["geboortedatum"] == "1985-04-12"
    assert person["bsn"] == SUBJECT_BSN
    assert person["rol_in_huishouden"] == "Hoofdbewoner"


def test_it_holds_the_household_address_and_counts_the_others(export):
    household = export["huishouden"]
    assert (household["straat"], household["huisnummer"]) == ("Lindelaan", "14")
    assert household["aantal_andere_gezinsleden"] == 2


def test_it_holds_every_part_of_the_case_file(export, family_case):
    (case,) = export["casussen"]
    assert case["kenmerk"] == family_case.reference
    assert case["risico_bij_niets_doen"] == "Huisuitzetting dreigt"
    assert {row["leefgebied"] for row in case["leefgebieden"]} == {
        "Financiën en schulden",
        "Wonen",
    }
    assert case["knelpunten"][0]["regel"] == "Participatiewet – kostendelersnorm"
    assert case["reguliere_routes"] == [
        {"wat_is_geprobeerd": "Schuldhulpverlening", "resultaat": "Afgewezen"}
    ]
    assert case["organisaties"][0]["naam"] == "Woonstede"
    assert case["professionals"][0]["contactgegevens"] == "06-12345678"
    assert case["statushistorie"][0]["naar"] == "Aangemeld"
    assert case["tijdlijn"][0]["omschrijving"] == "Huisbezoek afgesproken"


def test_it_holds_the_change_history_of_the_persons_own_row_and_cases(export, family_case):
    changes = export["wijzigingshistorie"]
    renamed = ["Yvonne", "Yvonne Maria"]
    own = [row for row in changes if row["wijzigingen"].get("voornaam") == renamed]
    assert len(own) == 1
    assert own[0]["door"]["rol"] == "Consulent"
    assert any(row["object"] == family_case.reference for row in changes)


def test_it_shows_who_accessed_the_file_when(export, consulent, omo):
    reads = [row for row in export["toegangslog"] if row["kanaal"] == "scherm:dossier"]
    assert len(reads) == 2
    assert reads[0]["wie"] == {"naam": consulent.get_full_name(), "rol": "Consulent"}
    assert reads[0]["handeling"] == "Inzien"
    assert reads[0]["op"]
    # The export itself is logged first, so it shows up too.
    own = [row for row in export["toegangslog"] if row["kanaal"] == "scherm:inzageverzoek"]
    assert own[-1]["wie"]["rol"] == "OMO-functionaris"


def test_it_leaves_out_the_other_members(export, partner, son):
    text = json.dumps(export, ensure_ascii=False)
    for leaked in ("Karel", "Bakker", PARTNER_BSN, "1979-03-03", "Daan", "2014-09-01"):
        assert leaked not in text
    assert partner.pk != export["gezinslid"]["id"] != son.pk


def test_it_warns_that_free_text_can_name_others(export):
    assert any(
        "vrije tekst kan namen van anderen bevatten" in note.lower() for note in export["let_op"]
    )


def test_the_readable_page_shows_the_same_and_leaves_out_the_others(
    client, omo, subject, family_case
):
    client.force_login(omo)

    response = client.get(reverse("privacy:subject_export", args=[subject.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert SUBJECT_BSN in page and family_case.reference in page
    assert "Huisbezoek afgesproken" in page
    for leaked in ("Karel", "Bakker", PARTNER_BSN, "Daan"):
        assert leaked not in page
