"""The Waardendriehoek drawing: each score is a point on the line from the centre to its
value's corner, at score/5 of the way."""

import math

import pytest

from maatwerk.route import triangle


def _distance(a, b) -> float:
    return math.hypot(a.x - b.x, a.y - b.y)


def test_full_scores_touch_the_corners():
    points = triangle.score_points({"rendement": 5, "legitimiteit": 5, "betrokkenheid": 5})

    for name, corner in triangle.corners().items():
        assert _distance(points[name], corner) < 1e-9


def test_a_score_lies_at_its_fraction_of_the_way_to_the_corner():
    centre = triangle.Point(*triangle.CENTRE)
    points = triangle.score_points({"rendement": 1, "legitimiteit": 3, "betrokkenheid": 4})

    assert _distance(centre, points["rendement"]) == pytest.approx(triangle.RADIUS / 5)
    assert _distance(centre, points["legitimiteit"]) == pytest.approx(triangle.RADIUS * 3 / 5)
    assert _distance(centre, points["betrokkenheid"]) == pytest.approx(triangle.RADIUS * 4 / 5)


def test_rendement_is_drawn_at_the_top():
    corners = triangle.corners()

    assert corners["rendement"].y < min(corners["legitimiteit"].y, corners["betrokkenheid"].y)


@pytest.mark.parametrize("score", [0, 6])
def test_a_score_outside_one_to_five_is_refused(score):
    with pytest.raises(ValueError):
        triangle.score_points({"rendement": score, "legitimiteit": 3, "betrokkenheid": 3})
