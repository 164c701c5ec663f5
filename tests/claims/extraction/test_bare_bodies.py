"""Tests for `claims.extraction.bare_bodies`: a body named without its article speaks."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Rice exports are set to rise 7 per cent this season, commerce ministry said on Monday.", "7 per cent",
         "commerce ministry"),
        ("Some 240 schools stayed shut, state education department said in a notice.", "Some 240 schools",
         "state education department"),
    ],
)  # fmt: skip
def test_a_body_without_its_article_speaks(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_a_conjunction_is_no_modifier_of_the_body():
    text = "Sales rose 5 percent in May and ministry said nothing more."
    assert origin_of(text, "5 percent") == "Wire"


def test_a_defence_body_without_its_article_speaks():
    text = "Landslides have cut off 26 villages in the valley, civil defense said on Sunday."
    assert origin_of(text, "26 villages") == "civil defense"
