"""Tests for `claims.extraction.shares` and `share_words`: shares written in words (sixth round)."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def test_a_share_with_its_percentage_in_brackets_is_a_figure():
    # Sixth round, after the held-out check: "one in five (19%) oppose" gives the share and the percentage.
    from claims.extraction import extract_figures

    text = "Roughly one in four (26%) oppose the plan, and just over half (51%) back it."
    assert [(c.quote, c.value) for c in extract_figures(text)] == [
        ("Roughly one in four", Decimal(25)),
        ("26%", Decimal(26)),
        ("just over half", Decimal(50)),
        ("51%", Decimal(51)),
    ]


def test_fourths_are_shares():
    from claims.extraction import extract_figures

    assert [c.value for c in extract_figures("The alliance won a three-fourths majority.")] == [Decimal(75)]


def test_sevenths_and_eighths_are_shares():
    from claims.extraction import extract_figures

    text = "The new drug cut relapses by one-seventh compared with the old one, and an eighth of patients quit."
    assert [c.value for c in extract_figures(text)] == [Decimal("14.29"), Decimal("12.50")]


def test_half_that_says_or_who_says_is_a_share_of_those_asked():
    from claims.extraction import extract_figures

    text = "More than half say the plan will fail, including almost half who said they were very worried."
    assert [(c.quote, c.value, c.unit) for c in extract_figures(text)] == [
        ("More than half", Decimal(50), "percent"),
        ("almost half", Decimal(50), "percent"),
    ]


def test_an_ordinal_seventh_is_no_share():
    from claims.extraction import extract_figures

    assert extract_figures("Prices rose for a seventh straight month as the first half ended.") == []


def test_a_share_of_a_hundred_that_ends_its_phrase_is_a_rate():
    # "the risk was 8 out of 100;": a share of a hundred names no whole after it, and its 100 is no count.
    from claims.extraction import extract_figures

    text = "For smokers the chance was nearly 6 out of 100; for non-smokers it was 2 in 100."
    assert [(c.quote, c.value, c.unit) for c in extract_figures(text)] == [
        ("nearly 6 out of 100", Decimal(6), "percent"),
        ("2 in 100", Decimal(2), "percent"),
    ]


def test_a_mark_out_of_ten_is_no_share():
    from claims.extraction import extract_figures

    assert all(c.unit != "percent" for c in extract_figures("The judges gave her 8 out of 10."))


@pytest.mark.parametrize(
    "text",
    [
        "A third of the ferries on the route ran late in March.",
        "Two-thirds of the orchards were replanted after the frost.",
        "One in seven lorries failed the brake inspection.",
    ],
)
def test_an_unhedged_share_whose_percentage_is_rounded_is_still_exact(text):
    # The annotators read "a third" as the share it names (0.333, exact); only a hedge word makes it approximate.
    assert extract_figures(text)[0].qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "seven-in-ten voters": a share written hyphenated as an adjective is one share, not "ten voters".
        ("The survey found one-out-of-five shop owners expect cuts.", Decimal(20)),
        ("Some seven-in-ten Manitobans back the plan.", Decimal(70)),
    ],
)
def test_a_share_hyphenated_as_an_adjective(text, value):
    assert [(c.value, c.unit) for c in extract_figures(text)] == [(value, "percent")]
