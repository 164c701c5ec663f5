"""Tests for money as the twenty-sixth round found it missed: an uppercase "M" after a currency
("$8M"), Papua New Guinea's kina ("K45 million", "PGK8.4 billion"), Saudi riyals glued ("SR2,000,000")
and an amount spelt out in capitals before its currency ("Four hundred billion Saudi Riyals")."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def money(text):
    return [(candidate.quote, candidate.value, candidate.unit) for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The league will pay the champions $6M this season and the losing side $2.5M.",
            [("$6M", Decimal(6000000), "USD"), ("$2.5M", Decimal(2500000), "USD")],
        ),
        ("The tourism board set aside K12 million for new roads.", [("K12 million", Decimal(12000000), "PGK")]),
        (
            "The port's budget grew to PGK1.2 billion from about PGK900 million.",
            [("PGK1.2 billion", Decimal(1200000000), "PGK"), ("about PGK900 million", Decimal(900000000), "PGK")],
        ),
        (
            "The ministry plans to spend SR45,000,000,000 on housing.",
            [("SR45,000,000,000", Decimal(45000000000), "SAR")],
        ),
        (
            "The fund was set at a sum of Four hundred and twelve billion Saudi Riyals for the year.",
            [("Four hundred and twelve billion Saudi Riyals", Decimal(412000000000), "SAR")],
        ),
    ],
)
def test_money_forms(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The firm 3M cut jobs at its plant in the north.",  # a company, no currency before the "M"
        "He bought a new K2 tent and a 5M cable.",  # a lone "K" before an unscaled number is no kina
        "The Seven Sisters stand above the bay.",  # capitalised words with no currency after are a name
    ],
)
def test_not_money(text):
    assert [unit for _, _, unit in money(text) if unit in ("USD", "PGK", "SAR")] == []
