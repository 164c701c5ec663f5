"""The OpenAPI schema generates cleanly and documents every filter; the docs work offline."""

import re

import pytest
from django.core.management import call_command
from django.test import Client

from claims.filtersets import ClaimFilterSet


def test_schema_generates_without_warnings(db, tmp_path):
    # --fail-on-warn turns any warning (an unresolvable field, a name clash) into an error.
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/v1/claims/" in (tmp_path / "schema.yaml").read_text()


@pytest.fixture
def schema(db, client):
    response = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    return response.json()


def test_every_claim_filter_is_documented(schema):
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/claims/"]["get"]["parameters"]}
    for name in [*ClaimFilterSet.base_filters, "facet", "page_size", "cursor", "count"]:
        assert name in parameters, name
        assert parameters[name].get("description"), name


def test_claim_response_and_write_request_are_described(schema):
    components = schema["components"]["schemas"]
    claim = components["Claim"]["properties"]
    assert {"figure", "sources", "tags", "metric", "status", "verdict", "version"} <= set(claim)
    link = components["AttributionLink"]["properties"]
    assert {"actor", "verb", "role", "anonymous", "source_count", "position"} <= set(link)
    assert "sources" in components["ClaimWrite"]["properties"]
    publish = schema["paths"]["/api/v1/claims/{id}/publish/"]["post"]
    assert "If-Match" in {p["name"] for p in publish["parameters"]}


def test_docs_page_loads_with_assets_served_by_the_app(db, settings):
    settings.WHITENOISE_USE_FINDERS = True  # as in DEBUG; deployments run collectstatic
    client = Client()
    page = client.get("/api/docs/")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.content.decode())
    # Swagger UI's start-up script is served by the docs view itself (no inline script: the CSP).
    assert "/api/docs/?script=" in assets
    assets.remove("/api/docs/?script=")
    assert assets and all(asset.startswith("/static/drf_spectacular_sidecar/") for asset in assets), assets
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200, asset
        response.close()


def test_browsable_api_renders_with_its_filter_form(seeded, client):
    response = client.get("/api/v1/claims/", {"unit": "drones,missiles", "outlet": "the-hill"}, HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="unit"' in page and 'value="drones,missiles"' in page
    assert "477 drones" in page
