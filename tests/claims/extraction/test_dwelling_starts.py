"""Tests for `claims.extraction.dwelling_starts`: "units" in a housing-starts report count starts (28th round)."""

from claims.extraction import extract_figures


def units(text):
    return [(candidate.quote, candidate.unit) for candidate in extract_figures(text)]


def test_units_in_a_sentence_naming_housing_starts_count_starts():
    text = "The annual pace of housing starts in Ontario rose to 74,310 units in May from 70,125 units in April."
    assert [unit for _, unit in units(text)] == ["housing starts", "housing starts"]


def test_the_kind_of_start_is_kept():
    text = "Rural starts were estimated at a seasonally adjusted annual rate of 11,240 units in June."
    assert [unit for _, unit in units(text)] == ["rural starts"]


def test_a_later_sentence_goes_on_counting_starts():
    text = (
        "The trend measure of housing starts was 241,506 units in June, the agency said. "
        "The monthly seasonally adjusted rate was 238,700 units in June."
    )
    assert [unit for _, unit in units(text)] == ["housing starts", "housing starts"]


def test_units_with_no_starts_named_are_left():
    text = "The carmaker sold 1.2 million units last year, and the season starts with 20 teams."
    assert units(text) == [("1.2 million units", "units"), ("20 teams", "teams")]
