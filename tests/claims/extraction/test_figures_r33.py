"""Round 33 of the figures themselves: spans that are the claim and differences of one, on invented sentences."""

from decimal import Decimal

from claims.extraction import extract_figures


def values(text):
    return [candidate.value for candidate in extract_figures(text)]


def test_how_long_something_went_on_before_it_ended_is_the_claim():
    assert Decimal(11) in values("The strike ended after 11 days of talks between the union and the port.")
    assert Decimal(23) in values("The governor stepped down after 23 years in office.")
    assert Decimal(6) in values("The smuggler was caught after six years on the run.")


def test_after_a_span_that_only_dates_a_result_is_still_not_a_figure():
    assert values("After 28 days, the drug had cut deaths by 40 per cent.") == [Decimal(40)]


def test_a_difference_of_one_is_a_figure():
    assert Decimal(1) in values("The Liberals took one more seat than at the last count.")
    assert values("She asked one more time for the file, and 40 pages arrived.") == [Decimal(40)]
