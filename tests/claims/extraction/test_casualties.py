"""Lives a disaster or violence claimed are deaths (`casualties.lives_claimed`)."""

import pytest

from claims.extraction.casualties import lives_claimed
from claims.extraction.extractor import extract_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm has claimed 27 lives across the coast, officials said.", [("27 lives", "deaths")]),
        ("Cholera has so far claimed at least 3,150 lives this year.", [("at least 3,150 lives", "deaths")]),
        (
            "The mudslides have claimed nine lives — four in Redvale and five in Ashford.",
            [("nine lives", "deaths"), ("four", "deaths"), ("five", "deaths")],
        ),
    ],
)
def test_lives_claimed_are_deaths(text, expected):
    assert [(c.quote, c.unit) for c in extract_figures(text)] == expected


@pytest.mark.parametrize(
    "sentence",
    ["The lifeboat crew saved 14 lives on Sunday.", "Better care could save 9,000 lives a year."],
)
def test_lives_saved_stay_lives(sentence):
    assert all(c.unit.startswith("lives") for c in extract_figures(sentence))
    start = next(c.start for c in extract_figures(sentence))
    assert not lives_claimed(sentence, start, "lives")
