"""The read-only /api/v1/sheets/ endpoint."""

import pytest
from django.core.cache import cache

from claims.models import ClaimSheet
from claims.sheets.services import sheet_add_claims


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    cache.clear()


@pytest.fixture
def sheet(sheet_claims, editor):
    sheet = ClaimSheet.objects.create(name="Kursk", slug="kursk", query="tag=kursk", created_by=editor, public=True)
    sheet_add_claims(sheet=sheet, claims=[sheet_claims.approx, sheet_claims.draft])
    return sheet


def test_sheets_are_listed_with_links_maker_and_claim_count(client, sheet):
    (listed,) = client.get("/api/v1/sheets/").json()["results"]
    assert listed["slug"] == "kursk" and listed["name"] == "Kursk" and listed["query"] == "tag=kursk"
    assert listed["created_by"] == "eddie" and listed["created_at"]
    assert listed["claim_count"] == 1  # the draft is not counted for anonymous readers
    assert listed["page"] == "http://testserver/sheets/kursk/"
    assert listed["files"]["xlsx"] == "http://testserver/sheets/kursk.xlsx"
    assert set(listed["files"]) == {"csv", "xlsx", "json", "jsonld"}


def test_editors_count_every_claim(editor_client, sheet):
    assert editor_client.get("/api/v1/sheets/kursk/").json()["claim_count"] == 2


def test_sheets_are_read_only(editor_client, sheet):
    assert editor_client.post("/api/v1/sheets/", {"name": "x", "slug": "x"}).status_code == 405


@pytest.mark.parametrize("count", [10, 100])
def test_the_list_costs_two_queries_for_any_number_of_rows(client, editor, django_assert_num_queries, count):
    """Sheets with their maker, then the page's claim counts (also pinned in tests/claims/api/test_query_counts.py)."""
    ClaimSheet.objects.bulk_create(
        [ClaimSheet(name=f"Sheet {n}", slug=f"sheet-{n}", created_by=editor, public=True) for n in range(count)]
    )
    with django_assert_num_queries(2):
        response = client.get("/api/v1/sheets/", {"page_size": count})
    assert response.status_code == 200
    assert len(response.json()["results"]) == count


def test_unknown_parameters_are_refused(client, sheet):
    response = client.get("/api/v1/sheets/", {"nmae": "Kursk"})
    assert response.status_code == 400 and "nmae" in response.json()
