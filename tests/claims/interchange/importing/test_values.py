"""Sheet cells read as figures: ASCII digits only (``claims.interchange.importing.values``)."""

from decimal import Decimal

import pytest

from claims.figures import Qualifier
from claims.interchange.importing import values
from claims.models import ClaimStatus, Rating


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


@pytest.mark.parametrize(
    ("cell", "choices", "code"),
    [
        ("approximately", Qualifier, "approx"),  # as our sheets write it
        ("approx", Qualifier, "approx"),  # as older sheets did
        ("Order of magnitude", Qualifier, "magnitude"),
        ("more than", Qualifier, "more_than"),
        ("In review", ClaimStatus, "in_review"),
        ("in-review", ClaimStatus, "in_review"),
        ("Mostly true", Rating, "mostly_true"),
        ("Half true", Rating, "mixed"),
        ("", Rating, ""),
    ],
)
def test_choices_are_read_by_label_or_code(cell, choices, code):
    assert values.choice(cell, choices) == code


def test_an_unknown_choice_names_the_labels_and_codes():
    with pytest.raises(ValueError, match=r"“roughly” is not one of: exactly \(exact\); approximately \(approx\);"):
        values.choice("roughly", Qualifier)
