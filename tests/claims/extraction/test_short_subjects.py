"""One-word subjects that act (`claims.extraction.short_subjects`). The sentences are invented."""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.short_subjects import one_word_acts


@pytest.mark.parametrize(
    ("sentence", "name", "acts"),
    [
        ("Ruritania has targeted a 45 per cent cut.", "Ruritania", True),  # a country decides a target
        ("Okonjo set aside N4.2 billion for roads.", "Okonjo", True),  # a minister's surname sets money aside
        ("Freedonia raised fuel prices to Rs210.", "Freedonia", True),  # a price fixed
        ("It has paid an interim dividend of Rs12 a share.", "It", True),  # "It" posts results
        ("Harlow sentenced Pike to two years.", "Harlow", True),  # a judge's surname
        ("Funding allocated to schools rose 5%.", "Funding", False),  # a participle, no body
        ("Okonjo raised $26,000 for the clinic.", "Okonjo", False),  # a deed
        ("Freedonia set a bold growth target of 6 percent.", "Freedonia", True),  # a target set is decided
        ("Okonjo set a record of 9.8 seconds.", "Okonjo", False),  # a record set is a deed
        ("It rose 5% in May.", "It", False),  # what happened to a quantity
    ],
)
def test_one_word_acts(sentence, name, acts):
    assert one_word_acts(sentence, name, len(name)) is acts


def test_a_country_that_has_set_a_target_is_its_source():
    # `openers.leading_subject`: "has" after one capitalised word is an auxiliary, not "Aid groups said"
    text = "Freedonia has set an ambitious target of 40GW of wind power by 2030."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [("40GW", "Freedonia")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word company that cuts or lifts its own dividend posts its result
        (
            "Brewco has hiked its annual dividend by nearly 12 percent.",
            [("nearly 12 percent", "Brewco")],
        ),
        (
            "Grocermart cut its final dividend by 9.5 per cent to 3.1p.",
            [("9.5 per cent", "Grocermart"), ("3.1p", "Grocermart")],
        ),
        # when, between the one-word company and its verb
        ("Brewco earlier this week posted a 14 per cent rise in revenue.", [("14 per cent", "Brewco")]),
        # "it" for the company named before
        (
            "Brewco reported a profit of £4m. As a result, it lifted its dividend from 11.2p to 13.4p per share.",
            [("£4m", "Brewco"), ("11.2p", "Brewco"), ("13.4p", "Brewco")],
        ),
    ],
)
def test_a_one_word_company_that_revises_its_own_results_is_their_source(text, expected):
    found = [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]
    assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Brewco cut 300 jobs by the end of the year.",  # a deed, no result posted
        "Farmers cut their costs by 8 per cent.",  # a plural noun names no company
    ],
)
def test_a_one_word_subject_that_cuts_something_else_is_no_source(sentence):
    assert not one_word_acts(sentence, sentence.split()[0], len(sentence.split()[0]))


def test_a_poll_s_margin_of_error_is_its_own():
    # "It" that has a margin of error is the poll or its pollster, named before
    text = "Harbour Research said the poll was taken last week. It has a margin of error of 3.1 percentage points."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("3.1 percentage points", "Harbour Research")
    ]
    assert one_word_acts("It has a plus or minus 2.8% error margin.", "It", 2)
    assert not one_word_acts("It has 2.8% of the market.", "It", 2)
