"""Tests for `claims.extraction.hedged_spans`: a hedged decade said with an article (twenty-fifth round)."""

from decimal import Decimal

from claims.extraction import extract_figures


def figures(text):
    return [(c.quote, c.value, c.unit, c.qualifier) for c in extract_figures(text)]


def test_a_struggle_for_more_than_a_decade_is_over_ten_years():
    text = "For more than a decade, the rebel militia has clashed with the border police."
    assert figures(text) == [("more than a decade", Decimal(10), "years", "more_than")]


def test_nearly_a_decade_is_about_ten_years():
    text = "The union has been at odds with the mill owners for nearly a decade."
    assert figures(text) == [("nearly a decade", Decimal(10), "years", "approx")]


def test_a_decade_that_says_when_is_no_figure():
    text = "Wages fell for the first time in more than a decade, and the mill shut about a decade ago."
    assert figures(text) == []
