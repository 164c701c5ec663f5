"""Tests for `claims.extraction.mentions`: people named without speaking, a later "he" (invented texts)."""

from claims.extraction import extract_figures
from claims.extraction.mentions import mentioned_person, opening_person


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_a_minister_with_a_department_named_before_is_a_later_he():
    text = (
        "Lagos- Federal Minister for Roads and Bridges Tunde Bakare today inspected the new flyover. "
        "He said the project cost 4,200 jobs less than planned."
    )
    assert origins(text) == [("4,200 jobs", "Minister for Roads and Bridges Tunde Bakare")]


def test_an_honorific_in_commas_after_an_opening_phrase_is_a_later_he():
    text = (
        "Opening the session, Justice Kemi Adeyemi, described the appeal as weak. "
        "He said the firm had moved 3 billion naira offshore."
    )
    assert origins(text) == [("3 billion naira", "Justice Kemi Adeyemi")]


def test_a_person_only_acted_upon_is_no_later_he():
    assert mentioned_person("The court sentenced Chief Ade Bello to two years in prison.") is None
    assert mentioned_person("Minister Ali Raza was arrested at his home on Monday.") is None
    assert mentioned_person("Datuk Seri Lim Wei Seng opened the clinic.") == "Datuk Seri Lim Wei Seng"


def test_a_speaker_before_still_wins_over_a_person_only_mentioned():
    text = (
        "The dam holds 900 million litres, engineer Rosa Lind said. Crews toured the site with Governor Paul Odum on Monday. "
        "She said 40 workers were on shift."
    )
    assert origins(text)[-1] == ("40 workers", "Rosa Lind")


def test_a_department_listed_with_commas_and_an_opening_time_do_not_hide_the_person():
    assert mentioned_person("On Monday, President Ada Obi opened the bridge.") == "President Ada Obi"
    text = (
        "Lines will be ready by May, Minister for Ports, Roads and Inland Waterways Ali Danjuma told reporters. "
        "He said the state built 212 kilometres of road."
    )
    assert origins(text)[-1] == ("212 kilometres", "Minister for Ports, Roads and Inland Waterways Ali Danjuma")


def test_a_titled_person_described_by_a_relative_clause_is_a_later_he():
    # The relative clause names another titled person on the way; the sentence's subject is the "he".
    text = (
        "Twelve coaches derailed, an official said. "
        "Railway Minister Lena Kask, who flew in with Rail Board Chairman T.R. Voss on Monday, met the injured. "
        "He also announced $3,000 compensation for each family."
    )
    assert origins(text)[-1] == ("$3,000", "Railway Minister Lena Kask")


def test_one_unnamed_official_opening_a_sentence_is_the_he_that_follows():
    text = (
        '"The bridge was shelled at dawn," an army officer said. '
        "A police official in Tarvo confirmed the shelling. He said four houses were destroyed."
    )
    origins = [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]
    assert origins == [("four houses", "A police official in Tarvo")]


def test_a_lowercase_phrase_after_a_title_is_no_name():
    assert opening_person("A border officer, citing protocol said, eleven trucks were turned back.") is None
