"""Tests for `claims.extraction.pronoun_bodies`: "it" goes back to the source body of its own sentence."""

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
