"""A name glossed as a body by its apposition (`claims.extraction.body_glosses`).

The sentences are invented. Each credited case gave the outlet before: the name alone (one word, or words with no
head noun) named no speaker, and the gloss in commas says it is a bank, a mill, a maker.
"""

import pytest

from claims.extraction.body_glosses import body_gloss, glossed_as_body
from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one word, then what it is, then a verb of speech with its clause left without "that"
        (
            "Kestrel, Ruritania's second-largest bank, said on Tuesday it earned R$2.4 billion in the quarter.",
            [("R$2.4 billion", "Kestrel")],
        ),
        # one word, then what it is, then a verb by which a body posts its results
        (
            "Orbitec, Eastmark's biggest textile mill, posted an after-tax profit of Rs4.1bn for the year.",
            [("Rs4.1bn", "Orbitec")],
        ),
        # a name with no head noun, glossed as a maker
        (
            "The Northwind Amber Technology, a giant manufacturer of solar panels in Asia, earned 7.2 billion yuan"
            " in revenue in the first half.",
            [("7.2 billion yuan", "The Northwind Amber Technology")],
        ),
    ],
)
def test_a_name_glossed_as_a_body_gives_its_figure(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harwick, the capital of Eastmark, earned 40 million euros from tourism last year.",  # a place, no body
        "Harwick, Eastmark's largest port, earned 40 million euros from tourism last year.",
        "Widget, a new phone from Orbitec, sold 3 million units in a week.",  # a thing
    ],
)
def test_a_gloss_of_a_place_or_a_thing_names_no_speaker(text):
    assert {origin for _, origin in origins(text)} == {"Wire"}


def test_the_gloss_is_read_by_its_head_noun():
    assert body_gloss("Ruritania's second-largest bank")
    assert body_gloss("a giant manufacturer of solar panels in Asia")
    assert not body_gloss("the capital of Eastmark")
    sentence = "Kestrel, the country's biggest lender, said"
    assert glossed_as_body(sentence, len("Kestrel"))
    assert not glossed_as_body("Kestrel said", len("Kestrel"))
