"""An opening phrase no longer hides the subject who gives a figure (`claims.extraction.past_opening`).

Invented sentences in the shapes of the first runs (an adverb or a time phrase, a comma, then the subject
and its verb); each fell to the outlet on the code before `past_opening`.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earlier this month, the NHB recorded 312 cases of measles in the capital.", [("312 cases", "the NHB")]),
        (
            "Earlier this week, the Borduria Lottery Board recorded 5,400 winners.",
            [("5,400 winners", "the Borduria Lottery Board")],
        ),
    ],
)
def test_a_subject_after_an_opening_phrase_gives_the_figure(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening phrase over a subject without its article: a bare plural, a modifier before a name
        (
            "Over the weekend, county fire officials determined that the blaze destroyed another 162 barns.",
            [("another 162 barns", "county fire officials")],
        ),
        ("Thus, year-on-year NSSO recorded a fall of 4.1 percent.", [("4.1 percent", "year-on-year NSSO")]),
    ],
)
def test_a_subject_without_its_article_after_an_opening_phrase(text, expected):
    assert origins(text) == expected


def test_an_opening_phrase_over_a_subject_that_names_no_one_still_falls_to_the_outlet():
    assert origins("In March, exports rose 5 percent.") == [("5 percent", "Wire")]
