"""A company's legal form after a comma is part of its name (`claims.extraction.legal_forms`).

The sentences are invented. Each case naming the company fails on the code before, which read the legal form
("Inc") as the speaker; the look-alikes pin what is no legal form.
"""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.legal_forms import with_legal_form


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a survey owned by the company, then "the survey" taken up
        (
            "Most voters back the plan, according to an Acme Polling, Inc. survey that also showed 40% undecided. "
            "The survey also showed that 45% oppose it.",
            [("40%", "Acme Polling, Inc"), ("45%", "The survey")],  # the survey Acme Polling, Inc relays
        ),
        ("Contoso Holdings, Inc. said it earned $45 million.", [("$45 million", "Contoso Holdings, Inc")]),
        ("Sales rose 4%, said Contoso Holdings, Ltd., the maker of widgets.", [("4%", "Contoso Holdings, Ltd")]),
    ],
)
def test_the_legal_form_after_a_comma_belongs_to_the_name(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The hospital in Tralee, Co. Kerry said 40 beds were free.",  # a county, no legal form
        "Acme, Inca Mining and Zed said 40 jobs would go.",  # a word that begins like a form
    ],
)
def test_no_legal_form_no_widening(sentence):
    start = sentence.index("Co.") if "Co." in sentence else sentence.index("Inca")
    assert with_legal_form(sentence, start, start + 4) == (start, start + 4)
