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
