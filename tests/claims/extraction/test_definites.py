"""Tests for `claims.extraction.definites`: a number word after a definite word."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("The two provinces are the first to ban the pesticide.", "two provinces"),
        ("Inspectors closed the two other warehouses on Monday.", "two other warehouses"),
        ("Results from the two exam councils were released.", "two exam councils"),
        ("The six host venues were inspected last week.", "six host venues"),  # three or more, as before
    ],
)
def test_a_pair_named_by_a_plural_after_the_is_counted(sentence, quote):
    assert quote in [candidate.quote for candidate in extract_figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministries said exports would recover.",  # the speakers of the sentence
        "Water use in the two weeks (May 1-14) rose sharply.",  # a span of time says when
        "Talks between the two neighbours collapsed.",  # a relation's parties
        "These two industries have grown fast.",  # another determiner points back
        "The two met in Geneva.",
    ],
)
def test_a_pair_that_points_back_is_no_figure(sentence):
    assert not any(candidate.value == 2 for candidate in extract_figures(sentence))


def test_a_determiner_after_the_pair_starts_a_new_phrase():
    # Round 21: "between the two the parties have won": "the parties" is the subject, not what "the two" counts.
    found = [c.value for c in extract_figures("Between the two the unions have signed 14 agreements.")]
    assert found == [14]
