import pytest

from .quarter import build_quarter


@pytest.fixture
def quarter(consulent, consulent_zuid, teamleider, omo, controller):
    consulent_zuid.municipality = consulent.municipality
    return build_quarter(
        consulent=consulent,
        consulent_zuid=consulent_zuid,
        teamleider=teamleider,
        omo=omo,
        controller=controller,
    )
