"""Tests for `claims.extraction.contrasts`: a contrasting clause with a speaker of its own."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the contrasted speaker sources the figure after it, never the one before
        ("Customs data show that exports were $4.1 billion whereas Trade Ministry claims the figure of $4.4 billion.",
         [("$4.1 billion", "Customs"), ("$4.4 billion", "Trade Ministry")]),
        ("Organisers counted 9,000 marchers, while a tally kept by the Courier put the figure at 6,500.",
         [("9,000 marchers", "Organisers"), ("6,500", "a tally kept by the Courier")]),
        ("Lifeboats brought 210 people ashore, the harbour authority said, while volunteer charities reported "
         "saving at least 80 more.", [("210 people", "the harbour authority"), ("at least 80 more", "volunteer charities")]),
        # the main clause after an opening concession
        ("Although local officials described it as a 5.8-magnitude tremor, the Seismic Bureau recorded it at "
         "magnitude 5.1.", [("5.8-magnitude", "local officials"), ("5.1", "the Seismic Bureau")]),
        # a figure before "although" is not the later speaker's
        ("Turnout reached 61 percent, although local media had reported that 75 percent had voted.",
         [("61 percent", "Wire"), ("75 percent", "local media")]),
    ],
)  # fmt: skip
def test_a_contrasted_speaker_sources_its_own_clause(text, expected):
    found = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert found == expected


def test_a_contrasted_body_that_gave_out_a_figure_gives_it():
    # "whereas the police gave out a figure of 8,000": "gave out" and a figure noun, no phrasal verb to skip.
    text = "The organisers said 45,000 people marched, whereas the police gave out a figure of 8,000."
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert origins["8,000"] == "the police"
    assert origins["45,000 people"] == "The organisers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organisers said 8,000 people marched, but the police disputed that, saying only 2,500 took part.",
         [("8,000 people", "Organisers"), ("2,500", "the police")]),
        ("Residents claim that 400 homes flooded, but county officials dispute this, putting the number at 150.",
         [("400 homes", "Residents"), ("150", "county officials")]),
        ("A charity worker told the radio that 30 boats sank, but port officials later updated that number to 45.",
         [("30 boats", "A charity worker"), ("45", "port officials")]),
    ],
)  # fmt: skip
def test_a_body_disputing_the_first_figure_gives_its_own(text, expected):
    # "…, but X disputed that, saying …": what follows is the disputing body's figure, not the first speaker's.
    found = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count given as what a body "speaks of" (French and Italian copy)
        ("According to the teachers' union, 410,000 staff walked out, while the education ministry speaks of "
         "120,000.", [("410,000 staff", "the teachers' union"), ("120,000", "the education ministry")]),
        # an adverb of time between the contrasted speaker and the verb
        ("While the Nordic Seismic Network first talked of a 6.9 tremor, the Seismic Bureau said it was magnitude 6.1.",
         [("6.9", "the Nordic Seismic Network"), ("6.1", "the Seismic Bureau")]),
    ],
)  # fmt: skip
def test_a_body_that_speaks_of_a_count_in_a_contrast_sources_it(text, expected):
    found = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert found == expected
