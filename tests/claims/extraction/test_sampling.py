"""A study's sample drawn by its owner (`claims.extraction.sampling`): "Pollwise questioned 1,200 adults" is
the pollster's design; "Police questioned 12 people" is a deed and stays with the outlet.

The sentences are invented; each case giving a source fails on the code before `sampling`, which gave the
outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pollwise questioned 1,214 adults between 3 and 9 May.", [("1,214 adults", "Pollwise")]),
        (
            "For the study, the researchers questioned 8,000 healthy Danish men and women about their diet.",
            [("8,000 healthy Danish men", "the researchers")],
        ),
        ("The project followed 6,420 people for an average of 19 years.", [("6,420 people", "The project"), ("19 years", "The project")]),
    ],
)  # fmt: skip
def test_a_sample_is_its_study_s_own_figure(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police questioned 12 people over the blast.",  # a force questioning people: a deed
        "Officers followed 3 men to the harbour.",
        "Pollwise questioned the figures.",  # no sample of people
    ],
)
def test_questioning_that_is_no_sample_stays_with_the_outlet(text):
    assert all(origin == "Wire" for _, origin in origins(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the study, researchers evaluated 731 people in their 60s.", [("731 people", "researchers")]),
        ("Researchers tested 5,200 patients over ten years.", [("5,200 patients", "Researchers")]),
        ("The researchers gave questionnaires to 4,900 men and women.", [("4,900 men", "The researchers")]),
        ("Scientists measured 40 glaciers in the Alps.", [("40 glaciers", "Scientists")]),
    ],
)  # fmt: skip
def test_researchers_acting_on_a_counted_sample_design_their_study(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company tested 40 new engines.",  # no researchers: a deed
        "Police examined 12 cars at the border.",
        "The researchers gave 300 dollars to charity.",  # no questionnaire given
    ],
)
def test_a_method_verb_without_researchers_stays_with_the_outlet(text):
    assert all(origin == "Wire" for _, origin in origins(text))
