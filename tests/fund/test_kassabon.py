"""The worked figures of the seeds (docs/product.md) reproduced by kassabons built from the
catalogue: the class case, Arslan, Voortman, Koopmans and Derksen — and Yvonne's ten years of
bewind, discounted at the government's MKBA rate. Bad lines are refused with a Dutch message
and the kassabon unchanged."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from maatwerk.fund import compute, services
from maatwerk.fund.models import CostItem, Kassabon, Line, ScenarioKind

pytestmark = pytest.mark.django_db


def item(name_start: str) -> CostItem:
    return CostItem.objects.get(name__startswith=name_start)


def kassabon(consulent, case, *, horizon=1, rate=None, without=ScenarioKind.ESCALATIE):
    return services.create_kassabon(
        consulent,
        case,
        title="Kassabon",
        horizon_years=horizon,
        discount_rate=rate,
        without=without,
    )


def test_the_class_case_twenty_times_as_much(consulent, route_case):
    bon = kassabon(consulent, route_case)
    services.add_line(
        consulent,
        bon,
        "met",
        item=item("Hulpverlening door"),
        quantity=40,
        periods=1,
        investment=True,
    )
    services.add_line(
        consulent,
        bon,
        "escalatie",
        item=item("Jeugdzorg trajectfinanciering"),
        quantity=2,
        periods=1,
    )

    receipt = services.computed(bon)
    main = receipt.main
    assert receipt.scenarios[0].total == Decimal("3080.00")
    assert main.without.total == Decimal("68000.00")
    assert main.net_benefit == Decimal("64920.00")
    assert main.ratio == Decimal("22.08")  # "about twenty times as much"
    assert main.payback_months == 1
    assert main.without.lines[0].arithmetic == (
        "EUR 34.000,00 per traject × 2 × 1 periode = EUR 68.000,00"
    )


def test_arslan_a_year_of_bso_plus_against_youth_care_with_stay(consulent, route_case):
    bon = kassabon(consulent, route_case)
    services.add_line(consulent, bon, "met", item=item("BSO+"), periods=1, investment=True)
    services.add_line(
        consulent,
        bon,
        "escalatie",
        item=item("Jeugdhulp met verblijf, per kind (jaar)"),
        quantity=2,
        periods=1,
    )

    main = services.computed(bon).main
    assert main.investment == Decimal("50000.00")
    assert (main.without.total, main.without.low, main.without.high) == (
        Decimal("160000.00"),
        Decimal("120000.00"),
        Decimal("200000.00"),
    )
    assert (main.net_low, main.net_benefit, main.net_high) == (
        Decimal("70000.00"),
        Decimal("110000.00"),
        Decimal("150000.00"),
    )


def test_voortman_half_a_year_of_family_benefit_against_placing_five_children(
    consulent, route_case
):
    bon = kassabon(consulent, route_case)
    services.add_line(
        consulent, bon, "met", item=item("Gezinsuitkering"), periods=6, investment=True
    )
    services.add_line(
        consulent, bon, "escalatie", item=item("Uithuisplaatsing"), quantity=5, periods=1
    )

    main = services.computed(bon).main
    assert main.investment == Decimal("9000.00")
    assert main.without.total == Decimal("75000.00")
    assert main.ratio == Decimal("8.33")
    # Per payer: the benefit lands with Jeugd, the cost with Participatie.
    assert main.benefit_by_payer[("gemeente_jeugd", "")] == Decimal("75000.00")
    assert main.benefit_by_payer[("gemeente_participatie", "")] == Decimal("-9000.00")


def test_koopmans_a_cargo_bike_against_placing_four_children(consulent, route_case):
    bon = kassabon(consulent, route_case)
    services.add_line(
        consulent, bon, "met", item=item("Elektrische bakfiets"), periods=1, investment=True
    )
    services.add_line(
        consulent, bon, "escalatie", item=item("Uithuisplaatsing"), quantity=4, periods=1
    )

    main = services.computed(bon).main
    assert (main.investment, main.without.total) == (Decimal("2200.00"), Decimal("60000.00"))
    assert main.net_benefit == Decimal("57800.00")


def test_derksen_home_education_against_youth_care_with_stay(consulent, route_case):
    bon = kassabon(consulent, route_case)
    services.add_line(
        consulent, bon, "met", item=item("Begeleiding thuisonderwijs"), periods=1, investment=True
    )
    services.add_line(
        consulent, bon, "escalatie", item=item("Jeugdhulp met verblijf, per kind (half"), periods=1
    )

    main = services.computed(bon).main
    assert main.investment == Decimal("13000.00")
    assert (main.without.low, main.without.high) == (Decimal("22000.00"), Decimal("56000.00"))
    assert (main.net_low, main.net_high) == (Decimal("9000.00"), Decimal("43000.00"))


def test_yvonne_ten_years_of_bewind_discounted_at_the_mkba_rate(consulent, route_case):
    bon = kassabon(consulent, route_case, horizon=10, rate=compute.DEFAULT_DISCOUNT_RATE)
    services.add_line(
        consulent, bon, "met", item=item("Participatiebonus"), periods=1, investment=True
    )
    services.add_line(consulent, bon, "escalatie", item=item("Beschermingsbewind"), periods=12)

    main = services.computed(bon).main
    r = Decimal("1.0225")
    expected = sum(Decimal("1500") / r**year for year in range(10))
    assert main.without.total == compute.cents(expected) == Decimal("13598.56")
    line = main.without.lines[0]
    assert line.nominal == Decimal("15000.00") and line.left_out == 2
    assert "contante waarde bij 2,25%" in line.arithmetic
    assert "2 na de horizon niet meegeteld" in line.arithmetic
    # The bonus pays itself back in the third year.
    assert main.payback_months == 25


def test_a_new_kassabon_discounts_at_the_government_rate_by_default(consulent, route_case):
    bon = services.create_kassabon(consulent, route_case, title="Kassabon")
    assert bon.discount_rate == Decimal("2.25")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"description": "Iets", "unit_cost": "10", "unit": "once", "periods": 1}, "payer"),
        ({"description": "Iets", "unit_cost": "10", "unit": "once", "payer": "overig"}, "periods"),
        (
            {
                "description": "Iets",
                "unit_cost": "0",
                "unit": "once",
                "payer": "overig",
                "periods": 1,
            },
            "unit_cost",
        ),
        (
            {
                "description": "Iets",
                "unit_cost": "10.001",
                "unit": "once",
                "payer": "overig",
                "periods": 1,
            },
            "unit_cost",
        ),
        (
            {
                "description": "Iets",
                "unit_cost": "10",
                "unit": "once",
                "payer": "overig",
                "periods": 1,
                "probability": "120",
            },
            "probability",
        ),
    ],
)
def test_a_bad_line_is_refused_and_nothing_changes(consulent, route_case, fields, field):
    bon = kassabon(consulent, route_case)
    with pytest.raises(ValidationError) as error:
        services.add_line(consulent, bon, "met", **fields)
    assert field in error.value.message_dict
    assert not Line.objects.exists()


@pytest.mark.parametrize("rate", ["-1", "20.01", "abc", "2.255"])
def test_a_discount_rate_outside_zero_to_twenty_is_refused(consulent, route_case, rate):
    with pytest.raises(ValidationError) as error:
        services.create_kassabon(consulent, route_case, title="K", discount_rate=rate)
    assert "discount_rate" in error.value.message_dict
    assert not Kassabon.objects.exists()


def test_a_frozen_kassabon_never_changes(consulent, controller, route_case):
    bon = kassabon(consulent, route_case)
    services.add_line(consulent, bon, "met", item=item("Fietskar"), periods=1, investment=True)
    frozen = services.freeze_for_decision(consulent, route_case, decision_id=99)
    assert frozen.frozen and frozen.decision_id == 99
    assert services.computed(frozen).scenarios[0].total == Decimal("450.00")
    with pytest.raises(ValidationError, match="bevroren"):
        services.add_line(consulent, frozen, "met", item=item("Fietskar"), periods=1)
    # The working kassabon stays editable and its changes do not touch the frozen one.
    services.add_line(consulent, bon, "met", item=item("Fietskar"), periods=1)
    assert services.computed(frozen).scenarios[0].total == Decimal("450.00")
    realised = services.record_realised(
        controller,
        frozen,
        scenario_kind="met",
        description="Fietskar gekocht",
        payer="gemeente_wmo",
        amount="430",
        period_end=frozen.frozen_at.date(),
    )
    assert realised.amount == Decimal("430.00")
