"""A document that fixes its figure (`claims.extraction.acting_documents`): a budget, a bill or a plan that
allocates, sets aside, allows or targets a figure is its source, as a body that does so would be.

The sentences are invented; each case giving a document fails on the code before `acting_documents`, which
gave the outlet. The look-alikes pin what stays with the outlet.
"""

import pytest

from claims.extraction.acting_documents import names_document
from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget set aside Rs900 crore for the canal project.", [("Rs900 crore", "The budget")]),
        # a year in the document's name is no count of what the subject is
        (
            "The budget 2021-22 has also set aside more than Rs4,000 crore for crop insurance.",
            [("more than Rs4,000 crore", "The budget 2021-22")],
        ),
        # after an opening phrase with a figure of its own
        (
            "Against last year's outlay of Rs6,120 crore, the 2021-22 budget has allocated Rs6,050 crore.",
            [("Rs6,120 crore", "the 2021-22 budget"), ("Rs6,050 crore", "the 2021-22 budget")],
        ),
        (
            "The budget regulations for 2022 allow a deficit as high as 38 billion lei.",
            [("as high as 38 billion lei", "The budget regulations for 2022")],
        ),
        ("The scheme targets to green 4,000 villages by 2030.", [("4,000 villages", "The scheme")]),
    ],
)
def test_a_document_that_fixes_its_figure_is_its_source(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The budget deficit fell to 3 percent.",  # the deficit is what happened, no document fixed it
        "The plan calls for 500 new homes.",  # no verb of fixing
    ],
)
def test_a_document_without_a_verb_of_fixing_stays_with_the_outlet(text):
    assert all(origin == "Wire" for _, origin in origins(text))


def test_names_document():
    assert names_document("the 2021-22 budget")
    assert names_document("The Budget Act for 2024")
    assert not names_document("The government")
