"""The OpenAPI description is served, documents every resource and validates without warnings."""

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def test_the_schema_is_openapi_3_with_every_resource():
    response = APIClient().get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")

    schema = response.json()
    assert response.status_code == 200
    assert schema["openapi"].startswith("3.")
    assert {
        "/api/v1/cases/",
        "/api/v1/cases/{id}/",
        "/api/v1/cases/{id}/transition/",
        "/api/v1/households/",
        "/api/v1/members/",
        "/api/v1/blockages/",
        "/api/v1/organisations/{id}/",
    } <= set(schema["paths"])
    assert "delete" not in schema["paths"]["/api/v1/cases/{id}/"]
    assert "tokenAuth" in schema["components"]["securitySchemes"]


def test_the_bsn_is_write_only_in_the_schema():
    schema = APIClient().get("/api/v1/schema/?format=json").json()

    assert "bsn" not in schema["components"]["schemas"]["Member"]["properties"]
    assert "bsn" in schema["components"]["schemas"]["MemberRequest"]["properties"]


def test_the_schema_validates_without_warnings(tmp_path):
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml")
    )


def test_the_docs_page_loads_the_schema_without_inline_script():
    response = APIClient().get("/api/v1/docs/")

    assert response.status_code == 200
    assert b"/api/v1/schema/" in response.content
    assert b"<script>" not in response.content
