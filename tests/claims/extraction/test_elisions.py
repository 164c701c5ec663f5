"""Tests for `claims.extraction.elisions`: counts after names in a list whose noun was said once (ninth round)."""

from decimal import Decimal

from claims.extraction import extract_figures


def found(text):
    return [(candidate.quote, candidate.value, candidate.unit) for candidate in extract_figures(text)]


def test_a_comma_list_of_names_goes_on_counting_its_head():
    text = "The returning officer said the Farmers Union had taken 87 seats, the Green Alliance 19, the Civic Front 4."
    assert found(text) == [
        ("87 seats", Decimal(87), "seats"),
        ("19", Decimal(19), "seats"),
        ("4", Decimal(4), "seats"),
    ]


def test_a_list_after_followed_by_with_acronyms_and_a_plural_item():
    text = (
        "The NDP leads with 58 seats in the council followed by UCP 41, independents 7, SRP 3, and two each by others."
    )
    values = [(quote, value) for quote, value, _ in found(text)]
    assert ("41", Decimal(41)) in values and ("7", Decimal(7)) in values and ("3", Decimal(3)) in values


def test_one_as_an_item_of_the_list():
    text = "Officials said the Liberals won 40 wards, the Unity Party one, and independents 12."
    assert ("one", Decimal(1), "wards") in found(text)


def test_a_list_headed_by_a_percentage_counts_percent():
    text = "Turnout of 61.4 per cent was highest in the northern region followed by Westmark 52.7, Eastvale 49.9."
    assert found(text) == [
        ("61.4 per cent", Decimal("61.4"), "percent"),
        ("52.7", Decimal("52.7"), "percent"),
        ("49.9", Decimal("49.9"), "percent"),
    ]


def test_names_with_numbers_and_no_counted_head_stay_names():
    text = "The bill amends Article 12, Section 9 and Schedule 4 of the act."
    assert found(text) == []
