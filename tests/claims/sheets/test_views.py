"""Saved sheets on the site: stable file links that serve the claims' current state, and a printable page."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimSheet
from claims.services import claim_save
from claims.sheets.services import sheet_add_claims
from tests.claims.sheet_files import csv_rows, json_document, xlsx_rows, xlsx_workbook


@pytest.fixture
def sheet(sheet_claims, editor):
    sheet = ClaimSheet.objects.create(
        name="NK troops in Kursk, July 2025",
        slug="nk-kursk",
        description="For the Sunday story.",
        query="tag=kursk",
        created_by=editor,
        public=True,
    )
    sheet_add_claims(
        sheet=sheet, claims=[sheet_claims.approx, sheet_claims.draft, sheet_claims.ranged, sheet_claims.relayed]
    )
    return sheet


def content(response):
    return b"".join(response.streaming_content)


def test_file_links(client, sheet):
    assert sheet.get_file_url("xlsx") == "/sheets/nk-kursk.xlsx"
    for extension in ("xlsx", "csv", "json", "jsonld"):
        response = client.get(sheet.get_file_url(extension))
        assert response.status_code == 200, extension
        assert response["Content-Disposition"].startswith('attachment; filename="nk-troops-in-kursk-july-2025-')


def test_files_follow_the_sheets_order_and_show_anonymous_users_published_claims_only(client, sheet, sheet_claims):
    rows = csv_rows(content(client.get("/sheets/nk-kursk.csv")))
    assert [row["UID"] for row in rows] == [
        str(c.uid) for c in (sheet_claims.approx, sheet_claims.ranged, sheet_claims.relayed)
    ]


def test_editors_see_drafts_on_the_sheet(editor_client, sheet, sheet_claims):
    rows = xlsx_rows(content(editor_client.get("/sheets/nk-kursk.xlsx")))
    assert str(sheet_claims.draft.uid) in [row["UID"] for row in rows]


def test_the_link_always_serves_the_current_state(client, sheet, sheet_claims):
    claim = Claim.objects.get(pk=sheet_claims.approx.pk)
    claim.value = 13000
    claim_save(claim=claim)
    (first, *_) = json_document(content(client.get("/sheets/nk-kursk.json")))["claims"]
    assert (first["value"], first["figure"]) == ("13000", "≈ 13,000 troops")


def test_xlsx_records_the_sheet_its_query_and_reader(editor_client, sheet):
    about = dict(
        xlsx_workbook(content(editor_client.get("/sheets/nk-kursk.xlsx")))["About this sheet"].iter_rows(
            max_row=6, values_only=True
        )
    )
    assert (about["Title"], about["Query"], about["Produced by"], about["Rows"]) == (
        "NK troops in Kursk, July 2025",
        "tag=kursk",
        "eddie",
        4,
    )
    assert about["Address"] == "http://testserver/sheets/nk-kursk.xlsx"


def test_claim_review_file(client, sheet, sheet_claims):
    graph = json_document(content(client.get("/sheets/nk-kursk.jsonld")))["@graph"]
    assert [item["claimReviewed"] for item in graph] == [sheet_claims.relayed.statement]


def test_unknown_sheets_and_formats_are_404(client, sheet):
    assert client.get("/sheets/nope.csv").status_code == 404
    assert client.get("/sheets/nk-kursk.pdf").status_code == 404
    assert client.get("/sheets/nope/").status_code == 404


def test_the_page_lists_the_claims_and_prints_cleanly(client, sheet, sheet_claims):
    response = client.get(reverse("sheets:detail", args=["nk-kursk"]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "NK troops in Kursk, July 2025" in page and "For the Sunday story." in page
    assert "≈ 12,000 troops" in page and "4,000–5,000 workers" in page
    assert "The Hill ← NBC News ← six anonymous sources" in page
    assert sheet_claims.draft.statement not in page  # anonymous readers see published claims only
    assert "3 claims" in page
    assert "@media print" in page and 'href="/sheets/nk-kursk.xlsx"' in page


def test_the_page_costs_a_fixed_number_of_queries(client, sheet, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        assert client.get("/sheets/nk-kursk/").status_code == 200


def test_sheet_list(client, sheet):
    page = client.get(reverse("sheets:list")).content.decode()
    assert 'href="/sheets/nk-kursk/"' in page and "NK troops in Kursk, July 2025" in page
