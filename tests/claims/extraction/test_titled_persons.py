"""A person named after a lowercase office (`claims.extraction.titled_persons`) opens the sentence and acts.

The sentences are invented; each fails on the code before the module, which read no subject there and gave
the outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.titled_persons import names_titled_person, titled_person


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Energy acting CS Maro Tindi has proposed a levy of 2% on fuel imports.",
            ("2%", "Maro Tindi"),
        ),
        (
            "Vantor's port authority's new chief executive Ama Boateng on Monday proposed a fee of $40 a tonne.",
            ("$40 a tonne", "Ama Boateng"),
        ),
        (
            "Rovers manager Tom Hale, however, insists that the club will ask for a £30 million fee.",
            ("£30 million", "Tom Hale"),
        ),
    ],
)
def test_a_person_after_a_lowercase_office_acts(text, expected):
    # the office before the name may be trimmed from the speaker (`speaker_names`); the person stays
    ((quote, speaker),) = origins(text)
    assert quote == expected[0] and speaker.endswith(expected[1])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Energy acting CS Maro Tindi has", "Energy acting CS Maro Tindi"),
        ("Top election official Dan Ito said", "Top election official Dan Ito"),
        ("In Lagos state governor Ade Bello said", None),  # a phrase of place opens
        ("Acme CEO Dave Lowe said", None),  # all in capitals: `openers` reads it
        ("Heavy rain fell on Monday", None),
    ],
)
def test_titled_person(text, found):
    span = titled_person(text)
    assert (text[span[0] : span[1]] if span else None) == found


def test_names_titled_person_takes_the_whole_phrase():
    assert names_titled_person("Rovers manager Tom Hale")
    assert not names_titled_person("Rovers manager Tom Hale and his staff")
