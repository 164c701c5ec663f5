"""Tests for `claims.extraction.groupings`: digits grouped as the world writes them, stray spaces included."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def values(text):
    return [candidate.value for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The returning officer said Adeyemi polled a total of 243, 019 to win the seat.", Decimal(243019)),
        ("The board is confident of reaching its 2,40, 000 MW target by 2030.", Decimal(240000)),
        ("The magistrate granted the accused bail in the sum of N250, 000 with one surety.", Decimal(250000)),
        ("The council approved N12, 405,118,300.50 for the new bridges.", Decimal("12405118300.50")),
        ("Officers seized cannabis valued at an estimated R350 000 in the raid.", Decimal(350000)),
    ],
)
def test_amount_with_a_stray_space_is_one_number(text, value):
    assert value in values(text)


def test_stray_space_before_a_scale_is_left_alone():
    # "N512, 004 million": 512,004 million or 512.004 million? Neither is read.
    assert Decimal(512004000000) not in values("The agency said it had recovered N512, 004 million so far.")
