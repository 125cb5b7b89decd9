"""The API's users are Dutch municipal engineers: its description speaks Dutch throughout, and
a browser gets JSON, not DRF's browsable pages (a developer's tool that fails accessibility)."""

import pytest
import yaml

pytestmark = pytest.mark.django_db

ENGLISH_DEFAULTS = (
    "A page number within the paginated result set",
    "A unique integer value identifying",
    "Number of results to return per page",
)


@pytest.fixture
def schema(client) -> dict:
    return yaml.safe_load(client.get("/api/v1/schema/").content)


def test_every_resource_is_tagged_and_described_in_dutch(schema):
    tags = {tag["name"]: tag["description"] for tag in schema["tags"]}

    used = {tag for path in schema["paths"].values() for op in path.values() for tag in op["tags"]}
    assert used == {
        "Casussen",
        "Huishoudens",
        "Gezinsleden",
        "Knelpunten",
        "Organisaties",
        "Route",
        "Casusoverleg",
        "Maatwerkcanvas",
        "Voorstellen",
        "Besluiten",
        "Fondsen",
        "Kengetallen",
        "Kassabonnen",
        "Verrekening",
        "Vraagbaak",
        "Meldingen",
        "Escalatie",
        "Time-out",
        "Plan en monitoring",
        "Rapportage",
        "Maatwerkregister",
        "Verzoeken aan partners",
    }
    assert used <= tags.keys()


def test_no_english_default_text_is_left(client):
    text = client.get("/api/v1/schema/").content.decode()

    for default in ENGLISH_DEFAULTS:
        assert default not in text


def test_every_response_and_operation_is_described(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method.upper()} {path}: geen samenvatting"
            for code, response in operation["responses"].items():
                assert response.get("description"), f"{method.upper()} {path} {code}"


def test_a_browser_asking_for_html_gets_json(client, consulent):
    client.force_login(consulent)

    response = client.get("/api/v1/cases/", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
