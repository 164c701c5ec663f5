"""Tests for `claims.extraction.signed_changes`: a bracketed signed move after a share (twenty-ninth round)."""

from decimal import Decimal

from claims.extraction import extract_figures


def units(text):
    return [(c.quote, c.value, c.unit) for c in extract_figures(text)]


def test_a_bracketed_move_after_a_share_is_in_points():
    text = "The latest poll puts the Greens on 14%(+2) and the Liberals on 31% (-4)."
    found = units(text)
    assert ("2", Decimal(2), "points") in found
    assert ("4", Decimal(4), "points") in found


def test_a_bracketed_percent_keeps_its_own_unit():
    text = "Average rents rose to £1,100 (+7.5%) in the north."
    assert all(unit != "points" for _, _, unit in units(text))
