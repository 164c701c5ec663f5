"""Tests for `claims.extraction.named_places`: a place written with its kind is where a count was made.

The sentences are invented; the counting-verb ones fail on the code before `named_places`, which made the
place the figure's speaker.
"""

import pytest

from claims.extraction import extract_figures
from claims.extraction.named_places import names_place
from claims.extraction.speech import speech_clauses


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Norvale district", True),
        ("The Kessa region", True),
        ("Ostrava County", True),
        ("The Oxford Police District", False),  # a body noun: a police body
        ("Kerala State Electricity Board", False),
        ("the state", False),  # a government taken up again, no proper name
        ("Denver’s Regional Transportation District", False),
    ],
)
def test_a_proper_name_then_a_kind_of_place_names_a_place(name, expected):
    assert names_place(name) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Norvale district, which had the most victims, reported 28 deaths.",
        "The Kessa region reported the lowest pass rate of 61.2 percent.",
    ],
)
def test_a_place_that_reports_a_count_is_no_speaker(sentence):
    assert speech_clauses(sentence, []) == []
    assert {candidate.origin.name for candidate in extract_figures(sentence, outlet="Wire")} == {"Wire"}


def test_a_body_of_a_place_still_reports():
    clauses = speech_clauses("The Oxford Police District reported 28 arrests.", [])
    assert [link.name for clause in clauses for link in clause.links] == ["The Oxford Police District"]
