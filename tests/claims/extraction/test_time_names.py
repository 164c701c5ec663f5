"""A speaker's name that is only a time word (`claims.extraction.time_names`).

Invented sentences in the shapes where the extractor named a speaker "Friday", "Tuesday", "May" or
"a May" on real news (six studied sets): each fails on the code before `time_names`.
"""

import pytest

from claims.extraction.extractor import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the document before "released Friday" / "on Wednesday"
        (
            "Ruritanian wheat exports rose 4.1 percent in June, according to data released Friday.",
            [("4.1 percent", "data")],
        ),
        (
            "Visitor arrivals rose 7.3 per cent last year, according to a tourism ministry statement on Wednesday.",
            [("7.3 per cent", "a tourism ministry statement")],
        ),
        # the report a day or a month dates
        (
            "Monday’s preliminary results show that 2,310 candidates passed the exam.",
            [("2,310 candidates", "Monday’s preliminary results")],
        ),
        # a dated document, read to the body it is from
        (
            "Rice output will reach 41 million tonnes, according to a June 12 crop outlook report from the"
            " Ruritania Farm Bureau.",
            [("41 million tonnes", "a June 12 crop outlook report from the Ruritania Farm Bureau")],
        ),
        # the subject before a weekday that opens the predicate
        (
            "The Ruritania Statistics Office (RSO) Thursday released a study showing that 18.5% of households"
            " were poor.",
            [("18.5%", "The Ruritania Statistics Office")],
        ),
    ],
)
def test_a_time_word_gives_way_to_the_name_around_it(text, expected):
    assert origins(text) == expected


def test_a_time_word_with_no_name_around_it_names_no_one():
    text = "Ruritanian wheat exports rose 4.1 percent in June, according to Friday."
    assert origins(text) == [("4.1 percent", "Wire")]


def test_a_bare_month_may_be_a_surname():
    text = "May said 300 jobs would go."
    assert origins(text) == [("300 jobs", "May")]
