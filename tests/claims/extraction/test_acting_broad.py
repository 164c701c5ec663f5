"""A subject that states its own figure with a verb `acting` read as a deed (`claims.extraction.acting_broad`).

The sentences are invented. Each credited case gave the outlet before the rule; the refusals pin the deeds and
changes of quantity that the broad rule (any verb) wrongly credited when it was measured.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Health Minister Dana Ortiz cited 314 deaths across the region.", "Health Minister Dana Ortiz"),
        ("The planning council approved 14 schemes in its sitting.", "The planning council"),
        ("Analysts had been expecting 95,000 new payroll jobs.", "Analysts"),
        ("Since March, the Department of Health records a total of 8,412 measles cases.", "the Department of Health"),
    ],
)
def test_a_subject_that_states_its_count_is_its_source(text, expected):
    assert {origin for _, origin in origins(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "The river police rescued 61 passengers from the ferry.",  # a deed
        "The airport handled 3.9 million passengers in May.",  # what passed through it
        "The Labour Party won 74 seats in the assembly.",  # what happened to it
        "The Harbour Authority issued 29 new berth permits.",  # a count of its deeds, left null by annotators
    ],
)
def test_counts_of_deeds_stay_with_the_outlet(text):
    assert {origin for _, origin in origins(text)} == {"Wire"}
