"""Tests for round 34's recall rules: stray spaces in grouped amounts, schedules ("every five years"),
"one" in a tally by origin, after "including", or opening a pair of counts, and "the big six" as a name.

Every sentence is invented; none is copied from a studied set.
"""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def found(text):
    return [(candidate.quote, candidate.value, candidate.unit) for candidate in extract_figures(text)]


def values(text):
    return [candidate.value for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The returning officer said Adeyemi polled a total of 243, 019 to win the seat.", Decimal(243019)),
        ("The board is confident of reaching its 2,40, 000 MW target by 2030.", Decimal(240000)),
        ("The magistrate granted the accused bail in the sum of N250, 000 with one surety.", Decimal(250000)),
        ("The council approved N12, 405,118,300.50 for the new bridges.", Decimal("12405118300.50")),
        ("Officers seized cannabis valued at an estimated R350 000 in the raid.", Decimal(350000)),
    ],
)
def test_amount_with_a_stray_space_is_one_number(text, value):
    assert value in values(text)


def test_stray_space_before_a_scale_is_left_alone():
    # "N512, 004 million": 512,004 million or 512.004 million? Neither is read.
    assert Decimal(512004000000) not in values("The agency said it had recovered N512, 004 million so far.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The regional assembly is elected every four years.", ("four years", Decimal(4), "years")),
        ("The festival is held by the town council every three years.", ("three years", Decimal(3), "years")),
        ("Each tenant flew just once every 18 months.", ("18 months", Decimal(18), "months")),
        ("The moon orbits its planet every 9.5 days.", ("9.5 days", Decimal("9.5"), "days")),
        ("Every two years, the volunteers return for a check-up.", ("two years", Decimal(2), "years")),
    ],
)
def test_a_schedule_is_a_claim(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Growers now harvest rice three times every two years.",
        "Samples were taken at least every 20 minutes.",
        "Traders have to roll the contracts over every 30 days.",
    ],
)
def test_a_schedule_that_only_dates_or_is_a_rate_base(text):
    assert not any(candidate.value in (2, 20, 30) for candidate in extract_figures(text))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Of the new deaths, three were reported from Kessa while one from Ombari district.", "one"),
        ("So far six died in Lorna, four from North Vale, and one from the Tarsh region.", "one"),
        ("The patrol rescued 14 fishermen, including one child.", "one child"),
        ("Seventeen passengers were hurt, including one critically.", "one"),
        ("The army confirmed the deaths of one officer and three rebels.", "one officer"),
        ("The team won two gold, one silver and four bronze medals.", "one silver"),
    ],
)
def test_one_that_counts(text, quote):
    assert quote in [candidate.quote for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Several orders were issued, including one affecting the harbour.",
        "Costs rose sharply, including one-off costs of £4m.",
        "Nine officers were hurt, including one who was thrown from his horse.",
        "It is one of the oldest towns and two people still live there.",
    ],
)
def test_one_that_names_a_member(text):
    assert Decimal(1) not in values(text)


def test_the_big_six_is_a_name():
    assert Decimal(6) not in values("The regulator capped the bills set by the big six suppliers at 1,200 pounds.")
