"""Tests for `claims.extraction.source_counts`: a count of sources is a figure though they speak (invented)."""

from claims.extraction import extract_figures


def test_a_count_of_sources_after_its_verb_is_a_figure_the_outlet_gives():
    # The sources give the figure before them; how many they are is the outlet's.
    text = "The plant will cut 40 jobs, said three people familiar with the plan."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [
        ("40 jobs", "three people familiar with the plan"),
        ("three people", "Wire"),
    ]


def test_a_count_of_sources_opening_the_clause_or_cited_is_chain_data():
    for text in (
        "The plant will shut in May, three people familiar with the plan said.",
        "The paper reported that the plant will shut, citing three people familiar with the plan.",
    ):
        assert extract_figures(text, outlet="Wire") == []
