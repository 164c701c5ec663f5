"""Tests for `claims.extraction.chains`: which clause of a sentence sources a figure (invented texts)."""

from claims.extraction import extract_figures


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_according_to_right_after_a_figure_sources_it():
    # Two estimates in one sentence: each "according to" sources the figure right before it, though its
    # comma made the first read as opening what follows.
    text = "In Lyon the march drew 52,000 people according to the union, 9,500 according to the prefecture."
    assert origins(text) == [("52,000 people", "the union"), ("9,500", "the prefecture")]
    text = "Deaths reached at least 880 this year, according to the Red Crescent, as boats kept sinking."
    assert origins(text) == [("at least 880", "the Red Crescent")]


def test_citing_talks_with_a_named_body_makes_that_body_the_source():
    text = (
        "Norvale Foods said sales were flat. "
        "Margins fell to 4 per cent, said analyst Ruth Ames, citing her conversations with Norvale Foods."
    )
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [("4 per cent", "Norvale Foods")]


def test_citing_talks_with_a_body_never_named_leaves_the_analyst_the_source():
    text = "Margins fell to 4 per cent, said analyst Ruth Ames, citing her conversation with the company."
    assert [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")] == [("4 per cent", "Ruth Ames")]


def test_one_unnamed_official_is_the_he_that_follows():
    text = '"The convoy came under fire near the bridge," a police official said. Three officers were hurt, he said.'
    assert origins(text) == [("Three officers", "a police official")]


def test_unnamed_sources_are_no_later_he():
    text = '"The convoy came under fire near the bridge," two police officials said. Three officers were hurt, he said.'
    assert origins(text) == [("Three officers", "Wire")]


def test_unnamed_sources_in_the_plural_are_the_they_that_follows():
    text = (
        "Harbour sources said a ferry ran aground near the pier this morning. "
        '"Nine passengers were hurt in the crash," they said.'
    )
    assert origins(text) == [("Nine passengers", "Harbour sources")]
    text = "Port officials said the ferry ran aground near the pier. They said 14 people were rescued."
    assert origins(text) == [("14 people", "Port officials")]


def test_plain_people_are_no_later_they():
    text = "People said the ferry ran aground near the pier. They said 14 people were rescued."
    assert origins(text) == [("14 people", "Wire")]


def test_a_passive_agent_after_the_figures_noun_sources_that_figure():
    # "the 5 cent dividend predicted by X": the rest of the figure's noun stands between it and its source.
    text = (
        "The payout trailed the 3 cent dividend that brokers had expected, and well below the 5 cent dividend "
        "predicted by Halvard Securities."
    )
    assert origins(text)[-1] == ("5", "Halvard Securities")
    text = "Profit beat the 7 cents per share estimated by analysts polled by Quorvex."
    assert origins(text) == [("7 cents", "analysts polled by Quorvex")]


def test_a_forward_clause_whose_verb_the_figure_swallowed_sources_it():
    text = "The union counted nearly 12,000 marchers, while the prefecture has estimated 3,000 people."
    assert origins(text) == [("nearly 12,000 marchers", "The union"), ("estimated 3,000 people", "the prefecture")]


def test_a_local_clause_beside_its_figure_wins_over_the_sentence_speaker():
    text = "The chief said police estimated 8,000 people came, far more than the 2,000 organisers expected."
    assert origins(text)[-1] == ("2,000 organisers", "organisers")


def test_a_document_taken_up_speaks_for_itself_its_publisher_relaying_it():
    # "The review" is the document the board put out: the figure is the review's, whatever the owner was read
    # with ("on Tuesday" may be cut into it), and the board that published it relays it.
    text = (
        "A review released by the Harbour Safety Board on Tuesday found ferries were late. "
        "The review also showed 14 crossings were cancelled in March."
    )
    [candidate] = extract_figures(text, outlet="Wire")
    assert (candidate.origin.name, candidate.origin.verb) == ("The review", "according_to")
    assert candidate.chain[1].name.startswith("the Harbour Safety Board")
