"""Tests for `claims.extraction.openings`: a capitalised number word after a dateline opens its sentence."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    "text",
    [
        "Nashik/Pune, Jun 3: Nine coaches of the express left the track.",
        "QUETTA/LAHORE: Nine coaches of the express left the track.",
    ],
)
def test_a_number_word_after_a_dateline_of_two_cities_is_a_count(text):
    # Eighteenth round: a dateline naming two cities with a slash ("Rourkela/Allahabad, May 25:")
    # was no dateline, so the count's capital read as a name.
    assert [c.value for c in extract_figures(text)] == [9]


def test_a_capitalised_number_word_inside_a_sentence_stays_a_name():
    assert [c.value for c in extract_figures("Fans queued for the Famous Five reunion.")] == []


# Round 31: a numbered list's item number standing alone as a sentence orders the list, it counts nothing.
@pytest.mark.parametrize("text", ["1.", "2)", "(3)"])
def test_an_item_number_alone_is_no_figure(text):
    from claims.extraction import extract_figures

    quotes = [c.quote for c in extract_figures(f"The plan has 3 steps.\n\n{text}\n\nCut the tariff by 12 percent.")]
    assert quotes == ["3 steps", "12 percent"]
