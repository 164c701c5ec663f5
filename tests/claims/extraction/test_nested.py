"""Tests for `claims.extraction.nested`: a body's count inside a speaker's words (invented texts)."""

from claims.extraction import extract_figures


def chains(text):
    return [(c.quote, [link.name for link in c.chain]) for c in extract_figures(text, outlet="Wire")]


def test_a_body_that_recorded_the_count_inside_speech_is_its_source():
    text = "Mira Kant said that in the same period, UNICEF recorded 412 deaths."
    assert chains(text) == [("412 deaths", ["Wire", "Mira Kant", "UNICEF"])]


def test_a_place_that_recorded_a_figure_is_no_source():
    text = "Mira Kant said that Portugal recorded 3 percent growth."
    assert chains(text) == [("3 percent", ["Wire", "Mira Kant"])]


def test_the_agency_inside_a_body_s_speech_is_that_body_again():
    text = "The Water Bureau said in a note on Tuesday, the agency recorded 1,208 leaks last winter."
    assert chains(text) == [("1,208 leaks", ["Wire", "The Water Bureau"])]
