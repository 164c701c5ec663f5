"""Tests for `claims.extraction.shared_names`: a bare "pesos" or "dinars" is the named country's money."""

from claims.extraction import extract_figures
from claims.extraction.shared_names import local_names, localise_names


def units(text, outlet=None):
    return [(candidate.quote, candidate.unit) for candidate in extract_figures(text, outlet=outlet)]


def test_bare_dinars_in_a_text_naming_their_country_are_its_code():
    text = "Iraq's oil ministry collected 9.2 trillion dinars in March, up 600 billion on February."
    assert units(text) == [("9.2 trillion dinars", "IQD"), ("600 billion", "IQD")]


def test_bare_pesos_take_the_country_the_text_names_most():
    text = "Argentine exporters paid 40 billion pesos in duties, Buenos Aires officials said, more than Chile's."
    assert units(text) == [("40 billion pesos", "ARS")]


def test_the_outlet_names_the_country_when_the_text_does_not():
    assert units("The ministry paid 850 million dinars in salaries.", outlet="Kuwait Daily") == [
        ("850 million dinars", "KWD")
    ]


def test_pesos_with_no_country_named_stay_the_noun():
    assert units("The stall sold tamales at 30 pesos each.") == [("30 pesos", "pesos")]


def test_only_a_lowercase_shared_name_is_localised():
    names = local_names("Tunisia spent 2 billion dinars.")
    assert names == {"dinars": "TND"}
    assert localise_names("dinars per barrel", names) == "TND per barrel"
    assert localise_names("Dinars", names) == "Dinars"
