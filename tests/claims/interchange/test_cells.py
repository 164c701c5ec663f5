"""Formula-injection escaping for CSV cells, and that it reads back exactly."""

import pytest

from claims.interchange.cells import csv_text, csv_text_read, starts_like_formula


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://evil.example","x")', "+1 drone", "-2+3", "@SUM(A1:A9)", "\tcmd", "\rcmd", "=1+1"],
)
def test_text_a_spreadsheet_would_run_gets_a_leading_quote(text):
    assert starts_like_formula(text)
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["12,000 troops", "≈ 12,000 troops", "'Tis the season", "", "North Korea = 1"])
def test_ordinary_text_is_left_alone(text):
    assert csv_text(text) == text


@pytest.mark.parametrize("text", ["=1+1", "'=1+1", "''=1+1", "'Tis", "'", "+", "plain", "-", "'-5", "@", "\t"])
def test_reading_undoes_writing_exactly(text):
    assert csv_text_read(csv_text(text)) == text
