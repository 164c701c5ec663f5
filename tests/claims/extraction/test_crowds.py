"""A count of people takes the participant noun its sentence names (`crowds`)."""

import pytest

from claims.extraction.crowds import protest_participants
from claims.extraction.extractor import extract_figures


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Officers put the marchers' number at 42,000 people.", "marchers"),
        (
            "Organisers counted 90,000 people, while the number of demonstrators peaked at 61,000 by police count.",
            "demonstrators",
        ),
        ("Unions said 75,000 people joined, but police said the protesters were fewer.", "protesters"),
    ],
)
def test_a_crowd_count_takes_the_participant_noun_of_its_sentence(text, unit):
    figures = extract_figures(text)
    assert figures and {figure.unit for figure in figures} == {unit}


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 40 people as demonstrators marched on the ministry.",  # held, not the crowd
        "Some 3,000 people were evacuated before the protesters arrived.",
        "About 8,000 people live in the town.",  # no crowd named
    ],
)
def test_other_people_keep_their_unit(text):
    figures = extract_figures(text)
    assert figures and all(figure.unit == "people" for figure in figures)


def test_only_a_noun_written_decides():
    # Annotators write "demonstrators", "protesters" or "people marched" for this shape: no guess.
    assert protest_participants("More than 20,000 people demonstrated in the capital.", 10, 16) is None
