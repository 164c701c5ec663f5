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
