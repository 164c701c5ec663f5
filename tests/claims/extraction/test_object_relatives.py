"""Tests for `claims.extraction.object_relatives`: a figure, then a relative clause whose subject gave it
(invented texts)."""

from claims.extraction import extract_figures
from claims.extraction.object_relatives import object_relative_clauses


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_forecasters_after_the_figure_give_it_and_no_other():
    text = "Sales were $136 million, lower than the $137.3 million that analysts expected."
    assert origins(text) == [("$136 million", "Wire"), ("$137.3 million", "analysts")]


def test_a_magnitude_word_is_no_part_of_the_forecasters():
    text = "Orvane Foods posted sales of $136 million, short of the $137.3 million analysts expected."
    assert [name for _, name in origins(text)] != ["million analysts"]
    assert ("$137.3 million", "analysts") in origins(text)


def test_a_body_that_projected_the_figure_before_it_gives_it():
    text = (
        "Talmont Robotics Corp. reported a record quarter. "
        "Its outlook was raised to $2.55 a share from $2.30 the company had projected earlier."
    )
    assert ("$2.30", "Talmont Robotics Corp.") in origins(text)


def test_a_definite_figure_said_by_a_body_in_a_relative_clause():
    text = "The tally was far below the 4.2 million votes the electoral board said Ortiz had won."
    assert origins(text) == [("4.2 million votes", "the electoral board")]


def test_a_year_before_a_speech_verb_is_no_figure_of_a_relative_clause():
    assert object_relative_clauses("In 2023 the company said sales rose 5%.") == []
    assert object_relative_clauses("Prices may rise 2 percent economists expected inflation to reach.") == []


def test_a_rate_after_the_figure_is_no_part_of_the_forecasters():
    text = "Profit was 74 cents per share, above the 72 cents per share analysts expected."
    assert origins(text) == [("74 cents", "Wire"), ("72 cents", "analysts")]


def test_a_rate_and_that_before_the_forecasters_keep_the_first_figure_apart():
    text = "Profit was 74 cents a share, above the 72 cents a share that analysts had expected."
    assert origins(text) == [("74 cents", "Wire"), ("72 cents", "analysts")]


def test_organisers_or_authorities_in_a_relative_clause_give_that_figure():
    text = "The chief said 8,000 people came, far more than the 2,000 organisers expected."
    assert origins(text)[-1] == ("2,000 organisers", "organisers")
    text = "He said 40 were missing, down from the 90-plus who officials said were unaccounted for on Monday."
    assert ("90-plus", "officials") in origins(text)
