"""Tests for `claims.extraction.participles`: a source named in a participle clause."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The toll from the floods climbed to 31 with the authorities on Monday reporting 7 more deaths.",
            "7 more deaths",
            "the authorities",
        ),
        (
            "The toll from the floods climbed to 31 with the authorities on Monday reporting 7 more deaths.",
            "31",
            "the authorities",
        ),
        ("The rally was loud, with organisers saying 8,000 had come.", "8,000", "organisers"),
        ("The Tribune has police putting numbers at 4,500.", "4,500", "police"),
        ("The Tribune has the fire brigade chief putting the toll at 12.", "12", "the fire brigade chief"),
    ],
)
def test_a_speaking_body_in_a_participle_clause_is_the_source(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Cancer research comes first, with four in five adults saying they would give.", "four in five"),
        ("The march was calm, with police putting up 40 barriers.", "40 barriers"),
    ],
)
def test_a_poll_finding_or_an_act_is_no_source(text, quote):
    assert origin_of(text, quote) == "Wire"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Farm incomes are falling, with the Plains Growers Federation suggesting yields could be down by as "
            "much as a third.",
            "as much as a third",
            "the Plains Growers Federation",
        ),
        (
            "The toll remains unclear, with reports indicating anywhere from 4 to 30 guards killed.",
            "from 4 to 30 guards",
            "reports",
        ),
        (
            "Output will fall, with the first advance estimate projecting a 12 per cent dip in the harvest.",
            "12 per cent",
            "the first advance estimate",
        ),
        ("Prices rose, with Harborline Bank revising January's rise to 0.9%, up from 0.4%.", "0.4%", "Harborline Bank"),
        (
            "Health will get priority, with the government devoting a chunk of N2.1 trillion to hospitals.",
            "N2.1 trillion",
            "the government",
        ),
    ],
)
def test_a_document_or_a_body_that_suggests_indicates_revises_or_devotes_is_the_source(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The march passed off quietly, with police showing 40 officers on duty.", "40 officers"),
        ("The border is calm, with the army devoting 300 troops to patrols.", "300 troops"),
        ("Rules changed, with the Finance Ministry revising its rules on 12 duties.", "12 duties"),
    ],
)
def test_a_body_showing_or_a_deed_or_a_revision_without_a_figure_is_no_source(text, quote):
    assert origin_of(text, quote) == "Wire"
