"""Tests for `claims.extraction.rankings`: when "the top five" counts a group."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        ("Three of the top five bakers this year are women.", "five bakers", "bakers"),
        ("Only the top two finishers qualify for the final.", "two finishers", "finishers"),
        ("Asia holds the top seven coffee importers by volume.", "seven coffee importers", "importers"),
        ("The bottom three clubs are relegated each season.", "three clubs", "clubs"),
    ],
)
def test_top_n_before_a_plural_noun_counts_the_group(sentence, quote, unit):
    candidates = {candidate.quote: candidate for candidate in extract_figures(sentence)}
    assert quote in candidates
    assert candidates[quote].unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "The skier finished in the top three for the first time.",  # a place
        "Each of the top 10 worries was shared by most voters.",  # a list's conventional name
        "Gyms made the top five of the survey.",
    ],
)
def test_top_n_that_only_places_or_names_a_list_is_no_figure(sentence):
    assert not any(candidate.value in (3, 5, 10) for candidate in extract_figures(sentence))


def test_top_as_a_verb_of_passing_is_no_ranking():
    # Sixteenth round: "temperatures still expected to top 40C" passes a mark; "the top 10 clubs" ranks.
    [figure] = extract_figures("Highs are forecast to top 38C on Sunday, while the top 10 resorts stay cool.")
    assert (figure.value, figure.qualifier, figure.unit) == (38, "more_than", "degrees celsius")
