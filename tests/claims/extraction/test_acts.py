"""Verbs that give a figure without being speech (`claims.extraction.acts`). The sentences are invented."""

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


def test_a_possessive_name_is_the_determiner_of_what_is_put_at_a_figure():
    text = "Other forecasters placed Maria’s peak gusts at 290 kph."
    assert origins(text) == [("290 kph", "Other forecasters")]


def test_a_body_that_releases_a_figure_gives_it():
    text = "However, the poll body had released a provisional figure of 61.2% by the evening."
    assert origins(text) == [("61.2%", "the poll body")]


def test_models_and_earlier_studies_that_show_a_figure_are_documents():
    assert origins("Ocean models show that 30% of reefs will bleach.") == [("30%", "Ocean models")]
    assert origins("Previous studies show 12% of patients relapse.") == [("12%", "Previous studies")]


def test_a_map_that_shows_a_figure_is_still_the_outlets():
    assert {o for _, o in origins("The map shows 30 villages along the river.")} == {"Wire"}
