"""Tests for `claims.extraction.exchange_rates`: the single unit a rate is quoted against is no amount."""

import pytest

from claims.extraction import extract_figures


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("($1 = 7.1820 Chinese yuan)", ["7.1820 Chinese yuan"]),
        ("Parliament passed the 912 billion naira budget (US$1=460 Naira).", ["912 billion naira", "460"]),
        ("The shilling slid 11 per cent this year, to KSh129.40 to US$1.", ["11 per cent", "KSh129.40"]),
    ],
)
def test_a_rate_base_is_no_figure(sentence, kept):
    assert [c.quote for c in extract_figures(sentence)] == kept


def test_a_dollar_spent_stays():
    assert [c.quote for c in extract_figures("Entry to the museum costs $1 on Sundays.")] == ["$1"]
