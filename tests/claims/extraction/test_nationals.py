"""Tests for `claims.extraction.nationals`: what befell a count of a people named by its nation (25th round)."""

from claims.extraction import extract_figures


def units(text):
    return [(candidate.quote, candidate.unit) for candidate in extract_figures(text)]


def test_a_participle_after_the_count_says_what_befell_them():
    text = "Officials said 212 Ghanaians got injured in the stampede and 38 Ghanaians were killed."
    assert units(text) == [("212 Ghanaians", "ghanaians injured"), ("38 Ghanaians", "ghanaians killed")]


def test_an_aside_giving_the_share_does_not_hide_the_participle():
    text = "In the quarter 410 male Kenyans, representing 64%, got injured on the highways."
    assert ("410 male Kenyans", "kenyans injured") in units(text)


def test_a_verb_before_the_count_says_it_too():
    text = "Border guards detained 41 Eritrean nationals near the coast on Sunday."
    assert units(text) == [("41 Eritrean nationals", "nationals detained")]


def test_a_count_of_nationals_with_no_such_verb_keeps_its_noun():
    text = "The school enrolled 3,400 Ghanaians and 120 Togolese this year."
    assert units(text) == [("3,400 Ghanaians", "ghanaians"), ("120 Togolese", "togolese")]


def test_only_a_nationality_takes_the_participle():
    from claims.extraction.nationals import what_befell

    sentence = "Some 300 workers were injured."
    assert what_befell(sentence, 5, 16, "workers") is None
