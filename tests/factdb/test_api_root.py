"""``/api/v1/`` tells a newcomer what there is: endpoints, docs, formats, the feed (factdb.api.root)."""

import pytest

ROOT = "/api/v1/"
LISTS = ["claims", "sources", "outlets", "actors", "metrics", "reviews", "tags", "sheets"]


@pytest.fixture
def root(api, db):
    response = api.get(ROOT)
    assert response.status_code == 200
    return response.json()


def test_every_endpoint_is_listed_with_a_line_saying_what_it_is(root, api):
    assert list(root["endpoints"]) == [*LISTS, "extract", "auth/token"]
    for name, endpoint in root["endpoints"].items():
        assert endpoint["url"] == f"http://testserver/api/v1/{name}/"
        assert 10 < len(endpoint["description"]) <= 160 and "\n" not in endpoint["description"], name
    for name in LISTS:  # each link answers
        assert api.get(root["endpoints"][name]["url"]).status_code == 200, name
    assert api.get(root["endpoints"]["extract"]["url"]).status_code == 401  # POST, by editors


def test_the_docs_are_linked_and_answer(root, api):
    assert root["docs"] == {
        "swagger": "http://testserver/api/docs/",
        "redoc": "http://testserver/api/redoc/",
        "openapi": "http://testserver/api/schema/",
    }
    for url in root["docs"].values():
        assert api.get(url).status_code == 200, url


def test_the_formats_say_where_they_apply_and_work(root, api):
    formats = root["formats"]
    assert list(formats) == ["json", "api", "csv", "xlsx", "sheet-json", "claimreview"]
    assert formats["json"]["endpoints"] == "all"
    assert formats["csv"] == {
        "description": "every claim the filters select, one row each (unpaged)",
        "media_type": "text/csv",
        "endpoints": ["claims"],
        "example": "?format=csv",
    }
    assert api.get(f"/api/v1/claims/{formats['csv']['example']}")["Content-Type"].startswith("text/csv")
    for name, format_ in formats.items():
        endpoint = "claims" if format_["endpoints"] == "all" else format_["endpoints"][0]
        response = api.get(f"{root['endpoints'][endpoint]['url']}{format_['example']}")
        assert response.status_code == 200, name
        assert b"".join(response) if response.streaming else response.content, name


def test_the_feed_is_listed(root):
    assert root["feed"] == "http://testserver/claims/feed.atom"


def test_the_browsable_root_describes_the_api(api, db):
    page = api.get(ROOT, HTTP_ACCEPT="text/html").content.decode()
    assert "factdb API v1" in page
    assert "figure claims with their sources and attribution chains" in page
    assert "default basic root view" not in page
