"""Round 33 of the figures themselves: spans that are the claim and definite counts, each on an invented sentence."""

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


def test_an_interval_is_the_claim_but_a_sampling_rate_is_not():
    assert Decimal(3) in values("The regional fair is held every three years in the old port.")
    assert values("Levels were measured every 10 minutes and 300 readings were kept.") == [Decimal(300)]


def test_a_definite_count_of_an_irregular_plural_is_a_figure():
    assert Decimal(5) in values("Police said the five fishermen were rescued by a passing tanker.")
    assert Decimal(3) in values("The three crew were questioned at the harbour.")


def test_a_definite_count_whose_noun_is_qualified_after_it_is_a_figure():
    assert Decimal(4) in values("Floods cut off the four districts of the upper valley.")
    assert Decimal(7) in values("Prizes went to the seven pupils who passed every paper.")


def test_a_definite_count_of_a_capitalised_plural_is_a_figure():
    assert Decimal(2) in values("The bill must clear the two Chambers before the summer.")


def test_a_reporting_period_after_the_is_still_not_a_count():
    assert values("Profit for the three months that ended June 30 rose to $5 million.") == [Decimal(5000000)]


def test_a_difference_of_one_is_a_figure():
    assert Decimal(1) in values("The Liberals took one more seat than at the last count.")
    assert values("She asked one more time for the file, and 40 pages arrived.") == [Decimal(40)]


def test_the_two_ends_of_something_count_nothing():
    assert values("The gap between the two ends of the market widened by 3%.") == [Decimal(3)]
