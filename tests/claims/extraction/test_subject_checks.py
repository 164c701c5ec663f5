"""A quantity is never a speaker (`claims.extraction.subject_checks.QUANTITY_SUBJECT`): in "… says the number of
rent claims rose", "claims" reads as a verb, and "the number of rent" must not speak.

The sentences are invented; the first case fails on the code before the rule, which gave "the number of rent".
"""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.subject_checks import valid_subject


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


def test_a_quantity_before_a_plural_read_as_a_verb_is_no_speaker():
    text = "A report from the housing office says the number of rent claims rose 12 percent."
    assert origins(text) == [("12 percent", "the housing office")]


@pytest.mark.parametrize(
    "phrase", ["the number of asylum", "The total number of rent", "the share of voters", "a rate of"]
)
def test_quantities_are_no_subjects(phrase):
    assert not valid_subject(phrase)


@pytest.mark.parametrize("phrase", ["the ministry", "the Bureau of Statistics", "the head of the agency"])
def test_bodies_and_people_stay_subjects(phrase):
    assert valid_subject(phrase)


# A measured quantity named by its last noun ("the death toll", "its adjusted profit") is no speaker either; a
# capitalised noun after the first word stays a name ("Inland Revenue"). The first three cases fail on the code
# before the rule, which gave "The death toll", "its adjusted profit" and "Brazil's coffee production".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll reported Monday by the health agency marks a rise of nearly 40 deaths since its last "
            "bulletin.",
            [("nearly 40 deaths", "Wire")],
        ),
        (
            "Meanwhile, Acme Corp raised its yearly sales forecast to $2.1 billion, and its adjusted profit forecast "
            "to about $1.40 from $1.30 per share.",
            [("$2.1 billion", "Acme Corp"), ("about $1.40", "Acme Corp"), ("$1.30 per share", "Acme Corp")],
        ),
        (
            "Brazil's coffee production estimate for 2024 was raised by 2 million bags to 66 million bags, according "
            "to a report from the farm ministry.",
            [("2 million bags", "the farm ministry"), ("66 million bags", "the farm ministry")],
        ),
        ("Inland Revenue said it collected $12 billion last year.", [("$12 billion", "Inland Revenue")]),
    ],
)
def test_a_measured_quantity_is_no_speaker(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize("phrase", ["Revenue", "the death toll", "its adjusted profit", "India's wheat output"])
def test_quantity_nouns_are_no_subjects(phrase):
    assert not valid_subject(phrase)
