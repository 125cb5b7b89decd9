import json

import pytest
from django.core.management import CommandError, call_command

from maatwerk.vraagbaak import services
from maatwerk.vraagbaak.models import Precedent

pytestmark = pytest.mark.django_db

GOOD = {
    "id": "ext-1",
    "title": "Huurschuld en ontruiming",
    "summary": "Gezin met huurschuld; de corporatie wil ontbinden.",
    "household": "ouder met twee kinderen",
    "life_domains": ["wonen", "financien_schulden"],
    "laws_and_rules": "Woningtoewijzing – hardheidsclausule; Een onbekende regel",
    "organisations": ["Woningcorporatie Woonstad", "Stichting Nieuw"],
    "blockage": None,
    "solution": "Time-out op de procedure.",
    "solution_type": "afspraken_tussen_instanties",
    "decided_by": "woningcorporatie",
    "cost_of_solution_eur": 1200.5,
    "outcome": "Woning behouden.",
    "unknown_key": "ignored",
}


def _write(tmp_path, records, name="file.json"):
    path = tmp_path / name
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_good_records_land_and_bad_ones_are_reported(demo_world, tmp_path, capsys):
    bad = [
        {"title": "zonder id"},
        {"id": "ext-2"},
        {"id": "ext-3", "title": "T", "summary": "S", "life_domains": ["maan"]},
        {"id": "ext-4", "title": "T", "summary": "S", "solution_type": "toveren"},
        {"id": "ext-5", "title": "T", "summary": "S", "cost_of_solution_eur": -5},
    ]
    path = _write(tmp_path, [GOOD, *bad])
    call_command("import_precedents", str(path))
    out = capsys.readouterr()
    assert "1 nieuw" in out.out and "5 overgeslagen" in out.out
    for label in ("#2", "ext-2", "ext-3", "ext-4", "ext-5"):
        assert f"Record {label} overgeslagen" in out.err
    assert "maan" in out.err and "toveren" in out.err and "negatief" in out.err
    precedent = Precedent.objects.get()
    assert precedent.external_id == "ext-1" and precedent.published
    assert [r.name for r in precedent.rules.all()] == ["Woningtoewijzing – hardheidsclausule"]
    assert precedent.unreviewed_rules == ["Een onbekende regel"]
    assert precedent.unreviewed_organisations == ["Stichting Nieuw"]
    assert str(precedent.cost_eur) == "1200.50"


def test_reimport_updates_never_duplicates_and_the_same_file_changes_nothing(
    demo_world, tmp_path, capsys
):
    path = _write(tmp_path, [GOOD])
    call_command("import_precedents", str(path))
    call_command("import_precedents", str(path))
    assert "0 nieuw, 0 bijgewerkt, 1 ongewijzigd" in capsys.readouterr().out
    _write(tmp_path, [{**GOOD, "title": "Nieuwe titel"}])
    call_command("import_precedents", str(path))
    assert Precedent.objects.get().title == "Nieuwe titel"
    assert Precedent.objects.count() == 1


def test_round_trip_json_and_yaml(demo_vraagbaak, tmp_path, capsys):
    before = [services.export_record(p) for p in Precedent.objects.order_by("external_id")]
    for name in ("out.json", "out.yaml"):
        path = tmp_path / name
        call_command("export_precedents", str(path))
        call_command("import_precedents", str(path))
        assert f"0 nieuw, 0 bijgewerkt, {len(before)} ongewijzigd" in capsys.readouterr().out
    after = [services.export_record(p) for p in Precedent.objects.order_by("external_id")]
    assert after == before


def test_a_file_that_is_not_json_or_yaml_is_refused(demo_world, tmp_path):
    path = tmp_path / "kapot.json"
    path.write_text("{niet: [json", encoding="utf-8")
    with pytest.raises(CommandError, match="geen geldige JSON of YAML"):
        call_command("import_precedents", str(path))
    path = tmp_path / "object.yaml"
    path.write_text("title: los\n", encoding="utf-8")
    with pytest.raises(CommandError, match="geen lijst"):
        call_command("import_precedents", str(path))
    assert not Precedent.objects.exists()
