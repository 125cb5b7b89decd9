"""Every figure of the quarterly report against the hand-counted quarter (see quarter.py)."""

import pytest

from maatwerk.insights.report import build_report, percentile
from maatwerk.insights.suppression import recoverable

from .quarter import END, START

pytestmark = pytest.mark.django_db


def shown(report, slug: str) -> list[list[str]]:
    return [[cell.text() for cell in row] for row in report.table(slug).rows]


def row(report, slug: str, label: str) -> list[str]:
    return next(r[1:] for r in shown(report, slug) if r[0] == label)


@pytest.fixture
def report(quarter, consulent):
    return build_report(consulent.municipality, START, END)


def test_it_counts_the_cases_signalled_decided_broken_through_and_closed(report):
    assert shown(report, "kerncijfers") == [
        ["Gesignaleerd", "33"],
        ["Besloten (eerste besluit)", "11"],
        ["Doorbraak (oplossing uitgevoerd)", "< 5"],
        ["Afgesloten", "5"],
    ]
    assert report.values["cases.breakthrough"] == 3


def test_it_breaks_the_signals_down_by_team_source_and_life_domain(report):
    assert shown(report, "team") == [
        ["Wijkteam Noord", "21"],
        ["Wijkteam Zuid", "12"],
        ["Totaal", "33"],
    ]
    assert row(report, "bron", "Wijkteam") == ["21"]
    assert row(report, "bron", "Huisarts") == ["< 5"]
    # 3 from a huisarts would follow from 33 − 21 − 9: the KCC's 9 is shielded too.
    assert row(report, "bron", "KCC (klantcontactcentrum)") == ["×"]
    assert row(report, "bron", "Totaal") == ["33"]
    assert row(report, "leefgebied", "Financiën en schulden") == ["11"]
    assert row(report, "leefgebied", "Wonen") == ["11"]
    assert row(report, "leefgebied", "Inkomen") == ["20"]
    assert row(report, "leefgebied", "Veiligheid") == ["< 5"]
    assert row(report, "leefgebied", "Onderwijs") == ["0"]


def test_it_counts_decisions_by_mandate_level_and_outcome(report):
    values = report.values
    assert values["dec.binnen_kaders.akkoord"] == 10
    assert values["dec.binnen_kaders.afgewezen"] == 1
    assert values["dec.binnen_kaders"] == 11
    assert values["dec.all"] == 11
    binnen = row(report, "besluiten", "Binnen bestaande kaders")
    assert binnen[2] == "< 5"  # the one afgewezen
    assert binnen[0] == "×"  # 10 akkoord would give it away from the row total
    assert binnen[-1] == "11"


def test_it_measures_the_time_to_a_decision_in_working_days(report):
    assert row(report, "doorlooptijd", "besluit") == ["11", "10", "30"]
    # Three breakthroughs are too few to show a median of.
    assert row(report, "doorlooptijd", "doorbraak") == ["< 5", "×", "×"]


def test_it_ranks_the_blockages_by_frequency_and_by_money(report):
    assert shown(report, "knelpunten") == [
        [
            "Participatiewet – kostendelersnorm",
            "Participatiewet",
            "Gemeente Testdam – Werk en Inkomen",
            "12",
            "€ 33.000,00",
        ],
        [
            "Woningtoewijzing – hardheidsclausule",
            "Huisvestingsverordening",
            "Woningcorporatie Testdam",
            "< 5",
            "×",
        ],
    ]
    assert [r[0] for r in shown(report, "knelpunten_geld")] == [
        "Participatiewet – kostendelersnorm",
        "Woningtoewijzing – hardheidsclausule",
    ]


def test_it_shows_the_fund_at_the_end_of_the_period_and_its_use_in_it(report):
    (fund_row,) = shown(report, "fonds")
    assert fund_row[1:] == [
        "€ 100.000,00",
        "€ 6.000,00",
        "€ 0,00",
        "€ 94.000,00",
        "€ 0,00",
        "€ 6.000,00",
        "€ 0,00",
        "€ 0,00",
    ]


def test_it_reports_monitoring_escalations_and_requests_without_small_counts(report):
    assert report.values["mon.financien_schulden.beter"] == 3
    assert row(report, "monitoring", "Financiën en schulden") == ["< 5", "0", "0", "< 5"]
    assert report.values["esc.opgelost"] == 3
    assert row(report, "escalaties", "Opgelost") == ["< 5"]
    assert row(report, "escalaties", "Totaal") == ["< 5"]
    assert report.values["ext.let"] == 3
    assert row(report, "landelijk", "Landelijk Escalatie Team (LET)") == ["< 5", "< 5"]
    # 6 sent, 5 in time, 1 late: the late one is a difference of two shown counts, so the
    # 5 and the share are shielded.
    assert report.values["req.in_time"] == 5
    assert shown(report, "verzoeken") == [
        ["Verstuurd", "6"],
        ["Binnen 2 werkdagen beantwoord", "×"],
        ["Aandeel binnen 2 werkdagen", "×"],
    ]


def test_no_hidden_count_can_be_recovered_from_what_the_report_shows(report):
    assert report.hidden
    assert not recoverable(report.values, report.sums, report.hidden)
    for table in report.tables:
        for cell in table.cells():
            if cell.key and 0 < report.values[cell.key] < 5:
                assert cell.text() == "< 5"


def test_the_90th_percentile_is_the_nearest_rank():
    assert percentile([10] * 7 + [30] * 4, 90) == 30
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9
    assert percentile([], 90) is None
