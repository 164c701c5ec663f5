"""Tests for `claims.extraction.abbreviations`: units a text abbreviates for itself."""

from decimal import Decimal

from claims.extraction import extract_figures


def _figures(text):
    return {candidate.quote: candidate for candidate in extract_figures(text)}


def test_a_short_form_defined_in_brackets_gives_later_figures_its_unit_and_scale():
    figures = _figures(
        "Wheat was sown on 41.2 lakh hectares (LH) by Friday. Sowing in Punjab reached 12.5 LH, "
        "while farmers in Haryana sowed 8 LH."
    )
    assert figures["12.5 LH"].value == Decimal("1250000")
    assert figures["12.5 LH"].unit == "hectares"
    assert figures["8 LH"].value == Decimal("800000")


def test_a_plural_short_form_without_a_scale():
    figures = _figures("Approval slipped 2 percentage points (pps) in June. Disapproval rose 4 pps.")
    assert figures["4 pps"].unit == "percentage points"
    assert figures["4 pps"].value == 4


def test_brackets_that_do_not_spell_the_words_define_nothing():
    figures = _figures("Flights carried 300 passengers (Lagos). Another 20 LA flights were late.")
    assert all(candidate.unit != "passengers" for quote, candidate in figures.items() if "20" in quote)
