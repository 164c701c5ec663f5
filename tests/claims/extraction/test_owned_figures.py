"""Tests for `claims.extraction.owned_figures`: an owner's estimate, tally or outlook set beside another's."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an indefinite article and "consensus" between the owner and the noun
        ("Fabrikam Oy said its quarterly profit was 41 cents a share, above a Contoso consensus estimate of "
         "38 cents.", [("41 cents", "Fabrikam Oy"), ("38 cents", "Contoso")]),
        # a count noun ("tally") after a body's name glossed by its acronym
        ("Hospital officials said 12 people died, fewer than the Northland Rescue Service (NRS) tally of 19 deaths.",
         [("12 people", "Hospital officials"), ("19 deaths", "Northland Rescue Service (NRS)")]),
        # dating adjectives before the owner
        ("The shortfall is $2.1 billion, above the latest Treasury prediction of $900 million.",
         [("$2.1 billion", "Wire"), ("$900 million", "Treasury")]),
        # a lowercase body and its possessive outlook
        ("Villagers said 300 homes were lost, compared with a government figure of 120.",
         [("300 homes", "Villagers"), ("120", "government")]),
        ("The bank expects growth of 2.4%, more cautious than the government's outlook of 3.1%.",
         [("2.4%", "The bank"), ("3.1%", "government")]),
    ],
)  # fmt: skip
def test_an_owned_figure_is_its_owners(text, expected):
    found = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Inflation was 2.4%, below the May forecast of 2.6%, the agency said.",  # a month dates the forecast
        "Growth was 1.9%, the agency said, against a UK figure of 2.2%.",  # a place names no one who gave it
    ],
)
def test_a_date_or_place_owns_nothing(text):
    origins = {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}
    assert all(name == "the agency" for name in origins.values()), origins
