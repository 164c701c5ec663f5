"""JSON sheets read back with the json module."""

from claims.interchange.columns import COLUMN_KEYS
from claims.models import Claim
from tests.claims.sheet_files import by_uid, export, json_document


def test_json_has_one_object_per_claim_and_what_produced_it(sheet_claims, editor):
    document = json_document(export("json", Claim.objects.order_by("id"), query="unit=troops", user=editor))
    assert len(document["claims"]) == 7
    assert list(document["claims"][0]) == list(COLUMN_KEYS)
    about = document["about"]
    assert (about["row_count"], about["query"], about["produced_by"]) == (7, "unit=troops", "eddie")
    assert about["produced_at"].endswith("Z")
    assert [column["key"] for column in about["columns"]] == list(COLUMN_KEYS)


def test_figures_are_exact_strings_and_figureless_claims_are_null(sheet_claims):
    claims = by_uid(json_document(export("json"))["claims"], key="uid")
    ranged = claims[str(sheet_claims.ranged.uid)]
    assert (ranged["value"], ranged["value_max"], ranged["period_start"]) == ("4000", "5000", "2025-07-01")
    assert claims[str(sheet_claims.negative.uid)]["value"] == "-2.5"
    figureless = claims[str(sheet_claims.figureless.uid)]
    assert (figureless["value"], figureless["figure"], figureless["qualifier"]) == (None, "", "")


def test_an_empty_selection_is_valid_json(db):
    document = json_document(export("json", Claim.objects.none()))
    assert document["claims"] == [] and document["about"]["row_count"] == 0


def test_intervals_are_exact_decimal_strings(sheet_claims):
    rows = {row["uid"]: row for row in json_document(export("json"))["claims"]}
    approx = rows[str(sheet_claims.approx.uid)]
    assert (approx["interval_low"], approx["interval_high"]) == ("10800", "13200")
