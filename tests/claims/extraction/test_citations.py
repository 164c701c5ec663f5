"""Tests for `claims.extraction.citations`: a source cited, or a cause (no source) (invented sentences)."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.citations import cites_a_reason


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("higher fuel costs and weaker demand", True),
        ("his age", True),
        ("preliminary reports", False),
        ("an industry source", False),
        ("the Red Cross", False),
    ],
)
def test_cites_a_reason(name, reason):
    assert cites_a_reason(name) is reason


def test_a_cause_cited_leaves_the_figure_with_the_subject():
    text = "The ferry operator posted a 12% drop in earnings citing higher fuel costs and weaker demand."
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Harbour News")}
    assert found["12%"] == "The ferry operator"
