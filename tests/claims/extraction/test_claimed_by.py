"""Tests for `claims.extraction.claimed_by`: a claim named with its maker (invented texts)."""

from claims.extraction import extract_figures


def test_the_maker_of_a_refuted_claim_gives_its_figure():
    text = (
        "A palace spokesman on Monday rejected the claim by a local newspaper that the king had spent "
        "300 million euros on yachts."
    )
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["300 million euros"] == "a local newspaper"


def test_a_report_by_a_named_outlet_gives_the_figure_of_its_that_clause():
    text = "The ministry denied a report by the Daily Planet that 40 soldiers had deserted."
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["40 soldiers"] == "the Daily Planet"


def test_a_report_by_someone_without_a_that_clause_is_no_claim():
    text = "A report by the audit office was published on Monday, and the city spent 12 million euros on roads."
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["12 million euros"] != "the audit office"
