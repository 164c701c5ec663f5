"""Tests for `claims.extraction.participles`: a source named in a participle clause."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The toll from the floods climbed to 31 with the authorities on Monday reporting 7 more deaths.",
            "7 more deaths",
            "the authorities",
        ),
        (
            "The toll from the floods climbed to 31 with the authorities on Monday reporting 7 more deaths.",
            "31",
            "the authorities",
        ),
        ("The rally was loud, with organisers saying 8,000 had come.", "8,000", "organisers"),
        ("The Tribune has police putting numbers at 4,500.", "4,500", "police"),
        ("The Tribune has the fire brigade chief putting the toll at 12.", "12", "the fire brigade chief"),
    ],
)
def test_a_speaking_body_in_a_participle_clause_is_the_source(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Cancer research comes first, with four in five adults saying they would give.", "four in five"),
        ("The march was calm, with police putting up 40 barriers.", "40 barriers"),
    ],
)
def test_a_poll_finding_or_an_act_is_no_source(text, quote):
    assert origin_of(text, quote) == "Wire"
