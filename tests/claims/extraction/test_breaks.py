"""Tests for `claims.extraction.breaks`: a speaker after a dashed aside or a "while", or before an aside in commas."""

import pytest

from claims.extraction import extract_figures


def origin_of(text, quote):
    """The origin speaker's name of the candidate quoted `quote` (the outlet is "Wire")."""
    [candidate] = [c for c in extract_figures(text, outlet="Wire") if c.quote == quote]
    return candidate.origin.name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a dashed aside ends before the clause that speaks
        ("The previous strike was held on a Monday -- on March 3 -- organisers said that 41,000 walked out.",
         "41,000", "organisers"),
        ("Turnout was thin — election officials said 1,200 people voted.", "1,200 people", "election officials"),
        # a "while" clause has its own speaker
        ("Police said that 7,500 attended while the organisers said it was 20,000.", "20,000", "the organisers"),
    ],
)  # fmt: skip
def test_a_speaker_after_a_dashed_aside_or_a_while(text, quote, speaker):
    assert origin_of(text, quote) == speaker


def test_a_dashed_aside_between_the_subject_and_its_verb():
    text = "The cooperative — comprising Andes Dairy Holdings and Valle Mill Trust — said sales rose 6% to 80 million pesos."
    found = {c.quote: c.origin.name for c in extract_figures(text, outlet="Valle Diario")}
    assert found["6%"] == "The cooperative"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an aside in commas between the speaker and the verb, read as blank
        (
            "A source close to the mill, said, “The night shift lost 14 workers to the flu.”",
            "14 workers",
            "A source close to the mill",
        ),
        (
            "The state's audit office, in its annual review for the year ended June, 2021, noted a 12 per cent rise in "
            "claims.",
            "12 per cent",
            "The state's audit office",
        ),
        (
            "The Deputy Registrar of the Tribunal, on Monday, at a briefing said that 260 cases were pending.",
            "260 cases",
            "The Deputy Registrar of the Tribunal",
        ),
        (
            "The Tolvan Mining Company, whose shafts lie under the old town, said 83 miners were trapped.",
            "83 miners",
            "The Tolvan Mining Company",
        ),
        # a single name before the aside
        ("Okafor, in an interview with the Herald, said 3,100 tickets were sold.", "3,100 tickets", "Okafor"),
    ],
)
def test_a_speaker_before_an_aside_in_commas(text, quote, speaker):
    assert origin_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # an opener is no speaker, and a relative clause or a second verb is no aside
        ("In addition, three of the five mills said output rose 8 per cent.", "8 per cent"),
        (
            "The final notice in the port, Velm, was read by the warden, who declared that 37 vessels were held.",
            "37 vessels",
        ),
    ],
)
def test_no_speaker_before_an_opener_or_a_relative(text, quote):
    assert origin_of(text, quote) != "In addition" and origin_of(text, quote) != "The final notice in the port"


def _origins(text):
    """Each candidate's quote and origin name (the outlet is "Wire")."""
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Wire")}


def test_a_body_with_its_acronym_and_a_day_before_a_lone_comma_speaks():
    found = _origins("Bureau of Farm Statistics (BFS) yesterday, said rice output fell 7.4 per cent in March.")
    assert found["7.4 per cent"] == "Bureau of Farm Statistics"


def test_a_titled_person_before_a_comma_speaks():
    found = _origins(
        "Coast Guard of Ruritania (CGR) commander Admiral Tomas Reyes Jr., said the storm sank 12 fishing boats."
    )
    assert found["12 fishing boats"] != "Wire"


def test_a_clause_before_the_comma_is_no_speaker():
    found = _origins("Rent arrears continued to slowly rise, said Lettings Watch, with 310 tenants behind.")
    assert found["310 tenants"] == "Lettings Watch"


def test_a_participle_after_the_comma_has_no_subject():
    found = _origins("The new levy, expected to hit renters hardest, is expected to raise £4 billion.")
    assert found["£4 billion"] == "Wire"
