"""Tests for `claims.extraction.bracketed_subjects`: a body that opens a text with its abbreviation."""

from claims.extraction import extract_figures
from claims.extraction.bracketed_subjects import bracketed_body_subject


def span_text(sentence):
    span = bracketed_body_subject(sentence)
    return sentence[span[0] : span[1]] if span else None


def test_a_body_with_its_abbreviation_opens_the_sentence():
    assert span_text("The Northern Water Council (NWC) has cut supplies to 3,000 homes.") == "The Northern Water Council"
    assert span_text("THE Coastal Ports Authority (CPA) handled 2 million tonnes.") == "Coastal Ports Authority"


def test_no_body_word_or_no_verb_reads_nothing():
    assert span_text("Maria Lopez (MLA) said 40 homes flooded.") is None
    assert span_text("The Northern Water Council (NWC), which serves 40 towns, said.") is None


def test_it_said_goes_back_to_the_body_that_opened_the_text():
    text = (
        "The Northern Water Council (NWC) has cut supplies to 3,000 homes over a burst main.\n\n"
        "It said 1,200 of them would be reconnected by Friday."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["1,200 of them"] == "The Northern Water Council"


def test_a_role_or_a_member_after_the_abbreviation_is_no_verb():
    assert span_text("Harbour Crime Investigation Department (HCID) director Ana Reyes said 12 were held.") is None
    assert span_text("Eastern Liberation Army (ELA) soldiers were sent to the town.") is None
    assert span_text("The Central Statistics Office (CSO) on Monday reported 4.1% growth.") == "The Central Statistics Office"
