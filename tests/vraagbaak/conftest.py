import pytest

from maatwerk.demo.setup import ensure_demo_world
from maatwerk.demo.vraagbaak_data import load_vraagbaak
from maatwerk.vraagbaak import search


@pytest.fixture
def demo_world(db):
    return ensure_demo_world()


@pytest.fixture
def demo_vraagbaak(demo_world):
    load_vraagbaak(demo_world)
    search.forget()
    yield demo_world
    search.forget()


@pytest.fixture(autouse=True)
def _fresh_index():
    search.forget()
    yield
    search.forget()
