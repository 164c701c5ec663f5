"""Tests for `claims.extraction.speaker_counts`: counts written inside a speaker."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def values(text):
    return [candidate.value for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emissions will rise 2%, a study by 31 scientists from 12 universities said.", [2, 31, 12]),
        ("Four of the seven indices studied reported a fall in May.", [4, 7]),
        ("Police held 40 protesters. Three of those arrested told reporters they were beaten.", [40, 3]),
    ],
)
def test_a_count_describing_a_speaker_is_a_figure(text, expected):
    assert values(text) == [Decimal(value) for value in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Output fell sharply, the two agencies said.",
        "Output fell sharply, citing four sources familiar with the matter, the paper said.",
        "Turnout fell sharply, as Table 3 shows.",
    ],
)
def test_a_count_naming_a_speaker_stays_chain_data(text):
    assert values(text) == []
