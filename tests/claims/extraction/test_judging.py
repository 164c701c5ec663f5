"""A court's act named by everyday verbs (`claims.extraction.judging`): "A jury found Roe guilty of three counts"
is a verdict, whose counts and convicted are the jury's; a passive "was found guilty" stays with the outlet.

The sentences are invented; each case giving a source fails on the code before the verdict rule, which gave the
outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A jury found Brown guilty of three counts of fraud.", [("three counts", "A jury")]),
        ("The jury found Brown guilty in March of four counts of theft.", [("four counts", "The jury")]),
        (
            "A federal jury in Denver found four of six defendants guilty on Monday.",
            [("four", "A federal jury"), ("six defendants", "A federal jury")],
        ),
    ],
)
def test_a_verdict_is_the_jury_s_own_figure(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brown was found guilty of three counts of fraud.",  # a passive: the subject is the one convicted
        "The inquiry found 12 faults in the system.",  # a finding, no verdict
    ],
)
def test_what_is_no_verdict_stays_with_the_outlet(text):
    assert all(origin == "Wire" for _, origin in origins(text))
