"""Claim sheets on the claims API: ?format=, Accept headers, .csv URLs; streamed, unpaged, filtered."""

import pytest
from django.core.cache import cache
from django.http import StreamingHttpResponse

from tests.claims.sheet_files import by_uid, csv_rows, json_document, xlsx_rows, xlsx_workbook

CLAIMS = "/api/v1/claims/"


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    # Throttle counts live in the cache, across tests; each test starts with none.
    cache.clear()


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize(
    "url, headers, content_type",
    [
        (f"{CLAIMS}?format=csv", {}, "text/csv; charset=utf-8"),
        ("/api/v1/claims.csv", {}, "text/csv; charset=utf-8"),
        (CLAIMS, {"HTTP_ACCEPT": "text/csv"}, "text/csv; charset=utf-8"),
        (f"{CLAIMS}?format=xlsx", {}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (
            CLAIMS,
            {"HTTP_ACCEPT": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (f"{CLAIMS}?format=claimreview", {}, "application/ld+json"),
        (CLAIMS, {"HTTP_ACCEPT": "application/ld+json"}, "application/ld+json"),
        (f"{CLAIMS}?format=sheet-json", {}, "application/json"),
    ],
)
def test_formats_by_parameter_header_and_suffix_stream_a_file(client, sheet_claims, url, headers, content_type):
    response = client.get(url, **headers)
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith('attachment; filename="claims-')


def test_anonymous_users_get_only_published_claims(client, sheet_claims):
    rows = csv_rows(content(client.get(CLAIMS, {"format": "csv"})))
    assert {row["Status"] for row in rows} == {"Published"}
    assert str(sheet_claims.draft.uid) not in by_uid(rows)
    assert len(rows) == 6


def test_editors_get_drafts_too(editor_client, sheet_claims):
    rows = xlsx_rows(content(editor_client.get(CLAIMS, {"format": "xlsx"})))
    assert str(sheet_claims.draft.uid) in by_uid(rows)


def test_filters_are_the_apis_and_pages_are_not(client, sheet_claims):
    rows = csv_rows(content(client.get(CLAIMS, {"format": "csv", "tag": "kursk", "page_size": 1})))
    assert {row["UID"] for row in rows} == {str(sheet_claims.ranged.uid), str(sheet_claims.approx.uid)}
    document = json_document(content(client.get(CLAIMS, {"format": "sheet-json", "unit": "troops"})))
    assert [claim["uid"] for claim in document["claims"]] == [str(sheet_claims.approx.uid)]
    assert document["about"]["query"] == "unit=troops"


def test_bad_filter_value_answers_400_naming_the_parameter_in_json(client, sheet_claims):
    response = client.get(CLAIMS, {"format": "csv", "value_min": "lots"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "value_min" in response.json()
    response = client.get(CLAIMS, {"format": "xlsx", "valu_min": "5"})
    assert response.status_code == 400 and "valu_min" in response.json()


def test_claim_review_format_on_the_api(client, sheet_claims):
    document = json_document(content(client.get(CLAIMS, {"format": "claimreview"})))
    assert len(document["@graph"]) == 2
    assert document["@graph"][0]["@type"] == "ClaimReview"


def test_one_claim_as_a_sheet(client, sheet_claims):
    response = client.get(f"{CLAIMS}{sheet_claims.approx.pk}/", {"format": "csv"})
    assert response.status_code == 200
    (row,) = csv_rows(content(response))
    assert row["UID"] == str(sheet_claims.approx.uid)
    assert client.get(f"{CLAIMS}{sheet_claims.draft.pk}/", {"format": "csv"}).status_code == 404


def test_default_json_stays_the_paged_api(client, sheet_claims):
    response = client.get(CLAIMS, {"format": "json"})
    assert response.status_code == 200 and "results" in response.json()


def test_xlsx_suffix_gives_a_workbook_of_the_filtered_claims(client, sheet_claims):
    response = client.get("/api/v1/claims.xlsx", {"tag": "kursk", "ordering": "-value"})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    body = content(response)
    workbook = xlsx_workbook(body)
    assert workbook.sheetnames == ["Claims", "About this sheet"]
    rows = xlsx_rows(body)
    assert [(row["UID"], row["Value"]) for row in rows] == [
        (str(sheet_claims.approx.uid), 12000),
        (str(sheet_claims.ranged.uid), 4000),
    ]
    about = dict(workbook["About this sheet"].iter_rows(max_row=6, values_only=True))
    assert (about["Query"], about["Rows"]) == ("tag=kursk&ordering=-value", 2)
