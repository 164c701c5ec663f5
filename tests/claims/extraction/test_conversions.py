"""Tests for `claims.extraction.conversions`: a bracketed or dashed conversion is its own figure."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.conversions import is_conversion
from claims.extraction.numbers import find_numbers


def converts(sentence, number_text):
    token = next(token for token in find_numbers(sentence) if token.text.split()[0] == number_text)
    return is_conversion(sentence, token)


@pytest.mark.parametrize(
    "sentence, number_text",
    [
        ("Losses reached ¥9.8 trillion ($62 billion) last year.", "62"),
        ("Snow lay 300 mm (12 inches) deep.", "12"),
        ("The walk is around 15 kilometres (nine miles) long.", "nine"),
        ("Imports came to 2.4 trillion rubles (26.1 billion dollars, 24.3 billion euros).", "24.3"),
    ],
)
def test_a_restatement_in_other_units_is_a_conversion(sentence, number_text):
    assert converts(sentence, number_text)


@pytest.mark.parametrize(
    "sentence, number_text",
    [
        ("It killed 40 people (12 of them children).", "12"),  # a part of the figure, not the figure again
        ("Profit rose 8% (the best in 12 years).", "12"),
        ("Losses reached ¥9.8 trillion last year.", "9.8"),
    ],
)
def test_a_part_an_aside_or_the_figure_itself_is_no_conversion(sentence, number_text):
    assert not converts(sentence, number_text)


@pytest.mark.parametrize(
    "text",
    [
        "Leaders vowed to hold warming to well under 2 degrees Celsius (3.6 Fahrenheit) by 2100.",
        "Readings climbed above 41 degrees Celsius - 105.8 Fahrenheit - across the plain.",
        "Readings climbed above 41 degrees Celsius – 105.8 degrees Fahrenheit – across the plain.",
    ],
)
def test_a_temperature_conversion_takes_the_hedge_of_what_it_converts(text):
    first, second = extract_figures(text)[:2]
    assert first.qualifier != "exact"
    assert second.qualifier == first.qualifier


def test_conversions_named_by_currency_and_listed_in_one_bracket_take_the_hedge():
    # Sixteenth round: "about 3.71 trillion yuan (531.77 billion dollars, 537.93 billion euros)".
    text = "Imports came to about 2.4 trillion rubles (26.1 billion dollars, 24.3 billion euros)."
    assert [(c.unit, c.qualifier) for c in extract_figures(text)] == [
        ("RUB", "approx"),
        ("USD", "approx"),
        ("EUR", "approx"),
    ]
