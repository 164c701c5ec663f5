"""Tests for `claims.extraction.reporting_places`: a place that "reported" a count gives way to the body that
sources the sentence.

The sentences are invented; each case fails on the code before `reporting_places`, which gave the count to
the place.
"""

import pytest

from claims.extraction import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The country reported 310 new infections on Sunday, according to the Disease Control Agency.",
         [("310 new infections", "the Disease Control Agency")]),
        ("The hardest-hit area in the north alone reported 19 deaths, said the Civil Protection Department.",
         [("19 deaths", "the Civil Protection Department")]),
        ("Kotri and Dadu in Sindh reported highs of 46.2 and 45.9 degrees Celsius, the weather office said.",
         [("46.2", "the weather office"), ("45.9 degrees Celsius", "the weather office")]),
    ],
)  # fmt: skip
def test_a_reporting_place_gives_way_to_the_body_that_speaks(text, expected):
    assert origins(text) == expected


def test_a_body_that_reports_keeps_its_count():
    text = "The district administration reported 19 deaths, according to the Civil Protection Department."
    assert origins(text) == [("19 deaths", "The district administration")]
