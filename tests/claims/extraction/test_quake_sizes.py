"""Tests for `claims.extraction.quake_sizes`: a quake's size stated away from its word (twenty-fifth round)."""

from decimal import Decimal

from claims.extraction import extract_figures


def units(text):
    return [(c.quote, c.unit) for c in extract_figures(text)]


def test_the_magnitude_as_a_predicate():
    text = "Seismologists in Lima said the magnitude of the quake was 5.8, and 14 homes collapsed."
    assert ("5.8", "magnitude") in units(text)


def test_magnitudes_of_up_to_a_size():
    text = "Dozens of aftershocks with magnitudes of up to 3.9 shook the valley towns."
    assert ("up to 3.9", "magnitude") in units(text)


def test_a_size_before_the_quake():
    text = "Local radio first reported a 6.2 earthquake near the coast."
    assert [(c.value, c.unit) for c in extract_figures(text)] == [(Decimal("6.2"), "magnitude")]


def test_a_whole_number_before_a_quake_is_no_size():
    text = "Rescuers reached 3 quake zones on Monday."
    assert ("3 quake zones", "magnitude") not in units(text)
