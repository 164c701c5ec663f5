"""Tests for `claims.extraction.recording`: a body's own figures."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Orbis Pharma said its sales rose 9 per cent. For the year ended in March, the company posted "
            "a net profit of Rs 1,210 crore.",
            "Rs 1,210 crore",
        ),
        (
            "Orbis Pharma said its sales rose 9 per cent. In the last quarter, the drugmaker booked "
            "a net profit of 310 million euros.",
            "310 million euros",
        ),
    ],
)
def test_a_company_after_an_opening_phrase_posts_its_own_results(text, quote):
    assert origin_of(text, quote) == "Orbis Pharma"


def test_a_group_of_people_posting_things_is_no_company():
    text = "Orbis Pharma said its sales rose 9 per cent. A year ago, the group of patients posted 40 letters."
    assert origin_of(text, "40 letters") == "Wire"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the article opening the sentence is part of the body's name ("The carmaker", not "carmaker")
        ("The carmaker posted a net profit of $2.4 billion.", "$2.4 billion", "The carmaker"),
        # a time word after the opening preposition is no part of it ("midday authorities")
        ("By noon authorities recorded 41,000 marchers.", "41,000 marchers", "authorities"),
    ],
)
def test_the_recorder_s_name_is_read_whole_and_without_time(text, quote, speaker):
    assert origin_of(text, quote) == speaker
