"""A verb or a nounless fragment read as a speaker's name (`claims.extraction.name_fragments`).

Invented sentences in the shapes where the extractor named a speaker "has", "includes", "the cumulative",
"the northeast" or "Of the total" on real news (five studied sets): each fails on the code before
`name_fragments`.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_an_auxiliary_gives_way_to_the_subject_before_it():
    text = "Ahead of the vote, the Ruritania Rail Union has published a report showing that fares rose 31 per cent."
    assert origins(text) == [("31 per cent", "the Ruritania Rail Union")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Farm Board, the worst-hit areas include Oster in the west, which reported 14 deaths.",
            [("14 deaths", "the Farm Board")],
        ),
        (
            "According to the health bureau, the cumulative confirmed cases have risen to 8,412.",
            [("8,412", "the health bureau")],
        ),
    ],
)
def test_a_nounless_fragment_names_no_one(text, expected):
    assert origins(text) == expected


def test_a_bare_verb_names_no_one():
    text = "The firm kept its outlook for the year, which includes expected revenue growth of 3.5 per cent."
    assert origins(text) == [("3.5 per cent", "Wire")]  # was "includes"
