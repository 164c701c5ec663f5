"""Tests for `claims.extraction.context`: what a bare figure counts."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.context import unit_named_before


@pytest.mark.parametrize(
    ("before", "unit"),
    [
        ("The death toll rose to ", "deaths"),
        ("The number of refugees reached ", "refugees"),
        ("Nigeria's population is estimated at ", "people"),
        ("Drug overdose deaths in the United States topped ", "deaths"),
        ("Calls to the 988 crisis hotline rose by nearly 40% in its second year, to about ", "calls"),
        ("The index rose 2% to ", None),
    ],
)
def test_unit_named_before(before, unit):
    assert unit_named_before(before, len(before)) == unit


@pytest.mark.parametrize(
    ("sentence", "quote", "unit"),
    [
        # an auxiliary and a participle after a bare number: the count of the sentence goes on
        (
            "Israel approved up to 600 aid trucks a day, though fewer than 200 had crossed on Saturday.",
            "fewer than 200",
            "trucks",
        ),
        # a comparison keeps the rate of what it is compared with
        (
            "Hospitals could see 8,000 flu admissions a week, up from about 5,000 now.",
            "about 5,000",
            "admissions per week",
        ),
        # a share names what it divides
        (
            "Iran has rebuilt about a third of the missile launchers it lost and now has some 200 in service.",
            "some 200",
            "launchers",
        ),
        # "head of" counts the animals
        ("The floods killed some 12,000 head of cattle.", "some 12,000 head of cattle", "cattle"),
        # a rate after a short "of" complement
        ("Russia will ship 2,000 tonnes of grain a month.", "2,000 tonnes of grain a month", "tonnes per month"),
        # money with "more" before its rate
        ("Each club will receive around $1.8 million more a year.", "around $1.8 million more a year", "USD per year"),
    ],
)
def test_bare_figures_take_their_unit_from_context(sentence, quote, unit):
    [candidate] = [c for c in extract_figures(sentence) if c.quote == quote]
    assert candidate.unit == unit


def test_a_forecaster_after_a_figure_is_not_its_noun():
    text = "The economy added 142,000 jobs, fewer than the 165,000 economists had forecast."
    candidates = extract_figures(text, outlet="Wire")
    assert [(c.quote, c.unit, c.origin.name) for c in candidates] == [
        ("142,000 jobs", "jobs", "Wire"),
        ("165,000", "jobs", "economists"),
    ]
