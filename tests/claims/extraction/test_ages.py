"""Tests for `claims.extraction.ages`: ages with their marker, set off after a person, and as bands."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Support was 61 percent among voters 18 to 34 and 40 percent among those 35 to 54.", {61, 40}),
        ("Some 28 percent of the 50 to 64 age group said they exercised daily.", {28}),
        ("Only 12 percent of those 75 or older owned a smartphone.", {12}),
        ("The vaccine study recruited men aged between 20 and 45.", set()),
        ("Ministers want to lift the pension age to 68 from 66.", set()),
        ("The bill would raise the minimum voting age from 18 to 21.", set()),
    ],
)
def test_ages_without_a_marker_beside_them_are_no_figures(sentence, kept):
    assert {candidate.value for candidate in extract_figures(sentence)} == kept


def test_a_change_of_a_count_is_kept():
    values = {candidate.value for candidate in extract_figures("Staff numbers rose from 62 to 64 this year.")}
    assert values == {62, 64}


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey reached 3,100 adults aged under 70 in twelve countries.",
        "Residents aged over 60 can book a booster for 3,100 doses.",
    ],
)
def test_a_bound_after_aged_is_an_age(sentence):
    assert [candidate.value for candidate in extract_figures(sentence)][:1] == [3100]
    assert all(candidate.value not in (60, 70) for candidate in extract_figures(sentence))


def test_aged_up_to_gives_an_age_bound():
    # Round 21: "aged up to 9" bounds the ages of a group, as "aged under 9" does.
    assert [c.value for c in extract_figures("No cases were found among pupils aged up to 11 in the district.")] == []


# Round 31: an age given with a colon in a profile, and an age a court dates with "then".
@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Two guards (age: 27 years, from Hillside) and a driver were killed.", {2}),
        ("In March, Okafor, then 59, was jailed for fraud.", set()),
        ("Her husband, then 44, received six years.", {6}),
    ],
)
def test_an_age_after_a_colon_or_then_is_no_figure(sentence, kept):
    assert {candidate.value for candidate in extract_figures(sentence)} == kept


def test_an_age_a_change_reaches_is_no_figure():
    # Round 31: "the retirement age will reach 64 years" is an age, as "raise the age to 64" is.
    assert [c.quote for c in extract_figures("By 2035, the state pension age will reach 67 years.")] == []
