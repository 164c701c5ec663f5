"""The outlets, sources and speakers endpoints: filters reporters use, bad input, lookups."""

from datetime import date

import pytest

from tests.factories import make_source

pytestmark = pytest.mark.usefixtures("seeded")


def names(response, key="name"):
    assert response.status_code == 200, response.content
    return [row[key] for row in response.json()["results"]]


def test_actors_by_kind_and_country(api):
    assert names(api.get("/api/v1/actors/", {"kind": "anonymous"})) == ["Anonymous sources (NBC News)"]
    assert set(names(api.get("/api/v1/actors/", {"country": "KR"}))) == {
        "National Intelligence Service",
        "South Korean lawmakers",
    }
    assert set(names(api.get("/api/v1/actors/", {"country": "KP,RU", "kind": "media"}))) == {
        "Korean Central Television",
    }


def test_actors_by_name_or_alias(api):
    assert names(api.get("/api/v1/actors/", {"name": "spy agency"})) == ["National Intelligence Service"]
    assert names(api.get("/api/v1/actors/", {"name": "air force"})) == ["Ukrainian Air Force"]


def test_actor_detail_by_slug_or_id(api):
    by_slug = api.get("/api/v1/actors/national-intelligence-service/").json()
    assert "the spy agency" in by_slug["aliases"]
    assert api.get(f"/api/v1/actors/{by_slug['id']}/").json() == by_slug
    assert by_slug["claims_url"].endswith("/api/v1/claims/?actor=national-intelligence-service")


def test_sources_by_outlet_date_and_language(api, make_claim):
    make_claim(
        quote="Korean",
        status="published",
        source=make_source(title="Seoul report", language="ko", published=date(2024, 3, 1)),
    )
    assert names(api.get("/api/v1/sources/", {"outlet": "new-york-times"}), "title") == [
        "Lack of New U.S. Sanctions Allows Russia to Replenish Its War Chest"
    ]
    assert names(api.get("/api/v1/sources/", {"language": "ko"}), "title") == ["Seoul report"]
    assert names(api.get("/api/v1/sources/", {"published_before": "2024-12-31"}), "title") == ["Seoul report"]
    # The seeds hold four 2025 sources; no claim cites the Bloomberg one, so the public sees three.
    assert len(names(api.get("/api/v1/sources/", {"published_after": "2025-01-01"}), "title")) == 3


def test_sources_are_newest_first_and_carry_their_outlet(api):
    rows = api.get("/api/v1/sources/").json()["results"]
    assert [row["published"] for row in rows] == sorted((row["published"] for row in rows), reverse=True)
    assert rows[0]["outlet"]["slug"] and rows[0]["published_display"] == "July 2025"
    assert "text" not in rows[0]  # the publisher's full text stays in the database


def test_outlets_by_kind_and_country(api):
    assert names(api.get("/api/v1/outlets/", {"kind": "newspaper"})) == ["The New York Times"]
    assert set(names(api.get("/api/v1/outlets/", {"country": "US", "kind": "digital"}))) == {"The Hill"}
    assert api.get("/api/v1/outlets/the-hill/").json()["claim_count"] == 4


@pytest.mark.parametrize(
    "path, params, parameter",
    [
        ("/api/v1/actors/", {"kind": "robot"}, "kind"),
        ("/api/v1/outlets/", {"kind": "blog"}, "kind"),
        ("/api/v1/sources/", {"outlet": "bbc"}, "outlet"),
        ("/api/v1/sources/", {"published_after": "July"}, "published_after"),
        ("/api/v1/sources/", {"published_before": "2025-02-31"}, "published_before"),
        ("/api/v1/sources/", {"languge": "en"}, "languge"),
        ("/api/v1/actors/", {"page_size": "1000"}, "page_size"),
    ],
)
def test_bad_input_is_400_naming_the_parameter(api, path, params, parameter):
    response = api.get(path, params)
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_unknown_records_are_404(api):
    assert api.get("/api/v1/actors/no-such-speaker/").status_code == 404
    assert api.get("/api/v1/sources/999999/").status_code == 404
    assert api.get("/api/v1/sources/kursk-wire-story/").status_code == 404  # sources have ids only


def test_reference_endpoints_are_read_only(editor_api):
    assert editor_api.post("/api/v1/actors/", {"name": "New"}, format="json").status_code == 405
