"""Tests for `claims.extraction.second_clauses`: a speaker opening a second clause after a bare "and"."""

import pytest

from claims.extraction import extract_figures


def origins(text):
    """Each candidate's quote and origin name (the outlet is "Wire")."""
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}


def test_a_speaker_after_a_clause_and_a_bare_and():
    text = "Troops were flown in when the clashes broke out and officials said 22 gunmen were killed."
    assert origins(text)["22 gunmen"] == "officials"


def test_the_second_clause_does_not_reach_back():
    text = "The toll climbed to at least 61 on Monday and local officials said 40 more were still missing."
    found = origins(text)
    assert found["at least 61"] == "Wire"
    assert found["40 more"] == "local officials"


def test_with_no_subject_read_before_the_verb():
    text = (
        "Even so, the storm brought gusts strong enough to flatten huts and uproot palms and the authorities "
        "said the toll stood at 9 people."
    )
    assert origins(text)["9 people"] == "the authorities"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # two speakers joined by "and", with no verb between: both speak
        ("At least 300 people were hurt, the army and local officials said.", "At least 300 people",
         "the army and local officials"),
    ],
)  # fmt: skip
def test_two_speakers_joined_by_and_stay_together(text, quote, speaker):
    assert origins(text)[quote] == speaker


def test_researchers_after_a_time_word_open_the_second_clause():
    text = (
        "Each year the shortfall is widening and now researchers have calculated that cuts of 6.2% a year are needed."
    )
    assert origins(text)["6.2% a year"] == "researchers"
