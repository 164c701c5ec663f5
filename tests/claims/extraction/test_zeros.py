"""Tests for `claims.extraction.zeros`: zero figures."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Several rural colleges posted a zero percent pass rate in the final exams.",
        "The central bank held its main rate at zero per cent on Thursday.",
    ],
)
def test_zero_percent_is_a_percentage_without_a_verb(sentence):
    [candidate] = extract_figures(sentence)
    assert (candidate.value, candidate.unit) == (0, "percent")


def test_zero_before_a_noun_still_needs_its_verb():
    assert extract_figures("Zero tolerance is the new policy of the league.") == []
