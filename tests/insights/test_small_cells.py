"""Small counts are hidden, and so is whatever would give them away, on crafted tables."""

from maatwerk.insights.suppression import PRIMARY, SECONDARY, recoverable, suppress


def test_it_hides_counts_of_one_to_four_and_shows_zero_and_five():
    hidden = suppress({"a": 0, "b": 1, "c": 4, "d": 5})
    assert hidden == {"b": PRIMARY, "c": PRIMARY}


def test_a_single_small_cell_in_a_row_with_a_total_takes_the_smallest_other_cell_along():
    values = {"total": 30, "a": 3, "b": 12, "c": 15}
    sums = [("total", ["a", "b", "c"])]
    hidden = suppress(values, sums)
    assert hidden == {"a": PRIMARY, "b": SECONDARY}
    assert not recoverable(values, sums, hidden)


def test_a_small_total_hides_a_part_so_that_the_rest_does_not_add_up_to_it():
    values = {"total": 3, "a": 0, "b": 0, "c": 3}
    sums = [("total", ["a", "b", "c"])]
    hidden = suppress(values, sums)
    assert {"total", "c"} <= set(hidden)
    assert not recoverable(values, sums, hidden)


def test_the_same_count_in_two_tables_is_hidden_in_both_and_both_stay_safe():
    # "by team" and "by source" share their total: hiding in one forces nothing back open.
    values = {"all": 20, "team.n": 17, "team.z": 3, "src.a": 10, "src.b": 10}
    sums = [("all", ["team.n", "team.z"]), ("all", ["src.a", "src.b"])]
    hidden = suppress(values, sums)
    assert hidden["team.z"] == PRIMARY
    assert "team.n" in hidden or "all" in hidden
    assert not recoverable(values, sums, hidden)


def test_a_cross_table_cascades_until_no_row_or_column_gives_a_cell_away():
    # 2 × 2 with row, column and grand totals; one cell of 2.
    values = {
        "r1c1": 2,
        "r1c2": 8,
        "r2c1": 7,
        "r2c2": 9,
        "r1": 10,
        "r2": 16,
        "c1": 9,
        "c2": 17,
        "all": 26,
    }
    sums = [
        ("r1", ["r1c1", "r1c2"]),
        ("r2", ["r2c1", "r2c2"]),
        ("c1", ["r1c1", "r2c1"]),
        ("c2", ["r1c2", "r2c2"]),
        ("all", ["r1", "r2"]),
        ("all", ["c1", "c2"]),
    ]
    hidden = suppress(values, sums)
    assert hidden["r1c1"] == PRIMARY
    assert {"r1c2", "r2c1", "r2c2"} <= set(hidden)
    assert not recoverable(values, sums, hidden)


def test_an_implied_difference_is_protected_like_a_shown_count():
    # 6 sent, 5 answered in time: the 1 late follows unless the 5 is hidden as well.
    values = {"sent": 6, "in_time": 5, "late": 1}
    sums = [("sent", ["in_time", "late"])]
    hidden = suppress(values, sums)
    assert hidden == {"late": PRIMARY, "in_time": SECONDARY}
