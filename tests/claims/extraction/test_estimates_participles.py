"""A figure followed by a participle of fixing or counting and its agent (`estimates._agents`).

"a figure of 240 provided by district officials": the agent gives the figure right before the participle,
whatever the verb, as long as it fixes or counts; deeds and documents stay with the outlet. Invented sentences.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll fell to 58 on Friday, down from a figure of 240 provided by the health ministry.",
            [("58", "Wire"), ("240", "the health ministry")],
        ),
        ("The marchers numbered 9,500 identified by the police.", [("9,500", "the police")]),
    ],
)
def test_the_agent_of_a_participle_of_fixing_gives_the_figure_before_it(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 suspects were charged by police.",  # a deed's count
        "About 1,200 homes were destroyed by the floods.",  # no verb of fixing
        "Emissions must fall to keep warming under the 2 C targeted by the Geneva Accord.",  # a document
    ],
)
def test_deeds_and_documents_stay_with_the_outlet(text):
    assert {origin for _, origin in origins(text)} <= {"Wire"}
