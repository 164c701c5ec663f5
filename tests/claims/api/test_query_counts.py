"""Every list endpoint costs the same number of queries for 3 rows as for 12 (and chains of any length).

A query per row shows at any two sizes; 3 and 12 keep the records cheap to build."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import build_newsroom

# Pinned: a change that adds a query per row (or per page) shows up here.
# (path, queries for an anonymous client). A token costs three more: the token with
# its user, and the user's and groups' permissions.
ENDPOINTS = [
    ("/api/v1/claims/", 4),  # the page (ids), its claims, their chain links, their tags
    ("/api/v1/claims/?facet=unit&facet=origin", 6),  # and one per facet
    ("/api/v1/sources/", 2),  # sources with their outlet, then the page's claim counts
    ("/api/v1/outlets/", 2),
    ("/api/v1/actors/", 2),
    ("/api/v1/metrics/", 2),
    ("/api/v1/tags/", 2),
    ("/api/v1/reviews/", 2),  # reviews, their evidence
    ("/api/v1/sheets/", 2),  # sheets with their maker, then the page's claim counts
]
TOKEN_QUERIES = 3


def count_queries(client, path, page_size):
    separator = "&" if "?" in path else "?"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{path}{separator}page_size={page_size}")
    assert response.status_code == 200, response.content
    assert len(response.json()["results"]) == page_size
    return len(queries)


def test_list_endpoints_use_a_fixed_number_of_queries(db, api, reviewer_api):
    build_newsroom(12)  # once for every endpoint
    for path, queries in ENDPOINTS:
        assert [count_queries(api, path, 3), count_queries(api, path, 12)] == [queries, queries], path
        with_token = [count_queries(reviewer_api, path, 3), count_queries(reviewer_api, path, 12)]
        assert with_token == [queries + TOKEN_QUERIES] * 2, path


def test_conflicting_filter_uses_a_fixed_number_of_queries(db, api, estimate, metric):
    # 12 estimates of one metric for 2024, each far from the others: every one is in conflict.
    for n in range(12):
        estimate(1000 * (n + 1), "exact")
    path = "/api/v1/claims/?conflicting=true"
    assert count_queries(api, path, 3) == count_queries(api, path, 12) == 4
