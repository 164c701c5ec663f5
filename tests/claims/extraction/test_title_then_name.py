"""Tests for `claims.extraction.title_then_name`: "…, said the <title>, <Name>." names the person (invented sentences)."""

from claims.extraction import extract_figures


def _origins(text: str) -> dict[str, str]:
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Harbour News")}


def test_a_short_title_then_the_name():
    found = _origins(
        "Burglaries fell by 18.2 percent, from 40.5 to 33.1 per day, said the head of the Crime Office, Ana Ruiz."
    )
    assert found["18.2 percent"] == "Ana Ruiz"
    assert found["33.1 per day"] == "Ana Ruiz"


def test_a_long_title_then_the_name():
    text = (
        "From 2019 to March 3, thefts decreased by 12.4 percent, from 80.5 to 70.5 per day, said the director of the "
        "Coordinating Office of the Regional Northern Harbour Public Safety Authority, Tomas Brandt."
    )
    assert _origins(text)["12.4 percent"] == "Tomas Brandt"


def test_a_body_then_an_outlet_is_left_alone():
    assert (
        _origins("Burglaries fell 18.2 percent, said the ministry, Harbour Wire Service.")["18.2 percent"]
        == "the ministry"
    )
