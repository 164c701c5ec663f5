"""Tests for `claims.extraction.inversion`: a speaker written after its verb (invented sentences)."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an inverted tag whose speaker is an indefinite statement or spokesman, then when it was said
        (
            "Troops have killed 14 gunmen in the hills, says a military statement issued in Quetta on Friday.",
            "14 gunmen",
            "a military statement issued in Quetta",
        ),
        (
            "Rail traffic fell by 9 percent, said a statement from the transport ministry.",
            "9 percent",
            "a statement from the transport ministry",
        ),
        ("Exports fell 4 percent in May, said the ministry on Tuesday.", "4 percent", "the ministry"),
    ],
)
def test_an_indefinite_statement_or_a_time_after_the_verb(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_an_indefinite_that_is_no_statement_or_spokesman_is_no_speaker():
    assert origin_of("Sales rose 12%, said a lot of people.", "12%") == "Wire"
