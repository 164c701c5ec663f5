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


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        # "others" are people beyond those counted before: with no noun of their own, what befell them
        # is what they count.
        ("The flood killed 14 and nine others were injured on Monday.", "nine others", "people injured"),
        ("The death toll reached 20 and 150 others were hurt.", "150 others", "people hurt"),
        ("Twelve were injured and one other remained missing after the flood.", "one other", "people missing"),
        ("Four died while six others received injuries in the attack.", "six others", "people injured"),
        ("The blast killed two and wounded five others, police said.", "five others", "people wounded"),
        # an earlier count's own noun is what "others" counts
        ("Three guards were killed and four others wounded.", "four others", "guards"),
    ],
)  # fmt: skip
def test_others_harmed_are_people_in_that_state(text, quote, unit):
    found = {c.quote: c.unit for c in extract_figures(text)}
    assert found.get(quote) == unit, found


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        # "others" after an auxiliary with no past participle of its own.
        ("Officials counted 412 dead. More than 2,300 others have also been wounded.", "More than 2,300 others", "people wounded"),
        ("The ministry put the toll at 9,104 villagers. Some 21,500 others have suffered injuries.", "Some 21,500 others", "people injured"),
        # a breakdown's part ("including … women") is no noun the others take: they are beyond the whole.
        ("The toll climbed to 903, including 211 men and 140 women, with 4,412 others injured.", "4,412 others", "people injured"),
        ("A bomber killed nine people, including three policemen, and 30 others were wounded.", "30 others", "people wounded"),
    ],
)  # fmt: skip
def test_others_beyond_a_breakdown_or_after_an_auxiliary_are_people_harmed(text, quote, unit):
    found = {c.quote: c.unit for c in extract_figures(text)}
    assert found.get(quote) == unit, found
