"""Tests for `claims.extraction.continental`: a point grouping thousands, told by the noun."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The derby drew 61.274 spectators to the stadium.", Decimal("61274")),
        ("Only 7.309 voters turned out in the district.", Decimal("7309")),
        ("Inspectors seized 3.125 kilograms of cocaine.", Decimal("3.125")),  # a measure keeps its decimals
        ("The index rose 2.375 points on Friday.", Decimal("2.375")),
    ],
)
def test_three_decimals_before_people_or_tallies_are_thousands(sentence, value):
    [candidate] = extract_figures(sentence)
    assert candidate.value == value
