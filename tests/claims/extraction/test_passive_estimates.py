"""Tests for `claims.extraction.passive_estimates`: "is estimated at" is an estimate (twenty-ninth round)."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def figures(text):
    return [(c.quote, c.value, c.qualifier) for c in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Storm damage to the coastal roads was estimated at $4.1 million.", "estimated at $4.1 million", 4100000),
        ("The repairs, estimated to cost 3,200 euros, start next week.", "estimated to cost 3,200 euros", 3200),
        (
            "Officers seized watches estimated to be worth $85,000 from the flat.",
            "estimated to be worth $85,000",
            85000,
        ),
        ("It is estimated that 4,500 homes were flooded in the valley.", "is estimated that 4,500 homes", 4500),
    ],
)
def test_a_passive_estimate_is_about(text, quote, value):
    assert figures(text) == [(quote, Decimal(value), "approx")]


def test_a_season_output_estimate_stays_exact():
    text = "Barley production in the region is estimated at 12.4 million tonnes this season."
    assert figures(text) == [("12.4 million tonnes", Decimal("12400000"), "exact")]


def test_a_speaker_estimating_is_left_alone():
    text = "Police estimated the crowd at 20,000."
    assert [qualifier for _, _, qualifier in figures(text)] == ["exact"]


def test_a_fiscal_year_account_stays_exact():
    text = "The state's fiscal deficit is estimated to be 3.4% of output in the coming year."
    assert [qualifier for _, _, qualifier in figures(text)] == ["exact"]
