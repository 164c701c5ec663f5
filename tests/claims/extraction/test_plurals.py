"""Tests for `claims.extraction.plurals`: the number of an English noun."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.plurals import looks_plural


def test_accused_is_a_plural_noun_in_court_copy():
    assert looks_plural("accused")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The tribunal summoned 2,310 accused over the riots.", "2,310 accused"),
        ("Police produced 57 detained accused before the magistrate.", "57 detained accused"),
    ],
)
def test_a_count_of_accused_counts_them(sentence, quote):
    [candidate] = extract_figures(sentence)
    assert (candidate.quote, candidate.unit) == (quote, "accused")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The trust will pay a final dividend of 7.5 sen per unit.", "sen"),
        ("Earnings per share fell to 88 kobo.", "kobo"),
        ("Kerosene was made dearer by 7 paise.", "paise"),
    ],
)
def test_coins_without_a_plural_s_are_counted(text, unit):
    # Eighteenth round: "29 sen per share", "169 kobo" read with no unit; a coin takes no plural "s".
    assert [c.unit for c in extract_figures(text)] == [unit]


def test_paisa_is_a_coin_counted_without_a_plural_s():
    # Round 32: "paisa", the spelling of "paise" some Indian and Pakistani papers use.
    units = {
        c.quote: c.unit for c in extract_figures("The loss per unit widened from 35 paisa in 2019 to 72 paisa in 2022.")
    }
    assert units["35 paisa"] == "paisa"
