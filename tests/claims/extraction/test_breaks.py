"""Tests for `claims.extraction.breaks`: a speaker after a dashed aside or a "while"."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a dashed aside ends before the clause that speaks
        ("The previous strike was held on a Monday -- on March 3 -- organisers said that 41,000 walked out.",
         "41,000", "organisers"),
        ("Turnout was thin — election officials said 1,200 people voted.", "1,200 people", "election officials"),
        # a "while" clause has its own speaker
        ("Police said that 7,500 attended while the organisers said it was 20,000.", "20,000", "the organisers"),
    ],
)  # fmt: skip
def test_a_speaker_after_a_dashed_aside_or_a_while(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_a_dashed_aside_between_the_subject_and_its_verb():
    text = "The cooperative — comprising Andes Dairy Holdings and Valle Mill Trust — said sales rose 6% to 80 million pesos."
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Valle Diario")}
    assert found["6%"] == "The cooperative"
