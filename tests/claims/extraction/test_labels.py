"""Tests for `claims.extraction.labels`: spelled-out labels and footnote marks are no figures."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Patients in class three beds will pay 15 ringgit more.", ["15 ringgit"]),
        ("The town sits on a level-four flood plain with 900 homes.", ["900 homes"]),
        ("Forecasters expect a category three cyclone to hit 40 villages.", ["40 villages"]),
        ("The runner who finished in position eight takes home $2,000.", ["$2,000"]),
        ("Phase six of the drive reached 120 schools.", ["120 schools"]),
        ("Prices fell 12% on quarter two of last year.", ["12%"]),
    ],
)
def test_a_spelled_out_number_after_a_label_word_names_it(text, left):
    assert [c.quote for c in extract_figures(text)] == left


def test_a_label_word_that_is_a_period_lets_the_count_after_it_stand():
    assert [c.quote for c in extract_figures("In the second quarter three lenders failed.")] == ["three lenders"]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Spending on roads rose 4% over the year[2].", ["4%"]),
        ("The council built 1,200[3] flats.", ["1,200"]),
    ],
)
def test_a_footnote_mark_glued_to_the_word_before_is_no_figure(text, left):
    assert [c.quote for c in extract_figures(text)] == left
