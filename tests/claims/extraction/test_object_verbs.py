"""Tests for `claims.extraction.object_verbs`: speech verbs that also take a plain object (invented sentences)."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.object_verbs import takes_an_object


@pytest.mark.parametrize(
    ("sentence", "verb", "plain_object"),
    [
        ("Employers added 90,000 jobs.", "added", True),
        ("Prices will rise, he added.", "added", False),
        ("The army admitted the deaths of 12 soldiers.", "admitted", False),
        ("The mayor stressed safety rules for 40 buses.", "stressed", True),
        ("The mayor stressed the need for 40 more buses.", "stressed", False),
        ("She underlined the importance of the 3% target.", "underlined", False),
    ],
)
def test_takes_an_object(sentence, verb, plain_object):
    end = sentence.index(verb) + len(verb)
    assert takes_an_object(sentence, verb, end) is plain_object


def test_figures_backing_a_need_stressed_are_the_speakers():
    text = "Opening the summit, the Minister stressed the need to double storage, which stands at 2,400 MW."
    found = {candidate.quote: candidate.origin.name for candidate in extract_figures(text, outlet="Wire")}
    assert found["2,400 MW"] == "the Minister"


def test_added_before_a_clause_without_that_is_speech():
    text = "Rebel spokesman Omar Said claimed 9 guards were killed. He added a truck of the army was burned with 40 rifles."
    found = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert found[-1] == ("40 rifles", "Omar Said")
    assert not takes_an_object(" a truck was burned", "added", 0) and takes_an_object(" 147,000 jobs", "added", 0)


def test_added_in_a_statement_before_that_is_speech():
    # How or where it was said comes between the verb and "that": the verb still speaks.
    sentence = "The charity, a volunteer rescue group, added in a short statement that 17 hikers were found."
    found = {c.quote: c.origin.name for c in extract_figures(sentence, outlet="Valley Herald")}
    assert found["17 hikers"] == "The charity"
    assert takes_an_object("Farms added in April 300 hands.", "added", len("Farms added"))


def test_a_role_stressed_is_an_argument_whose_figures_are_the_speakers():
    text = (
        "Fines rose 4 per cent, police spokeswoman Lia Oduya said. "
        "She stressed the key role played by the fraud unit, which made 312 arrests."
    )
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")][-1] == ("312 arrests", "Lia Oduya")
