"""Tests for `claims.extraction.participle_openers`: a participle phrase opening a sentence names no body."""

from claims.extraction import extract_figures
from claims.extraction.participle_openers import participle_opening


def test_a_participle_and_its_object_before_a_comma_open_no_name():
    assert participle_opening("Listing the scores of the five subjects, it said 4,100 pupils passed.")
    assert participle_opening("Addressing farmers in the valley, the minister said 30 wells were dug.")


def test_a_name_in_ing_followed_by_its_verb_is_a_name():
    assert not participle_opening("Vueling has cancelled 112 flights, the airline said.")
    assert not participle_opening("Keating said on Monday that, in all, 40 staff left.")
    assert not participle_opening("Boeing delivered 30 jets, up from 21.")


def test_a_participle_opening_is_never_the_it_of_its_sentence_or_the_next():
    text = (
        "Heavy rain fell on the coast on Monday.\n\n"
        "Offering details of the results of the five core subjects, it said 31,400 pupils passed English.\n\n"
        "For mathematics, it said 22,100 pupils passed."
    )
    names = {link.name for c in extract_figures(text, outlet="Wire") for link in c.chain}
    assert "Offering" not in names
