"""Tests for `claims.extraction.shares` and `share_words`: shares written in words (sixth round)."""

from decimal import Decimal


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
