"""Tests for `claims.extraction.inner_subjects`: a that-clause whose subject names no source is the outer speaker's."""

from claims.extraction import extract_figures
from claims.extraction.inner_subjects import relays_no_source


def origins(text):
    """Each candidate's quote and origin name (the outlet is "Wire")."""
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}


def test_counted_cases_reported_inside_a_pronoun_speech_are_the_speakers():
    text = (
        "Health director-general Tom Bree briefed reporters on Monday. He said the cumulative flu cases "
        "reported until now is 4,120 cases compared to 2,300 cases last year."
    )
    found = origins(text)
    assert found["4,120 cases"] == "Tom Bree"
    assert found["2,300 cases"] == "Tom Bree"


def test_troops_who_counted_are_no_source_of_their_own():
    assert origins("Brigadier Ola Venn said troops counted 14 rebel bodies.")["14 rebel bodies"] == "Brigadier Ola Venn"


def test_a_thing_inside_the_clause_is_no_source():
    text = "On Tuesday, provincial officials said floods there had claimed 812 homes."
    assert origins(text)["812 homes"] == "provincial officials"


def test_a_body_named_inside_the_clause_still_relays():
    text = "He said Farmex expects the harvest to reach 90% by October."
    assert origins(text)["90%"] == "Farmex"


def test_what_names_a_source():
    assert relays_no_source("the cumulative flu cases")
    assert relays_no_source("initial screening of all the suspects")
    assert not relays_no_source("they")
    assert not relays_no_source("doctors")
    assert not relays_no_source("a report")
    assert not relays_no_source("Farmex")


def test_an_estimate_with_no_owner_is_the_speakers_own():
    # "initial estimates put the crowd at …": no one else's estimate, so the speaker who gives it is the source.
    assert origins("Harbour police said initial estimates put the crowd at 45,000.")["45,000"] == "Harbour police"
