"""Tests for `claims.extraction.bare_units`: the unit a bare number takes from the sentence around it."""

import pytest

from claims.extraction import extract_figures


def units(text):
    return [(c.quote, c.unit) for c in extract_figures(text)]


def test_others_never_count_money():
    # "others" go on counting a count of the text, never its money: the accused are people, not rupees.
    text = "The scheme raised Rs 45 crore. Police charged the promoter, along with six others and a firm, in court."
    assert units(text)[-1] == ("six others", "others")


def test_others_never_count_a_measure():
    text = "The tanker spilled 3,000 tonnes of oil. The captain was detained along with 11 others at the port."
    assert units(text)[-1] == ("11 others", "others")


@pytest.mark.parametrize(
    "text",
    [
        "Agents seized some $4 million worth of cocaine in three separate sting operation in the harbour.",
        "The council spent £2.5 million on repairs across seven newly reopened branch in the county.",
    ],
)
def test_a_small_number_in_words_never_takes_the_sentences_money(text):
    number = units(text)[-1]
    assert number[1] not in ("USD", "GBP"), number


def test_a_scaled_number_in_words_still_takes_the_sentences_money():
    text = "The state gave $40 million to schools and two million to libraries."
    assert units(text)[-1] == ("two million", "USD")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # an opening "figures" or "numbers" names no count: the noun before it does.
        ("The passenger figures rose slightly in May to 6.4 million.", "passengers"),
        ("The visitor numbers climbed in the spring to 52,310.", "visitors"),
    ],
)
def test_an_opening_count_of_figures_counts_its_noun(text, unit):
    assert units(text)[-1][1] == unit
