"""Tests for `claims.extraction.ranges`: which two numbers make one range."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def figures(text):
    return [(c.value, c.value_max, c.qualifier, c.unit) for c in extract_figures(text)]


def test_a_range_with_its_unit_written_after_both_ends():
    assert figures("The co-op expects a payout of 30 cents to 45 cents a litre.")[0][:3] == (
        Decimal(30),
        Decimal(45),
        "range",
    )


def test_a_change_in_money_then_the_price_is_no_range():
    assert figures("The shares slid $2.05 to $41.30 in Tokyo.") == [
        (Decimal("2.05"), None, "exact", "USD"),
        (Decimal("41.30"), None, "exact", "USD"),
    ]


def test_a_change_from_one_amount_to_another_with_the_unit_twice_is_no_range():
    assert [f[:3] for f in figures("Flows could rise from 3,000 litres to 3,500 litres at the weir.")] == [
        (Decimal(3000), None, "exact"),
        (Decimal(3500), None, "exact"),
    ]


def test_a_forecast_range_after_a_verb_in_its_base_form_stays_a_range():
    assert figures("Output is expected to rise 4 to 6 percent next year.") == [
        (Decimal(4), Decimal(6), "range", "percent")
    ]


def test_a_change_verb_further_back_in_the_clause_makes_from_to_a_change():
    text = "The board raised the fee charged to late applicants from £40 to £65."
    assert [f[:3] for f in figures(text)] == [(Decimal(40), None, "exact"), (Decimal(65), None, "exact")]


# Seventh round: the unit written after both ends, in more than one word or as a symbol.
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("It expects earnings of 21 cents per share to 25 cents per share.", "21", "25"),
        ("Warming must be held to 1.5°C to 2°C this century.", "1.5", "2"),
        ("The lake rose between 0.3 meters and 0.4 meters last year.", "0.3", "0.4"),
        # Thirtieth round: "per cent" in two words, a unit glued to both ends, a spaced degree sign (gold ranges in
        # unseen11, unseen30, unseen58, unseen60, unseen61, unseen67, unseen70).
        ("The firm expects sales to grow 11 per cent to 13 per cent next year.", "11", "13"),
        ("The board set a goal of between 4 per cent and 6 per cent.", "4", "6"),
        ("Highs will be 21C to 25C on Friday.", "21", "25"),
        ("The shortfall was between 3,000MW and 4,500MW this week.", "3000", "4500"),
        ("The year will be between 0.4 °C and 0.6 °C above the average.", "0.4", "0.6"),
    ],
)
def test_a_range_with_its_unit_after_both_ends_is_one_figure(text, low, high):
    [figure] = extract_figures(text)
    assert (figure.value, figure.value_max, figure.qualifier) == (Decimal(low), Decimal(high), "range")


def test_a_change_to_a_level_in_degrees_is_no_range():
    assert [c.qualifier for c in extract_figures("Temperatures rose 1.5°C to 31°C on Monday.")] == ["exact", "exact"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # A change "from X to Y billion" writes its scale once, after the second end.
        ("The council's grant was raised from $7.4 to $8.1 billion this year.", Decimal(7400000000)),
        ("Output climbed from 12 to 15 million tonnes over the decade.", Decimal(12000000)),
    ],
)
def test_a_change_shares_the_scale_written_after_its_end(text, start):
    assert figures(text)[0][0] == start


def test_a_change_whose_start_would_dwarf_its_end_keeps_its_start():
    # "from 300 to 1.5 million": 300 million would be two hundred times the end, so 300 is 300.
    assert figures("Membership grew from 300 to 1.5 million in five years.")[0][0] == Decimal(300)


def test_a_bracket_after_a_name_gives_two_numbers_not_a_range():
    text = "Crowds grew in Dijon (3,100 to 7,400 marchers) and Rennes (2,000 to 5,000) on Tuesday."
    assert [(c.value, c.value_max) for c in extract_figures(text)] == [
        (3100, None),
        (7400, None),
        (2000, None),
        (5000, None),
    ]


def test_a_bracketed_conversion_of_a_range_stays_a_range():
    text = "Seas may warm 1.5 to 2.1 degrees Celsius (2.7 to 3.8 degrees Fahrenheit) by then."
    assert [(c.value, c.value_max) for c in extract_figures(text)] == [
        (Decimal("1.5"), Decimal("2.1")),
        (Decimal("2.7"), Decimal("3.8")),
    ]


def test_a_bracketed_band_after_a_grade_with_its_own_unit_stays_a_range():
    # A band's bounds carry a measure after the second end: one range, not the grade's two numbers.
    text = "Some 12,400 pupils earned an A (85 to 100 per cent) and 9,800 got a B (70 to 84%) this year."
    found = [(c.value, c.value_max, c.unit) for c in extract_figures(text)]
    assert (Decimal(85), Decimal(100), "percent") in found
    assert (Decimal(70), Decimal(84), "percent") in found
    assert not any(value == 100 and top is None for value, top, _ in found)


def test_a_bracketed_range_in_degrees_after_a_name_stays_a_range():
    text = "Highs in Tromso (4.5 to 6.5 degrees) were the week's warmest."
    assert [(c.value, c.value_max) for c in extract_figures(text)] == [(Decimal("4.5"), Decimal("6.5"))]


def test_a_change_named_as_a_noun_of_an_amount_to_a_level_is_no_range():
    # Sixteenth round: "a decrease in the goods deficit of $0.8 billion to $75.1 billion" is the change and the level.
    text = "The report showed an increase in the trade surplus of $1.4 billion to $38.2 billion in May."
    assert [(c.quote, c.value, c.value_max) for c in extract_figures(text)] == [
        ("$1.4 billion", Decimal("1400000000"), None),
        ("$38.2 billion", Decimal("38200000000"), None),
    ]


def test_a_verb_of_spread_before_from_makes_a_range_after_a_verb_of_change():
    # Sixteenth round: "has drastically come down and now ranged from 12 to 20" is one range, not a change.
    text = "Weekly admissions have come down sharply and now range from 30 to 45."
    assert [(c.value, c.value_max, c.qualifier) for c in extract_figures(text)] == [(Decimal(30), Decimal(45), "range")]


def test_a_second_from_to_under_the_gapped_verb_of_a_first_change_is_a_change():
    # Thirtieth round: once "per cent" closes a range, "increased its tally from 2 to 18 and its vote share from
    # 16.8 per cent to 40.3 per cent" (unseen) must stay two changes, the verb gapped before the second.
    text = "The party increased its tally from 3 to 15 and its vote share from 12.5 per cent to 31.2 per cent."
    assert [c.qualifier for c in extract_figures(text)] == ["exact"] * 4


@pytest.mark.parametrize(
    "text",
    [
        # Thirtieth round: a change listed by place after a comma (unseen64), a gapped change after "and" with a
        # currency before each end (unseen33), a verb of change in the third person (unseen10, unseen51).
        "The rate increased from 12.5% to 14.1% in Leeds, from 9.5% to 11.8% in York and from 7.8% to 10% in Hull.",
        "The fare for a short trip increased from Rs 4 to Rs 6 and the longest from Rs 15 to Rs 28.",
        "The levy increases from 20.5 billion lei to 31.5 billion lei this year.",
    ],
)
def test_a_from_to_under_a_change_listed_gapped_or_in_the_present_is_a_change(text):
    assert {c.qualifier for c in extract_figures(text)} == {"exact"}
