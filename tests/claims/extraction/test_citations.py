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


def _origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_rescuers_cited_by_a_news_agency_are_the_source():
    text = "At least 40 people have been killed, the official news agency Kalpo reported early Monday, citing rescuers."
    assert _origins(text) == [("At least 40 people", "rescuers")]


def test_a_relative_clause_right_on_its_host_cites_like_citing():
    text = "Dunmore was the worst hit with 50 residents killed, according to Kalpo who cited local officials."
    assert _origins(text) == [("50 residents", "local officials")]


def test_a_speaker_in_apposition_who_cited_accounts_gives_the_figure():
    text = "About 20 women drowned, said Jo Bell, a spokesman for the agency, who cited accounts by survivors."
    assert _origins(text) == [("About 20 women", "Jo Bell")]
