"""A relative clause set off after the subject no longer hides the subject who gives a figure
(`claims.extraction.past_relative`).

Invented sentences in the shapes of the studied sets (a subject, ", which …,", then its verb); each fell to the
outlet on the code before `past_relative`.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The retailer, which closed its books on March 31, ended the year with a profit of $4.2 billion.",
            [("$4.2 billion", "The retailer")],
        ),
        (
            "The Borduria Land Registry figures, which are published monthly, also show that the dearest flat "
            "sold for £3 million.",
            [("£3 million", "Borduria Land Registry")],
        ),
    ],
)
def test_a_subject_before_a_relative_aside_gives_the_figure(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an opening phrase and an aside: the subject is read past one padding only
        "In Ruritania, the Central Observatory, which covers the capital, recorded a high of 41 degrees Celsius.",
        # a figure in the subject: what is counted, not who counts
        "Some 300 homes, which stood near the river, were flooded.",
    ],
)
def test_no_speaker_past_two_paddings_or_a_counted_subject(text):
    assert all(origin == "Wire" for _, origin in origins(text))
