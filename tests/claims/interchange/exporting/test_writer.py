"""What every claim file writes the same way: figures as plain decimals."""

from decimal import Decimal

import pytest

from claims.interchange.exporting.writer import plain_decimal


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        ("12000.0000", "12000"),
        ("12000", "12000"),
        ("1.5000", "1.5"),
        ("-2.5", "-2.5"),
        ("-0.0100", "-0.01"),
        ("0.0000", "0"),
        ("100.000", "100"),
        ("1E+3", "1000"),
        ("1.37E+6", "1370000"),
        ("1E-7", "0.0000001"),
        ("12345678901234567890.1234", "12345678901234567890.1234"),
        ("-12345678901234567890.1000", "-12345678901234567890.1"),
    ],
)
def test_figures_are_written_without_exponent_or_padding(stored, written):
    assert plain_decimal(Decimal(stored)) == written
