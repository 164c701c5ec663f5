"""What a number counts, read by `counted_phrase`: the noun after it, past "more", "others" or "fewer"."""

import pytest

from claims.extraction.extractor import extract_figures


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The new timetable runs 14 fewer trains on Sundays.", "14 fewer trains", "trains"),
        ("Inspectors found 230 fewer faulty meters than in 2019.", "230 fewer faulty meters", "meters"),
        ("The hospital admitted 75 less patients over the holiday.", "75 less patients", "patients"),
    ],
)
def test_a_difference_written_fewer_counts_the_noun_after_it(text, quote, unit):
    units = {figure.quote: figure.unit for figure in extract_figures(text)}
    assert units[quote] == unit


def test_fewer_than_stays_a_hedge():
    figures = extract_figures("Fewer than 40 ferries ran, and 12 fewer than planned sailed.")
    assert all(figure.unit != "than" for figure in figures)


@pytest.mark.parametrize(
    ("text", "number", "unit"),
    [
        ("Officials said 526 of the total 1,428 flooded areas were still under water.", "526", "areas"),
        ("About 3.5 million of the approximately 5.2 million passenger trips were free.", "3.5", "trips"),
        ("Fewer than 38,000 of our near 700,000 customers remain without power.", "38,000", "customers"),
        ("Nine of the top 12 busiest ports were in Asia.", "Nine", "ports"),
    ],
)
def test_a_part_of_a_ranked_or_hedged_whole_counts_the_wholes_noun(text, number, unit):
    figure = next(figure for figure in extract_figures(text) if number in figure.quote.split(" of ")[0])
    assert figure.unit == unit
