"""The fourth round of issue 18 (figures, hedges and units), each rule on an invented sentence."""

from decimal import Decimal

from claims.extraction import extract_figures


def figures(text):
    return [(candidate.value, candidate.unit, candidate.qualifier) for candidate in extract_figures(text)]


def test_surpass_is_more_than():
    text = "Annual sales are expected to surpass 40 million bicycles."
    assert figures(text) == [(Decimal(40000000), "bicycles", "more_than")]


def test_a_hedged_time_taken_is_the_claim():
    # The policy's own example: "in less than 24 hours" is a duration that is the claim.
    text = "The valley got 30 centimetres of snow in less than nine hours."
    assert (Decimal(9), "hours", "less_than") in figures(text)
