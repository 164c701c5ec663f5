"""Tests for `claims.extraction.quoted_sources`: an "according to" inside a speaker's quotation (invented)."""

from claims.extraction import extract_figures


def test_according_to_inside_a_quotation_is_the_speakers():
    text = "“According to initial counts, about 40 homes burned in the valley,” the fire chief said."
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Ridge Times")}
    assert found["about 40 homes"] == "the fire chief"


def test_according_to_outside_quotes_still_speaks():
    text = "According to initial counts, about 40 homes burned in the valley."
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Ridge Times")}
    assert found["about 40 homes"] == "initial counts"


def test_a_named_source_inside_a_quotation_keeps_the_figure():
    text = "“That takes the toll to 52, according to the Red Crescent,” the envoy said."
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Ridge Times")}
    assert found["52"] == "the Red Crescent"


def test_a_source_inside_a_quotation_opened_in_an_earlier_sentence_is_the_speakers_words():
    # The quotation opens one sentence before; the sentence that closes it is inside it up to its mark.
    text = (
        '"Crews worked all night. Early assessment indicates that nearly 1,800 homes were flooded," '
        "the governor's office said on Monday."
    )
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("nearly 1,800 homes", "the governor's office")
    ]
