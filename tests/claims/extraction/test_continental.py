"""Tests for `claims.extraction.continental`: a point grouping thousands, told by the noun."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The derby drew 61.274 spectators to the stadium.", Decimal("61274")),
        ("Only 7.309 voters turned out in the district.", Decimal("7309")),
        ("Inspectors seized 3.125 kilograms of cocaine.", Decimal("3.125")),  # a measure keeps its decimals
        ("The index rose 2.375 points on Friday.", Decimal("2.375")),
    ],
)
def test_three_decimals_before_people_or_tallies_are_thousands(sentence, value):
    [candidate] = extract_figures(sentence)
    assert candidate.value == value


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # A Spanish or Portuguese sentence groups thousands with a point, whatever the noun.
        ("La policía contó cerca de 8.400 manifestantes en las calles de la capital.", [Decimal("8400")]),
        ("O governo anunciou a compra de 2.150 tratores para os agricultores do norte.", [Decimal("2150")]),
        # ... and writes its decimals with a comma.
        ("La inflación fue del 3,7 por ciento en marzo, según el instituto.", [Decimal("3.7")]),
    ],
)
def test_a_romance_sentence_reads_points_as_thousands_and_commas_as_decimals(sentence, values):
    assert [candidate.value for candidate in extract_figures(sentence)] == values


def test_an_english_sentence_keeps_its_decimal_point():
    [candidate] = extract_figures("The lab measured 2.150 grams of the compound in the sample.")
    assert candidate.value == Decimal("2.15")


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("La policía contó cerca de 8.400 manifestantes en las calles de la capital.", "approx"),
        ("Los bomberos rescataron a más de 120 personas de los edificios.", "more_than"),
        ("Os médicos atenderam pelo menos 45 feridos na noite de sábado.", "at_least"),
    ],
)
def test_romance_hedges_qualify_the_figure(sentence, qualifier):
    [candidate] = extract_figures(sentence)
    assert candidate.qualifier == qualifier


def test_por_ciento_is_percent():
    [candidate] = extract_figures("El desempleo bajó al 11 por ciento en la región, informó el ministerio.")
    assert candidate.unit == "percent"
