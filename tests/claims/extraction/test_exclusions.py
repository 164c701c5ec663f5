"""Tests for `claims.extraction.exclusions`: numbers that are not figure claims."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.exclusions import why_not_a_figure
from claims.extraction.numbers import find_numbers


def reason(sentence, number_text):
    token = next(token for token in find_numbers(sentence) if token.text == number_text)
    return why_not_a_figure(sentence, token)


@pytest.mark.parametrize(
    ("sentence", "number", "expected"),
    [
        ("It happened on June 21.", "21", "date"),
        ("It happened on 21 June.", "21", "date"),
        ("It began in February 2022.", "2022", "year"),
        ("Prices fell from 2022 to 2024.", "2022", "year"),
        ("The talks start at 5 p.m. sharp.", "5", "time"),
        ("They fired 155 mm Howitzer shells.", "155", "calibre"),
        ("They fired Kh-59 missiles.", "59", "name or model"),
        ("Pilots flew F-16 jets.", "16", "name or model"),
        ("The Boeing 737 jets landed.", "737", "name or model"),
        ("It was a 12-day war.", "12", "number-word adjective"),
        ("It was a three-year war.", "three", "number-word adjective"),
        ("The Group of Seven met.", "Seven", "name or model"),
        ("He lives at No. 10 now.", "10", "name or model"),
        ("The two leaders met.", "two", "pronoun-like"),
        ("She is one of his critics.", "one", "pronoun-like"),
        ("Half of them, 1/2 really.", "1", "fraction"),
        ("He won a 2-1 vote.", "1", "score or range end"),
        ("They took 142 of the 300 seats.", "300", "denominator"),
        ("It is free for children under 12 here.", "12", "age"),
        ("People aged 65 and over were invited.", "65", "age"),
        ("Sales rose in the second half of the year.", "half", "period of a whole"),
        ("Three men, aged 34, 41 and 52, were charged.", "41", "age"),
        ("Three men, aged 34, 41 and 52, were charged.", "52", "age"),
        ("Voters aged 18 to 29 made up 16%.", "29", "age"),
        ("Boeing delivered 48 737 MAX jets.", "737", "name or model"),
        ("Japan spent ¥9.8 trillion ($62 billion) on it.", "62 billion", "conversion"),
        ("It dumped 300 millimetres (12 inches) of rain.", "12", "conversion"),
        ("Temperatures reached 48.8C (119.8F) in Sicily.", "119.8", "conversion"),
    ],
)
def test_reasons(sentence, number, expected):
    assert reason(sentence, number) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The junta dispatched some 7,500 troops.",
        "Those 6,000 workers could leave soon.",
        "Syria's three main airbases were hit.",
        "Two soldiers were wounded.",
        "The company hired 2000 engineers.",
        "Ice sheets now add 0.4 millimetres a year to sea levels.",  # a measure, not a calibre
        "Up to 250 mm of rain fell.",
        "It killed 40 people (12 of them children).",  # a part, not a conversion
    ],
)
def test_real_figures_pass(sentence):
    assert all(why_not_a_figure(sentence, token) is None for token in find_numbers(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The war began more than three years ago.",
        "He may send more within the next two months.",
        "Talks resumed a week later.",
        "The 20-year strategic partnership was signed.",
        "She paused before one coffin and laid both hands on the lid.",
        "Ties between the two countries go back decades.",
        "CBS News reported the delay, citing six sources.",
        "She told multiple outlets that the review had ended.",
        "There is no doubt about it, and there were no comments.",
        "The bill passed the Senate by a vote of 51-49.",
        "Veterans of World War Two met at No. 10 Downing Street in the 1990s.",
        "The COVID-19 pandemic began in 2020, after the 9/11 era.",
        "Israel struck Iran for 12 days in June.",
    ],
)
def test_traps_yield_nothing(sentence):
    assert extract_figures(sentence, outlet="Wire") == []


def test_number_word_adjectives_produce_no_candidate_at_any_confidence():
    assert extract_figures("A 45-year-old man led the 300-member delegation.") == []


@pytest.mark.parametrize(
    "sentence, quote",
    [
        ("Sales reached EUR 640 million last year.", "EUR 640 million"),
        ("The fine was Rs 12 crore.", "Rs 12 crore"),
        ("The count gave Okafor 44% of the vote.", "44%"),
    ],
)
def test_a_capitalised_word_before_money_or_a_percentage_is_not_a_model_name(sentence, quote):
    assert [c.quote for c in extract_figures(sentence)] == [quote]
