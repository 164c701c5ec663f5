"""The sheet's columns: one claim as a row, built from the chain and its latest published review."""

import json
from decimal import Decimal

from claims.interchange.columns import COLUMN_KEYS, COLUMNS, column_for_header, sheet_row
from claims.interchange.exporting.records import iter_claim_records
from claims.models import Claim


def row_of(claim):
    (record,) = iter_claim_records(Claim.objects.filter(pk=claim.pk))
    return sheet_row(record)


def test_every_column_has_a_value_in_a_row(sheet_claims):
    row = row_of(sheet_claims.relayed)
    assert tuple(row) == COLUMN_KEYS
    assert len({column.label for column in COLUMNS}) == len(COLUMNS)


def test_relayed_claim_reads_as_its_chains_one_per_source(sheet_claims):
    row = row_of(sheet_claims.relayed)
    # Sources by date: NBC's story (2 July) before The Hill's (3 July).
    assert row["chain"].splitlines() == [
        "NBC News ← six anonymous sources",
        "The Hill ← NBC News ← six anonymous sources",
    ]
    assert row["origin"].splitlines() == ["six anonymous sources", "six anonymous sources"]
    assert row["outlets"].splitlines() == ["NBC News", "The Hill"]
    assert row["source_urls"].splitlines() == ["https://www.nbcnews.com/hellfire", "https://thehill.com/pentagon-halts"]
    assert row["source_dates"].splitlines() == ["2025-07-02", "2025-07-03"]
    assert row["figure"] == "> 100 missiles"
    assert (row["verdict"], row["review_url"]) == ("Mostly true", "https://factdb.example/reviews/hellfire")
    assert row["tags"] == "Russia-Ukraine war"


def test_chain_data_carries_outlets_sources_and_speakers(sheet_claims):
    chains = json.loads(row_of(sheet_claims.relayed)["chain_data"])
    hill = chains[1]
    assert hill["outlet"] == {"slug": "the-hill", "name": "The Hill", "kind": "digital"}
    assert hill["url"] == "https://thehill.com/pentagon-halts" and hill["published"] == "2025-07-03"
    assert [link["actor"]["slug"] for link in hill["links"]] == ["nbc-news", "nbc-news-anonymous-sources"]
    assert hill["links"][1] == {
        "actor": {"slug": "nbc-news-anonymous-sources", "name": "Anonymous sources (NBC News)", "kind": "anonymous"},
        "verb": "citing",
        "role": "origin",
        "count": 6,
    }


def test_figureless_claim_has_empty_figure_cells(sheet_claims):
    row = row_of(sheet_claims.figureless)
    assert (row["figure"], row["value"], row["value_max"], row["qualifier"], row["unit"]) == ("", None, None, "", "")
    assert row["verdict"] == "False"


def test_range_keeps_both_ends_as_numbers(sheet_claims):
    row = row_of(sheet_claims.ranged)
    assert (row["value"], row["value_max"], row["figure"]) == (Decimal(4000), Decimal(5000), "4,000–5,000 workers")
    assert row["metric"] == "North Korean workers sent to Kursk"
    assert row["tags"].splitlines() == ["Kursk", "Russia-Ukraine war"]


def test_headers_are_recognised_by_label_or_key():
    assert column_for_header("Value max").key == "value_max"
    assert column_for_header(" value_max ").key == "value_max"
    assert column_for_header("Last change (UTC)").key == "updated_at"
    assert column_for_header("Notes") is None


def test_chunks_cost_a_fixed_number_of_queries(sheet_claims, django_assert_max_num_queries):
    # One query for the claims, and three per chunk (chains, tags, reviews), whatever the number of rows.
    with django_assert_max_num_queries(1 + 3 * 4):
        rows = [sheet_row(claim) for claim in iter_claim_records(Claim.objects.order_by("id"), chunk_size=2)]
    assert len(rows) == 7
