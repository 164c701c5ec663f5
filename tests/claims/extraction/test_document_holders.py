"""Tests for `claims.extraction.document_holders`: a document opening the sentence, whatever its verb, or
holding its figures "in" it, sources them when no one speaks (invented sentences)."""

from claims.extraction import extract_figures


def _origins(text: str) -> dict[str, str]:
    return {c.quote: c.origin.name for c in extract_figures(text, outlet="Harbour News")}


def test_a_survey_with_any_verb_is_the_source():
    found = _origins("The phone survey was carried out in March among 2,150 voting-age residents.")
    assert found["2,150 voting-age residents"] == "The phone survey"


def test_statistics_released_with_a_participle():
    found = _origins("Road statistics released on Monday drew a grim picture as almost 1 400 drivers died in May.")
    assert found["almost 1 400 drivers"] == "Road statistics"


def test_bare_plural_forecasts():
    found = _origins("Forecasts range from 2.1 per cent to 2.6 per cent for the coming year.")
    assert found["from 2.1 per cent to 2.6 per cent"] == "Forecasts"


def test_a_possessive_forecast_was_for():
    found = _origins("Northwind's earlier forecast was for $4.2 billion in revenue.")
    assert found["$4.2 billion"] == "Northwind's earlier forecast"


def test_figures_given_in_the_budget():
    found = _origins("In the budget, the navy will get Sh12 billion and the courts Sh3 billion.")
    assert found["Sh12 billion"] == "the budget"
    assert found["Sh3 billion"] == "the budget"


def test_a_speaker_keeps_the_figure():
    found = _origins("The phone survey was carried out among 2,150 residents, Ana Ruiz said.")
    assert found["2,150 residents"] == "Ana Ruiz"


def test_a_noun_after_the_document_is_no_verb():
    found = _origins("The budget deficit which had been 7.2 percent of GDP in 2011 was cut to 4.1 percent in 2014.")
    assert found["7.2 percent"] == "Harbour News"
    found = _origins("The budget deficits rose to 3.1 percent of GDP.")
    assert found["3.1 percent"] == "Harbour News"


def test_a_number_word_is_no_part_of_the_name():
    found = _origins("Three advance estimates are released every year before the final one.")
    assert "Three advance estimates" in found


def test_a_document_that_is_the_quantity_is_no_source():
    assert _origins("Federal estimates climbed to $12 million.")["$12 million"] == "Harbour News"
    assert _origins("The results were a 9 percent fall in sales.")["9 percent"] == "Harbour News"
    assert _origins("Data centres use 4 percent of the power.")["4 percent"] == "Harbour News"


def test_a_forecast_that_is_a_figure_gives_it():
    found = _origins("Northwind's full-year EPS forecast is $2.15, up 4 percent.")
    assert found["$2.15"] == "Northwind's full-year EPS forecast"


def test_figures_set_under_an_agreement():
    found = _origins("Under the agreement, the council will have 45 days to request the funds.")
    assert found["45 days"] == "the agreement"
    assert _origins("In the deal, the council paid $4 million.")["$4 million"] != "the deal"
