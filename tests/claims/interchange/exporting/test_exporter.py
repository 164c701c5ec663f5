"""ClaimFileExporter: large exports stream chunk by chunk instead of loading every claim."""

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext

from claims.interchange.exporting.benchmark import create_benchmark_claims
from claims.interchange.exporting.exporter import ClaimFileExporter
from claims.models import Claim
from tests.claims.sheet_files import csv_rows
from tests.shared_records import records_for_module


@pytest.fixture(scope="module")
def many_claims_shared(django_db_setup, django_db_blocker):
    """1,200 claims, built once for the module (tests/shared_records.py): every test here only reads them."""
    yield from records_for_module(django_db_blocker, lambda: create_benchmark_claims(1200))


@pytest.fixture
def many_claims(many_claims_shared, db):
    return Claim.objects.filter(tags=many_claims_shared).order_by("id")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_large_export_is_read_chunk_by_chunk_as_it_is_sent(many_claims, fmt):
    exporter = ClaimFileExporter(many_claims, fmt, chunk_size=100)
    response = exporter.response()
    assert isinstance(response, StreamingHttpResponse)
    blocks = iter(response.streaming_content)
    with CaptureQueriesContext(connection) as queries:
        next(blocks)  # the first 500 rows: five chunks of 100
        read_for_first_block = len(queries)
        rest = list(blocks)
    # One query opens the claims; each chunk then costs three (chains, tags, reviews).
    assert read_for_first_block <= 1 + 3 * 5 + 1
    assert len(queries) <= 1 + 3 * 12 + 1
    assert len(queries) > read_for_first_block  # the rest was read only when it was sent
    assert rest and exporter.about.row_count == 1200


def test_blocks_are_bounded_whatever_the_export_size(many_claims):
    blocks = list(ClaimFileExporter(many_claims, "csv", chunk_size=100).chunks())
    assert len(blocks) >= 3
    assert max(len(block) for block in blocks) < 2 * len(b"".join(blocks)) / len(blocks)


def test_streamed_csv_holds_every_claim_once(many_claims):
    rows = csv_rows(b"".join(ClaimFileExporter(many_claims, "csv", chunk_size=100).chunks()))
    assert len(rows) == len({row["UID"] for row in rows}) == 1200
    assert [int(row["ID"]) for row in rows] == list(many_claims.values_list("id", flat=True))


def test_unknown_format_is_refused(db):
    with pytest.raises(ValueError, match="Unknown export format"):
        ClaimFileExporter(Claim.objects.none(), "pdf")


def test_filename_names_the_title_and_date(db):
    exporter = ClaimFileExporter(Claim.objects.none(), "xlsx", title="NK troops in Kursk, July 2025")
    assert exporter.filename.startswith("nk-troops-in-kursk-july-2025-") and exporter.filename.endswith(".xlsx")


def test_a_large_xlsx_is_written_chunk_by_chunk_and_sent_in_blocks(many_claims):
    # A workbook's zip directory comes last, so the file is written first (write-only mode,
    # claims read chunk by chunk) and then streamed from disk in blocks.
    from tests.claims.sheet_files import xlsx_workbook

    exporter = ClaimFileExporter(many_claims, "xlsx", chunk_size=100)
    response = exporter.response()
    assert isinstance(response, StreamingHttpResponse)
    with CaptureQueriesContext(connection) as queries:
        blocks = list(response.streaming_content)
    assert 1 + 3 * 12 <= len(queries) <= 1 + 3 * 12 + 2  # twelve chunks of 100, not one query per claim
    assert len(blocks) > 1
    rows = list(xlsx_workbook(b"".join(blocks))["Claims"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 1200


@pytest.mark.parametrize("chunk_size", [100, 500, 1200, 5000])
def test_an_export_costs_the_same_queries_per_chunk_whatever_its_size(many_claims, chunk_size):
    # One query streams the claims; each chunk of them costs three (chains, tags, reviews),
    # however many chains, tags or reviews the claims have.
    with CaptureQueriesContext(connection) as queries:
        data = b"".join(ClaimFileExporter(many_claims, "csv", chunk_size=chunk_size).chunks())
    assert len(queries) == 1 + 3 * -(-1200 // chunk_size)
    assert len(csv_rows(data)) == 1200
