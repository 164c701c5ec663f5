"""
The "Three queries against the seed data" of ``docs/api.md``, run as written on the seeds,
answer what the page shows (the fields its ``jq`` keeps), on SQLite and PostgreSQL alike.

Change a query or its output in ``docs/api.md`` and here together.
"""

from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.usefixtures("seeded")

API_DOCS = Path(settings.BASE_DIR) / "docs" / "api.md"

ORIGIN_QUERY = "/api/v1/claims/?origin=national-intelligence-service"
FIGURE_QUERY = "/api/v1/claims/?value_min=50&value_max=500&unit=drones,missiles&facet=unit"
SEARCH_QUERY = "/api/v1/claims/?q=spy+agency+troop"


def get(api, path):
    response = api.get(path)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize("path", [ORIGIN_QUERY, FIGURE_QUERY, SEARCH_QUERY])
def test_the_api_docs_show_these_queries(path):
    assert f"curl -s 'http://127.0.0.1:8000{path}'" in API_DOCS.read_text(encoding="utf-8")


def test_claims_whose_origin_is_the_south_korean_intelligence_agency(api):
    # jq '.results[] | {quote, figure: .figure.display, chain: [.sources[].display], verdict}'
    shown = [
        {
            "quote": claim["quote"],
            "figure": claim["figure"]["display"],
            "chain": [source["display"] for source in claim["sources"]],
            "verdict": claim["verdict"],
        }
        for claim in get(api, ORIGIN_QUERY)["results"]
    ]
    assert shown == [
        {
            "quote": "6,000 workers",
            "figure": "6,000 workers",
            "chain": ["Daily8 ← National Intelligence Service"],
            "verdict": "true",
        },
        {
            "quote": "about 4,000 soldiers",
            "figure": "≈ 4,000 soldiers",
            "chain": ["Daily8 ← South Korean lawmakers ← National Intelligence Service"],
            "verdict": None,
        },
    ]


def test_between_50_and_500_drones_or_missiles_with_unit_counts(api):
    # jq '{facets, results: [.results[] | {quote, figure: .figure.display,
    #      interval: [.figure.interval_low, .figure.interval_high]}]}'
    body = get(api, FIGURE_QUERY)
    assert body["facets"] == {
        "unit": [
            {"value": "missiles", "label": "missiles", "count": 2},
            {"value": "drones", "label": "drones", "count": 1},
        ]
    }
    shown = [
        {
            "quote": claim["quote"],
            "figure": claim["figure"]["display"],
            "interval": [claim["figure"]["interval_low"], claim["figure"]["interval_high"]],
        }
        for claim in body["results"]
    ]
    assert shown == [
        {"quote": "more than 60 missiles", "figure": "> 60 missiles", "interval": [60, None]},
        {"quote": "477 drones", "figure": "477 drones", "interval": [477, 477]},
        {"quote": "over 100 Hellfire missiles", "figure": "> 100 missiles", "interval": [100, None]},
    ]


def test_full_text_search_finds_an_alias_and_a_word_of_the_statement(api):
    # jq '.results[] | {quote, statement}'
    shown = [{"quote": claim["quote"], "statement": claim["statement"]} for claim in get(api, SEARCH_QUERY)["results"]]
    statement = "North Korea's additional troop deployment to Russia in early 2025 may total about 4,000 soldiers."
    assert shown == [{"quote": "about 4,000 soldiers", "statement": statement}]


def test_the_readme_bad_value_example(api):
    response = api.get("/api/v1/claims/?outlet=bbc&value_min=many")
    assert response.status_code == 400
    assert response.json() == {"value_min": ["Enter a number."], "outlet": ["Unknown outlet: “bbc”."]}
