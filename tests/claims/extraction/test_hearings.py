"""Tests for `claims.extraction.hearings`: what a court or a parliament heard (invented sentences)."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.hearings import hearing_clauses


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A cyclist was struck four times with a bat outside a pub, a court heard.", [("four times", "a court")]),
        (
            "More than 300 million was set aside for bridges, Parliament has heard.",
            [("More than 300 million", "Parliament")],
        ),
        (
            "The mill processed 6,000 tonnes last year, the tribunal was told on Monday.",
            [("6,000 tonnes", "the tribunal")],
        ),
        ("The inquest heard that 3 doses were given in an hour.", [("3 doses", "The inquest")]),
    ],
)
def test_what_a_court_or_parliament_heard_is_sourced_to_it(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He heard 20 shots from the street.",  # no body that hears evidence
        "The court heard evidence from 12 witnesses.",  # an object: narration
        "Residents were told 40 homes would go.",  # who was told is no source
    ],
)
def test_no_hearing_clause_without_a_hearing_body_closing_or_opening_a_clause(sentence):
    assert hearing_clauses(sentence, []) == []
