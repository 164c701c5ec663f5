"""Tests for `claims.extraction.compound`: numbers written in parts are one number."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures
from claims.extraction.numbers import find_numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The plan sets spending at UAH 4 trillion 215.3 billion next year.", Decimal("4215300000000")),
        ("Officers held 7 thousand 342 people at checkpoints.", Decimal(7342)),
        ("The party won 1 million 204.118 votes in the count.", Decimal(1204118)),
        ("In all, two lakh 45 thousand 90 examinees sat the test.", Decimal(245090)),
    ],
)
def test_a_number_written_in_parts_is_one_figure(text, value):
    assert [figure.value for figure in extract_figures(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 4 thousand, 2 thousand were adults.",  # a list
        "The port handled 3 million 4 million tonnes.",  # no remainder
        "The council passed a 2 billion 2024 budget.",  # a year
    ],
)
def test_parts_that_are_no_remainder_stay_apart(text):
    assert len([token for token in find_numbers(text) if token.kind == "digits"]) >= 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Round 36: an amount in whole scaled parts, each smaller than the one before, is one amount, as four of the
        # five real-news sets that hold one annotate it ("8 million 400 thousand tons", "1 billion 730 million US
        # dollars", "62 billion 55 crore rupees"); only the early unseen5 gave "Rs 9 crore 50 lakh" as two figures.
        ("The haul was worth Rs 6 crore 20 lakh.", Decimal(62_000_000)),
        ("Farmers harvested 5 million 300 thousand tons of grain.", Decimal(5_300_000)),
        ("Remittances reached 2 billion 415 million dollars.", Decimal(2_415_000_000)),
    ],
)
def test_an_amount_in_whole_scaled_parts_is_one_amount(text, value):
    assert [figure.value for figure in extract_figures(text)] == [value]


def test_a_calibre_after_an_amount_is_no_remainder_of_it():
    # "1 million 155mm shells": a count of shells of a calibre, not 1,000,155.
    (shells,) = extract_figures("The allies sent more than 1 million 155mm artillery shells last year.")
    assert (shells.value, shells.qualifier) == (Decimal(1_000_000), "more_than")
    assert "shell" in shells.unit


# Round 21: lakh then thousands is one Indian count; "lac" is the older spelling; "and" may join the units.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The board bought three lakh 42 thousand tonnes of wheat.", Decimal(342000)),
        ("Nearly 4 lac 18 thousand and 306 pilgrims visited the shrine.", Decimal(418306)),
    ],
)
def test_lakh_then_thousands_is_one_count(text, value):
    assert [candidate.value for candidate in extract_figures(text)] == [value]


def test_thousands_and_a_number_alone_stay_two():
    assert [token.value for token in find_numbers("It listed 5 thousand and 640 names.")] == [5000, 640]


def test_and_before_a_smaller_scaled_part_makes_one_amount():
    # Round 21: "about three million and 400 thousand marchers" is 3.4 million.
    assert [c.value for c in extract_figures("Unions counted about three million and 400 thousand marchers.")] == [
        Decimal(3400000)
    ]


# Round 31: Indian counting sets its parts off with commas as it says them; each part is of a smaller scale.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officers found cash worth 2 crore, 45 lakh in the boot of the van.", Decimal(24500000)),
        ("In all, 3 crore, 7 lakh, 62 thousand was recovered from the flat.", Decimal(30762000)),
    ],
)
def test_indian_parts_set_off_by_commas_are_one_amount(text, value):
    assert [candidate.value for candidate in extract_figures(text)] == [value]


def test_indian_parts_of_one_scale_stay_a_list():
    assert [token.value for token in find_numbers("The three farms got 5 lakh, 3 lakh and 2 lakh.")][-3:] == [
        500000,
        300000,
        200000,
    ]
