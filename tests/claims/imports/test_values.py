"""Sheet cells read as figures: ASCII digits only (``claims.imports.values``)."""

from decimal import Decimal

import pytest

from claims.imports import values


@pytest.mark.parametrize(
    "cell, number",
    [("12000", 12000), ("12,000", 12000), (" 1.5 ", Decimal("1.5")), ("-3", -3), ("2e3", 2000), (7, 7), (2.5, 2.5)],
)
def test_figures_in_ascii_digits_are_read(cell, number):
    assert values.decimal(cell) == Decimal(str(number))


@pytest.mark.parametrize(
    "cell",
    [
        "1_000",  # once 1000
        "\u0661\u0662",  # Arabic-Indic 12, once 12
        "\u0661,\u0660\u0660\u0660",  # Arabic-Indic 1,000
        "\uff11\uff12",  # fullwidth 12
        "NaN",
        "Infinity",
        "lots",
    ],
)
def test_other_digits_and_words_are_not_figures(cell):
    with pytest.raises(ValueError, match="not a number"):
        values.decimal(cell)
