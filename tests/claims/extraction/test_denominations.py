"""Tests for `claims.extraction.denominations`: a note's face value and a home's bedrooms name a kind."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The central bank paid $4.1 million to print the new KSh500 and KSh1,000 notes.", ["$4.1 million"]),
        ("Printing the 50 and 100 rupee notes cost Rs 90 crore, the minister said.", ["Rs 90 crore"]),
        ("The mint will strike a new £5 coin next spring.", []),
        ("Median rents for three-bedroom houses rose 3.1 per cent to $480 a week.", ["3.1 per cent", "$480 a week"]),
        ("A two-bedroom flat in the suburb now costs $310 a week.", ["$310 a week"]),
        ("Police seized Rs 6.2 lakh in cash from a four-wheeler at the checkpost.", ["Rs 6.2 lakh"]),
    ],
)
def test_a_face_value_or_bedrooms_is_no_figure(sentence, kept):
    assert [c.quote for c in extract_figures(sentence)] == kept


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Customs officers found 640 notes hidden in a suitcase.", "640 notes"),
        ("The company sold $750 million notes due 2031.", "$750 million"),
        ("Each house has three bedrooms and a garden.", "three bedrooms"),
        ("Officers found wads of Rs 500 notes in the car.", "Rs 500"),  # one face value, its sign alone
    ],
)
def test_counted_notes_and_bedrooms_stay(sentence, quote):
    assert quote in [c.quote for c in extract_figures(sentence)]
