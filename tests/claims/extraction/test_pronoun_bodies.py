"""Tests for `claims.extraction.pronoun_bodies`: "it" goes back to the source body of its own sentence."""

import pytest

from claims.extraction import extract_figures


def origins(text):
    """Each candidate's quote and origin name (the outlet is "Wire")."""
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}


def test_according_to_it_after_figures_from_a_body():
    text = (
        "The union said 80,000 nurses walked out. Data from the health department disagreed: "
        "according to it, just 23,000 stayed away."
    )
    assert origins(text)["23,000"] == "the health department"


def test_a_body_owning_a_noun_is_no_source():
    text = "The ministry said 40 people died. Four staff of the border agency were hurt, it added."
    assert origins(text)["Four staff"] != "the border agency"


def test_closing_it_is_the_body_that_opens_its_sentence():
    text = (
        "The port authority said 600 people had been evacuated. The Maltese coast guard has pulled 31 "
        "fishermen from the water near the reef, while nine others are missing, it said."
    )
    found = origins(text)
    assert found["31 fishermen"] == "The Maltese coast guard"
    assert found["nine others"] == "The Maltese coast guard"


def test_closing_it_after_an_acronym_that_reported_results():
    text = (
        "Northbank said its profit rose to 2.1 billion dinars. KDB made a net profit of 640 million dinars "
        "in the first half, it said in a bourse filing."
    )
    assert origins(text)["640 million dinars"] == "KDB"


def test_closing_it_after_an_opening_that_is_no_body_keeps_the_earlier_speaker():
    text = "The electoral board said 412 seats were counted. The Green List came fourth with 13 seats, it said."
    assert origins(text)["13 seats"] == "The electoral board"


def test_it_is_never_a_plural_body_named_by_its_agent():
    # "by the authorities" names who does the counting; "it" is one body, the one that spoke before.
    text = (
        "The relief department said 40 camps were opened. "
        "Crops on 2,000 hectares were damaged, the survey of which is being made by the authorities, it said."
    )
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")][-1] == (
        "2,000 hectares",
        "The relief department",
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # an acronym after "The" is a body, and an adverb of degree may stand before its verb
        ("The ORR far exceeded its savings goal by some £120m, it claimed", "The ORR"),
        ("The regulator far exceeded its savings goal by some £120m, it said.", "The regulator"),
    ],
)
def test_closing_it_after_the_and_an_acronym_is_that_body(text, body):
    found = origins("The ministry said 40 inspections were made. " + text)
    assert found["some £120m"] == body
