"""Tests for `claims.extraction.described_bodies`: a description taken up by "it" after the text named the body
(invented texts)."""

from claims.extraction import extract_figures


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_it_after_a_description_is_the_body_named_before():
    text = (
        "Exports were blamed on the weather by the Monetary Bank of Tarvonia.\n\n"
        "The central bank noted this in its quarterly review on Monday.\n\n"
        "It said gold sales rose 6.2 per cent."
    )
    assert origins(text)[-1] == ("6.2 per cent", "Monetary Bank of Tarvonia")


def test_the_body_is_called_by_the_acronym_the_text_gave_it():
    text = (
        "The flood toll reached 14, the Lowland Emergency Relief Council (LERC) said on Monday.\n\n"
        "About 9,000 homes were hit, according to the relief office. Some 3,100 people fled, it added."
    )
    assert origins(text)[-1] == ("Some 3,100 people", "LERC")


def test_the_description_itself_stays_as_written():
    text = (
        "Exports were blamed on the weather by the Monetary Bank of Tarvonia.\n\n"
        "Gold sales rose 6.2 per cent, the central bank said."
    )
    assert origins(text) == [("6.2 per cent", "the central bank")]


def test_a_description_no_named_body_shares_a_word_with_stays_as_written():
    text = (
        "Storms hit the Tarvonian Rail Company on Monday.\n\n"
        "The weather bureau said on Tuesday that a storm was near.\n\n"
        "It said gusts of 140 km an hour were likely."
    )
    assert origins(text)[-1] == ("140 km an hour", "The weather bureau")
