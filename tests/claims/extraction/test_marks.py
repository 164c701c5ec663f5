"""Tests for `claims.extraction.marks`: quotation marks of other house styles."""

from claims.extraction import extract_figures
from claims.extraction.marks import english_marks


def test_low_opening_marks_and_guillemets_read_as_english_marks_of_the_same_length():
    text = "„Prices rose,” she said. „Wages fell,“ he said. «Rents held,» they said. “Fine,” I said."
    marked = english_marks(text)
    assert len(marked) == len(text)
    assert marked == "“Prices rose,” she said. “Wages fell,” he said. “Rents held,” they said. “Fine,” I said."


def test_a_german_closing_mark_closes_only_a_quotation_the_low_mark_opened():
    assert english_marks("„Yes,“ he said.\n“No,” she said.") == "“Yes,” he said.\n“No,” she said."


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Daily Ledger")]


def test_a_quotation_opened_with_the_low_mark_is_its_closing_speakers():
    for opening, closing in (("„", "”"), ("„", "“"), ("«", "»")):
        text = (
            "The central bank kept its rate on Thursday.\n\n"
            f"{opening}Inflation fell to 4.2 percent in March. The slowdown came from food prices. "
            f"Exports rose by 12 percent over the year,{closing} Governor Ana Pop said."
        )
        assert origins(text) == [("4.2 percent", "Governor Ana Pop"), ("12 percent", "Governor Ana Pop")]
