"""Two estimates in one sentence with the verb written once (`claims.extraction.gapping`).

The sentences are invented; each case fails on the code before `gapping`, which gave the
second figure to the first speaker or to the outlet.
"""

import pytest

from claims.extraction.extractor import extract_figures
from claims.extraction.gapping import gapped_clauses


def origins(text: str) -> list[tuple[str, str]]:
    return [(candidate.quote, candidate.origin.name) for candidate in extract_figures(text, outlet="Wire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Lyon, the unions counted 31,000 marchers and the prefecture 9,200.",
            [("31,000 marchers", "the unions"), ("9,200", "the prefecture")],
        ),
        (
            "On the previous day of strikes across the whole country, the CFDT had counted fewer marchers "
            "(180,000) but the Interior more (95,400).",
            [("180,000", "the CFDT"), ("95,400", "the Interior")],
        ),
    ],
)
def test_the_second_speaker_of_a_gapped_estimate_sources_its_own_figure(text, expected):
    assert origins(text) == expected


def test_without_an_estimate_before_there_is_no_gap():
    # "and the region 40" continues a list of places, not a second speaker's estimate
    assert {o for _, o in origins("Floods closed 120 schools in the north and the Volta region 40.")} == {"Wire"}


def test_a_rupee_sign_after_and_is_no_second_counter():
    # "Rs." read as a gapped counter became the speaker a later "he" went back to.
    text = (
        "Irrigation Minister Leela Das said the dam is ready. “We need an estimated outlay of Rs. 5 crore per "
        "unit, for canals it is Rs. 8.5 crore and Rs. 11 crore for pumps. Work on 14 pumping stations starts "
        "soon,” he said."
    )
    assert {speaker for _, speaker in origins(text)} == {"Irrigation Minister Leela Das"}


def test_a_rupee_sign_is_no_counter_after_a_verb_of_estimate():
    sentence = "The minister said the dam will cost Rs. 9.5 crore and Rs. 4 crore more for the canals."
    assert gapped_clauses(sentence) == []


def test_an_estimated_as_adjective_lends_no_verb():
    sentence = "The plant needs an estimated outlay of 5 crore per unit, and the ministry 8 crore."
    assert gapped_clauses(sentence) == []


def test_each_place_of_a_list_after_a_report_gives_its_own_count():
    text = (
        "Of 812 storm deaths nationwide, Coastal Province has reported 410, Lake District (LD) 37, "
        "and Northern Territory one death."
    )
    found = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert ("37", "Lake District (LD)") in found
    assert ("one death", "Northern Territory") in found
    assert ("410", "Coastal Province") in found


def test_a_list_of_figures_without_a_reporting_place_names_no_one():
    text = "Revenue rose to $5 million, Europe 3 million, and Asia 2 million."
    assert "Europe" not in {c.origin.name for c in extract_figures(text, outlet="Wire")}


def test_a_name_with_its_figure_in_brackets_is_a_list_item_not_a_gapped_counter():
    # "and Tarvania (14%)" closes a list the agency gives; a gapped counter writes "more (118,500)"
    text = (
        "The agency said 9,300 people crossed by sea, most of them landing in Norland (41%), "
        "Estria (22%) and Tarvania (14%)."
    )
    assert {origin for _, origin in origins(text)} == {"The agency"}


def test_a_body_gapped_after_a_count_spoken_of_keeps_its_of():
    text = "The prefecture spoke of about 8,400 marchers, the Dockers' Union of 26,000."
    assert origins(text) == [("about 8,400 marchers", "The prefecture"), ("26,000", "the Dockers' Union")]
