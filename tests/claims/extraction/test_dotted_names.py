"""A dotted abbreviation inside a subject, read as one word (`claims.extraction.dotted_names`).

The sentences are invented; each gave the outlet before, the stops in "U.S." having cut the subject short.
"""

import pytest

from claims.extraction.dotted_names import undotted
from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A top U.S. banking regulator fined Northbank $120 million on Friday.",
            [("$120 million", "A top U.S. banking regulator")],
        ),
        (
            "U.S. District Court Judge Jo Ann Marsh also gave Roe three years of probation and ordered him to pay"
            " $15,000 in fines.",
            [
                ("three years", "U.S. District Court Judge Jo Ann Marsh"),
                ("$15,000", "U.S. District Court Judge Jo Ann Marsh"),
            ],
        ),
    ],
)
def test_a_subject_with_a_dotted_abbreviation_acts(text, expected):
    assert origins(text) == expected


def test_the_abbreviation_keeps_its_length():
    sentence = "A top U.S. banking regulator and the U.N. agency"
    plain = undotted(sentence)
    assert len(plain) == len(sentence)
    assert plain == "A top Usxx banking regulator and the Unxx agency"
    assert undotted("No abbreviation here.") == "No abbreviation here."
