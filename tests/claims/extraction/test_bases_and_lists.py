"""Tests for lakh groups spaced after every comma before a noun (`groupings`), and for two numbers that
are no figure (`noncounts`): the base of a rate after "per" and an item's number opening a sentence."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def figures(text):
    return [(candidate.quote, candidate.value) for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 3, 41, 208 households lost power in the storm.", [("3, 41, 208 households", Decimal(341208))]),
        ("In all, 12, 07, 530 voters cast ballots.", [("12, 07, 530 voters", Decimal(1207530))]),
    ],
)
def test_spaced_lakhs_before_a_noun(text, expected):
    assert figures(text) == expected


def test_a_date_then_a_count_stays_two():
    assert figures("From May 1 to May 21, 14,220 tourists arrived.") == [("14,220 tourists", Decimal(14220))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state saw 41 cases per 1,00,000, up from 30.", [("41 cases", Decimal(41)), ("30", Decimal(30))]),
        ("Officials counted 9.2 suicides per 100,000 in the year.", [("9.2 suicides", Decimal("9.2"))]),
        ("2 - Spending to be approved at a sum of 12 billion rand.", [("12 billion rand", Decimal(12000000000))]),
        ("3) Clause 14 (Fees): the fee is 40 dollars.", [("40 dollars", Decimal(40))]),
    ],
)
def test_rate_bases_and_list_numbers_are_no_figures(text, expected):
    assert figures(text) == expected


def test_a_rate_base_before_a_noun_still_counts():
    assert ("1,000 patients", Decimal(1000)) in figures("The drug prevents 12 strokes per 1,000 patients.")
