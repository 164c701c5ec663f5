"""Tests for `claims.extraction.local_money`: a text's own money named the way its translation names it."""

from claims.extraction import extract_figures


def test_pounds_in_a_turkish_lira_story_are_liras():
    # Round 21: copy translated from Arabic calls the Turkish lira "pounds".
    text = (
        "Turkish car sales reached 48 billion liras in the first half.\n\n"
        "Sales in pounds rose 31 percent, to 12 billion and 250 million pounds in June."
    )
    units = {candidate.quote: candidate.unit for candidate in extract_figures(text)}
    assert units["12 billion and 250 million pounds"] == "TRY"


def test_pounds_stay_sterling_where_the_text_names_britain():
    text = "Turkish exporters earned 5 billion liras, and British buyers paid 90 million pounds for the ships."
    units = {candidate.quote: candidate.unit for candidate in extract_figures(text)}
    assert units["90 million pounds"] == "GBP"


def test_bare_pounds_in_an_egyptian_story_are_egyptian_pounds():
    # Round 32: Egyptian papers and wires from Cairo write the Egyptian pound bare.
    text = "Egypt's housing ministry said it had spent 212 billion pounds on new cities since 2015."
    units = {candidate.quote: candidate.unit for candidate in extract_figures(text)}
    assert units["212 billion pounds"] == "EGP"


def test_bare_rials_in_an_iranian_story_are_iranian_rials():
    text = "Tehran's municipality raised 96.3 trillion rials (about $2.3 billion) from bond sales."
    units = {candidate.quote: candidate.unit for candidate in extract_figures(text)}
    assert units["96.3 trillion rials"] == "IRR"


def test_rials_stay_the_noun_where_oman_is_named_too():
    text = "Iran and Oman traded goods worth 96.3 trillion rials last year."
    units = {candidate.quote: candidate.unit for candidate in extract_figures(text)}
    assert units["96.3 trillion rials"] == "rials"
