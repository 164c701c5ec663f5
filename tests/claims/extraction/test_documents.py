"""Tests for `claims.extraction.documents`: documents named for a later "the report" (invented texts)."""

from claims.extraction import extract_figures
from claims.extraction.documents import named_document


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_a_named_document_is_the_later_report_not_the_body_that_published_it():
    text = (
        "The 2024 Coastal Erosion Report, the annual review from the Marine Trust, was released on Monday. "
        "Shorelines retreated by 14 percent, according to the report."
    )
    assert origins(text) == [("14 percent", "2024 Coastal Erosion Report")]


def test_a_report_by_a_body_named_later_is_the_one_the_report_means():
    text = (
        "Rainfall will drop to 600 millimetres, a study by 30 hydrologists said. "
        "The study by the Basin Water Institute was published on Friday. "
        "The study shows that wells fell by 8 percent."
    )
    [*_, last] = extract_figures(text, outlet="Wire")
    assert [link.name for link in last.chain] == ["Wire", "the Basin Water Institute", "The study"]


def test_a_sentence_about_the_known_study_names_no_new_one():
    assert named_document("The study drew on the National Soil Quality Survey for its sample.") is None
    assert named_document("The Harbour Authority's report was leaked.") == ("The Harbour Authority", "report")
