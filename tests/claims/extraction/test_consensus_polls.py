"""Tests for `claims.extraction.consensus_polls`: a forecast sourced by the poll that gathered it."""

from claims.extraction import extract_figures
from claims.extraction.consensus_polls import consensus_poll_clauses


def origins(text):
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}


def test_the_poll_sources_the_consensus_and_the_company_its_result():
    text = (
        "Norvik Bank said its first-half profit was 2.3 billion crowns, up from 1.9 billion a year earlier and an "
        "average forecast of 2.2 billion crowns in a Fabrikam Estimates poll of five analysts."
    )
    found = origins(text)
    assert found["2.3 billion crowns"] == "Norvik Bank"
    assert found["2.2 billion crowns"] == "a Fabrikam Estimates poll of five analysts"


def test_calculated_from_a_poll():
    sentence = (
        "That compares with an average estimate of 8.1 billion rand calculated from a Contoso poll of six analysts."
    )
    [clause] = consensus_poll_clauses(sentence)
    assert clause.local and clause.links[0].name == "a Contoso poll of six analysts"


def test_a_figure_that_is_no_forecast_is_left_alone():
    assert consensus_poll_clauses("Sales were 4.2 billion rand in a Contoso survey of the market.") == []
