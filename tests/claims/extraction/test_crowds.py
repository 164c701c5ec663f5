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


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("More than 20,000 people demonstrated in the capital on Friday, the union said.", "demonstrators"),
        ("Some 64,000 people took part in demonstrations across the country.", "demonstrators"),
        ("Only 48,000 people had protested in the port city, officials said.", "protesters"),
        ("An estimated 12,500 people joined the protest outside the assembly.", "protesters"),
    ],
)
def test_a_crowd_count_takes_the_participants_of_the_one_event_its_sentence_names(text, unit):
    figures = extract_figures(text)
    assert figures and {figure.unit for figure in figures} == {unit}


@pytest.mark.parametrize(
    "sentence",
    [
        "About 9,000 people demonstrated in protest at the new law, and others went on strike.",  # two kinds
        "About 9,000 people marched through the old town on Sunday.",  # "people marched", as often as marchers
        "The march drew about 9,000 people on Sunday.",  # the noun "march": as often "people"
        "About 9,000 people attended the rally on Sunday.",
        "About 9,000 people arrived in March.",  # the month
    ],
)
def test_no_participants_are_guessed_from_a_mixed_or_unclear_event(sentence):
    start = sentence.index("9,000")
    assert protest_participants(sentence, start, start + 5) is None
