"""Tests for `claims.extraction.vague_sources`: a named speaker keeps the figures they give from a vague,
unowned document ("…, according to official tallies", "citing preliminary reports").

The sentences are invented; each case fails on the code before `vague_sources`, which made the document the
origin.
"""

import pytest

from claims.extraction import extract_figures


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coastguard said 412 people had landed on the island since Monday, according to its initial counts.",
         [("412 people", "The coastguard")]),
        ("Port director Ana Velez told reporters that, according to preliminary reports, some 60 containers fell "
         "overboard.", [("some 60 containers", "Ana Velez")]),
        ("Exports rose 12% to $4.3 billion in May, trade minister Olu Bamidele said, citing preliminary customs "
         "figures.", [("12%", "Olu Bamidele"), ("$4.3 billion", "Olu Bamidele")]),
    ],
)  # fmt: skip
def test_a_named_speaker_keeps_figures_taken_from_a_vague_document(text, expected):
    assert origins(text) == expected


def test_a_vague_document_alone_in_its_sentence_is_still_the_source():
    assert origins("Some 60 containers fell overboard, according to preliminary reports.") == [
        ("Some 60 containers", "preliminary reports")
    ]


def test_a_document_with_an_owner_stays_the_source():
    # "Customs Office figures" name who gave them
    text = "Exports rose 12% in May, trade minister Olu Bamidele said, citing Customs Office figures."
    assert origins(text) == [("12%", "Customs Office figures")]
