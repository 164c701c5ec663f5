"""Tests for `claims.extraction.spans`: reading and trimming speaker names."""

import pytest

from claims.extraction import extract_figures
from claims.extraction.spans import clean_name, name_after, points_forward, without_time_tail


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("according to U.N. agencies.", "U.N. agencies"),
        ("according to PowerOutage.us. Then", "PowerOutage.us"),
        ("according to Gov. John Bel Edwards.", "Gov. John Bel Edwards"),
        ("according to the U.S.", "the U.S."),
        ("according to the ministry on Friday, and", "the ministry"),
        ("according to US, Ukrainian and South Korean officials.", "US, Ukrainian and South Korean officials"),
        # An aside between em dashes is no part of the name, with spaces around the dashes or without.
        ("according to the health ministry—run by Hamas—at least 25", "the health ministry"),
        ("according to the health ministry — run by Hamas — at least 25", "the health ministry"),
    ],
)
def test_name_after_keeps_initials_and_lists(text, name):
    start, end = name_after(text, len("according to "))
    assert text[start:end] == name


def test_clean_name_trims_fillers_and_times():
    text = "and later the ministry on Friday,"
    start, end = clean_name(text, 0, len(text))
    assert text[start:end] == "the ministry"


def test_points_forward():
    sentence = "The ministry said 40 people died."
    assert points_forward(sentence, len("The ministry said"))
    assert not points_forward("40 people died, the ministry said on Friday.", len("40 people died, the ministry said"))


def test_a_semicolon_closes_what_was_said_and_a_bare_number_is_content():
    sentence = "Inflation slowed to 2.4%, the office said; economists had expected 2.5%."
    assert not points_forward(sentence, sentence.index("; "))
    assert points_forward(sentence, sentence.index(" 2.5%"))


def test_further_between_a_speaker_and_the_verb_is_left_out_of_the_name():
    from claims.extraction import extract_figures

    text = "The Exams Board said 640 pupils sat the paper. It further revealed that 318 were boys."
    origins = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert origins == [("640 pupils", "The Exams Board"), ("318", "The Exams Board")]


@pytest.mark.parametrize(
    "name, speaker",
    [
        ("the electoral commission Sunday morning", "the electoral commission"),
        ("Minister for Water Ada Obi Wednesday", "Minister for Water Ada Obi"),
        ("The Examinations Council (EXC) wednesday", "The Examinations Council (EXC)"),
        ("Nord News on Friday and Saturday", "Nord News"),
        ("the telephone survey conducted Saturday", "the telephone survey"),
        ("Good Friday", "Good Friday"),
        ("Early Tuesday", "Early Tuesday"),  # only a time: left for the rules that refuse it
        ("USA Today", "USA Today"),
    ],
)
def test_a_weekday_after_a_speakers_name_is_no_part_of_it(name, speaker):
    assert without_time_tail(name) == speaker


def test_the_speaker_an_editor_sees_has_no_weekday_in_its_name():
    # Thirty-fifth round: "According to the official results released by INEC Sunday morning, …" proposed a new
    # speaker "INEC Sunday morning"; "Minister for Power … Wednesday" and "(WAEC) wednesday" the same way.
    text = "According to the official results released by the ELECOM Sunday morning, the candidate won 6,957 votes."
    (figure,) = extract_figures(text, outlet="Daily Wire")
    assert figure.chain[-1].name == "the ELECOM"
