"""The Waardendriehoek as a drawing: a triangle with one corner per value (rendement at the
top, legitimiteit bottom right, betrokkenheid bottom left) and the scores drawn as an inner
triangle, each point on the line from the centre to its corner at score/5 of the way."""

import math
from dataclasses import dataclass

MAX_SCORE = 5
SIZE = 240  # the drawing is SIZE × SIZE units; the page scales it
CENTRE = (SIZE / 2, SIZE / 2 + 16)
RADIUS = 92
# Corner angles in degrees, clockwise from the top.
ANGLES = {"rendement": -90.0, "legitimiteit": 30.0, "betrokkenheid": 150.0}


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def __str__(self) -> str:
        return f"{self.x:.1f},{self.y:.1f}"


def _point(angle: float, fraction: float) -> Point:
    radians = math.radians(angle)
    return Point(
        CENTRE[0] + RADIUS * fraction * math.cos(radians),
        CENTRE[1] + RADIUS * fraction * math.sin(radians),
    )


def corners() -> dict[str, Point]:
    return {name: _point(angle, 1.0) for name, angle in ANGLES.items()}


def score_points(scores: dict[str, int]) -> dict[str, Point]:
    """The inner triangle. A score outside 1–5 is a programming error, not data to draw."""
    points = {}
    for name, angle in ANGLES.items():
        score = scores[name]
        if not 1 <= score <= MAX_SCORE:
            raise ValueError(f"score {name}={score} buiten 1–{MAX_SCORE}")
        points[name] = _point(angle, score / MAX_SCORE)
    return points


def polygon(points: dict[str, Point]) -> str:
    return " ".join(str(points[name]) for name in ANGLES)


def drawing(scores: dict[str, int]) -> dict:
    """What the template needs to draw it: the outer and inner polygons, the grid rings and the
    label positions."""
    outer = corners()
    return {
        "size": SIZE,
        "outer": polygon(outer),
        "rings": [
            polygon({name: _point(angle, ring / MAX_SCORE) for name, angle in ANGLES.items()})
            for ring in range(1, MAX_SCORE)
        ],
        "inner": polygon(score_points(scores)),
        "labels": {name: _point(angle, 1.2) for name, angle in ANGLES.items()},
    }
