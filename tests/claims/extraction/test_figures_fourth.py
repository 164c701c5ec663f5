"""The fourth round of issue 18 (figures, hedges and units), each rule on an invented sentence."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def figures(text):
    return [(candidate.value, candidate.unit, candidate.qualifier) for candidate in extract_figures(text)]


def test_surpass_is_more_than():
    text = "Annual sales are expected to surpass 40 million bicycles."
    assert figures(text) == [(Decimal(40000000), "bicycles", "more_than")]


def test_a_hedged_time_taken_is_the_claim():
    # The policy's own example: "in less than 24 hours" is a duration that is the claim.
    text = "The valley got 30 centimetres of snow in less than nine hours."
    assert (Decimal(9), "hours", "less_than") in figures(text)


def test_a_range_goes_on_after_a_bracketed_conversion():
    text = "The firm expects sales of between $4.1 billion (€3.6bn) and $4.4 billion."
    candidates = extract_figures(text)
    assert [(c.value, c.value_max, c.unit, c.qualifier) for c in candidates] == [
        (Decimal(4100000000), Decimal(4400000000), "USD", "range"),
        (Decimal(3600000000), None, "EUR", "exact"),
    ]


def test_a_range_of_number_words_may_start_at_one():
    text = "Volunteers walked between one and three miles each morning."
    assert [(c.value, c.value_max, c.qualifier) for c in extract_figures(text)] == [(1, 3, "range")]


def test_a_conversion_written_in_words_takes_the_hedge_of_what_it_converts():
    text = "The camp lies around 40 kilometres (25 miles) from the border, or about 8 kilometres (five miles) from the river."
    assert [q for _, _, q in figures(text)] == ["approx"] * 4


def test_a_count_after_the_counts_its_noun_when_a_name_says_of_what_kind():
    text = "Besides 20 league fixtures, the two FA Cup games and the five main Scottish airports were sold out."
    assert figures(text) == [
        (Decimal(20), "fixtures", "exact"),
        (Decimal(2), "games", "exact"),
        (Decimal(5), "airports", "exact"),
    ]


def test_the_two_still_points_back():
    assert figures("The two leaders met in Geneva.") == []


def test_a_name_and_numbers_go_on_counting_the_texts_count():
    text = "Ports handled 120m passengers last year. Dover numbers rose 3% to 60.5m, and Hull was up 2% to 4.1m."
    assert [unit for _, unit, _ in figures(text) if unit != "percent"] == ["passengers"] * 3


def test_an_acronyms_plural_is_what_is_counted():
    assert figures("The Greens lost all of their 12 MPs.") == [(Decimal(12), "MPs", "exact")]


def test_the_places_a_count_was_made_at_are_not_what_it_counts():
    text = "Dover handled 9m passengers. Traffic at the regional ports increased 4% to 6.1m. Hull rose 2% to 1.2m."
    assert [unit for _, unit, _ in figures(text) if unit != "percent"] == ["passengers"] * 3


def test_how_often_is_not_how_much():
    text = "Readings were taken every 20 minutes, and 4,000 readings were logged."
    assert figures(text) == [(Decimal(4000), "readings", "exact")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nine and a quarter million viewers tuned in.", 9250000),
        ("Some 4 and a half billion litres leaked.", 4500000000),
        ("The plant builds one-and-a-half million engines.", 1500000),
        ("Three quarters of a million tickets were sold.", 750000),
        ("A third of a billion euros was wasted.", 333333333),
    ],
)
def test_a_number_and_a_fraction_of_a_scale_is_one_amount(text, value):
    assert [candidate.value for candidate in extract_figures(text)] == [Decimal(value)]


def test_a_fraction_of_a_thing_is_still_a_share():
    assert figures("Three quarters of the members agreed.") == [(Decimal(75), "percent", "exact")]


def test_currencies_named_after_the_amount():
    text = "The plan costs 6 billion lei, 4.2 trillion tenge, 900 million lari and 2 billion Serbian dinars."
    assert [unit for _, unit, _ in figures(text)] == ["RON", "KZT", "GEL", "RSD"]


def test_the_rest_of_a_percentage_is_a_percentage():
    text = "In the region 58 per cent of members backed the merger while 42 opposed it."
    assert figures(text) == [(Decimal(58), "percent", "exact"), (Decimal(42), "percent", "exact")]


def test_units_stand_for_what_the_text_counted():
    text = "Makers shipped 80 million tablets in the quarter. Acme saw the number of units shipped rise to 9.5 million."
    assert [unit for _, unit, _ in figures(text)] == ["tablets", "tablets"]


def test_odd_after_a_number_is_a_hedge_not_a_noun():
    assert figures("The 70-odd delegates voted.") == [(Decimal(70), "delegates", "approx")]


def test_a_share_of_a_counted_acronym():
    text = "Over a third of the 450 MPs rebelled."
    assert figures(text) == [(Decimal("33.33"), "percent", "more_than"), (Decimal(450), "MPs", "exact")]


@pytest.mark.parametrize(
    ("hedge", "code"), [("just shy of", "less_than"), ("in the range of", "approx"), ("not quite", "approx")]
)
def test_more_hedges_as_written(hedge, code):
    assert figures(f"Officials said {hedge} 900 people left.") == [(Decimal(900), "people", code)]


def test_a_place_of_a_number_counts_its_people():
    assert figures("The port city of 2.4 million was flooded.") == [(Decimal(2400000), "people", "exact")]


def test_a_head_to_head_after_a_name_keeps_the_count():
    text = "The Greens took 96 seats to the Liberals 71."
    assert figures(text) == [(Decimal(96), "seats", "exact"), (Decimal(71), "seats", "exact")]
