"""Tests for `claims.extraction.listings`: lines listed under a sourced lead-in."""

from claims.extraction import extract_figures


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_lines_under_a_sourced_lead_in_take_its_source():
    text = (
        "According to the Fisheries Board, the season's landings were as follows:\n\n"
        "Cod – 41,200 tonnes.\n\n"
        "Hake – 9,750 tonnes\n\n"
        "Boats were idle for 23 days in the winter because storms kept them in port all along the coast."
    )
    assert origins(text) == [
        ("41,200 tonnes", "the Fisheries Board"),
        ("9,750 tonnes", "the Fisheries Board"),
        ("23 days", "Wire"),
    ]


def test_a_colon_without_a_source_or_in_running_prose_sources_nothing():
    unsourced = "The season's landings were as follows:\n\nCod – 41,200 tonnes.\n"
    assert origins(unsourced) == [("41,200 tonnes", "Wire")]
    same_paragraph = "According to the Fisheries Board, landings were: cod. Hake landings were 9,750 tonnes."
    assert origins(same_paragraph) == [("9,750 tonnes", "Wire")]
