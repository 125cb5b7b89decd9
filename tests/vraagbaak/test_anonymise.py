"""No personal data in a precedent: every demo case goes through the anonymisation pass and
none of its people's names, BSNs, address, postcode or dates of birth is left."""

import pytest

from maatwerk.demo import fund_data
from maatwerk.demo.cases_data import DEMO_CASES
from maatwerk.demo.loader import load_demo_case
from maatwerk.vraagbaak import anonymise, services

pytestmark = pytest.mark.django_db


def test_every_demo_case_leaves_no_personal_value(demo_world):
    omo = demo_world.users["omo"]
    fund_data.ensure_funds(demo_world)  # the route stories ask money of the demo funds
    checked = 0
    for data in DEMO_CASES:
        case = load_demo_case(demo_world, data)
        draft = services.draft_from_case(omo, case)
        values = services.personal_values(case)
        assert values.names, data["key"]
        texts = list(draft.fields.values())
        assert anonymise.leftovers(texts, values) == [], data["key"]
        # And the raw values by hand, whatever their case.
        joined = "\n".join(texts).lower()
        for member in data["members"]:
            if member.get("bsn"):
                assert member["bsn"] not in joined
            assert member["last_name"].lower() not in joined
        checked += 1
    assert checked == len(DEMO_CASES)


def test_patterns_strip_what_a_professional_might_type():
    values = anonymise.PersonalValues(names={"Mira Jansen"}, streets={"Lindelaan"})
    text = (
        "Mevrouw Jansen (geboren 12-03-1985, BSN 123456782) woont Lindelaan 14b, 1234 AB. "
        "Bel 06-12345678 of mail mira@voorbeeld.nl; gesprek op 4 maart 2026 met Pieter."
    )
    result = anonymise.anonymise(text, values).text
    for value in (
        "Jansen",
        "12-03-1985",
        "123456782",
        "Lindelaan",
        "14b",
        "1234 AB",
        "06-12345678",
        "mira@",
        "4 maart",
        "Pieter",
    ):
        assert value not in result, value
    assert "[datum]" in result and "[telefoonnummer]" in result and "[e-mailadres]" in result


def test_the_fields_vocabulary_is_kept():
    result = anonymise.anonymise(
        "Het gezin vroeg de Wmo en het UWV om hulp; de Participatiewet knelt.",
        anonymise.PersonalValues(),
        services.known_words(),
    ).text
    assert "Wmo" in result and "UWV" in result and "Participatiewet" in result


def test_a_name_typed_back_is_refused(demo_world):
    omo = demo_world.users["omo"]
    case = load_demo_case(demo_world, DEMO_CASES[1])
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="persoonsgegevens"):
        services.save_draft(omo, case, {"title": "Woning", "summary": "Anna zoekt een huis."})
    from maatwerk.vraagbaak.models import Precedent

    assert not Precedent.objects.exists()
