"""Tests for `claims.extraction.noncounts`: how long an event lasted is a figure; a span that frames a record is not."""

from decimal import Decimal

import pytest

from claims.extraction import extract_figures


def figures(text):
    return [(candidate.quote, candidate.value, candidate.unit) for candidate in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The court heard the case after a four-month trial.", "four-month", Decimal(4), "months"),
        ("The union began a 48-hour strike on the railways.", "48-hour", Decimal(48), "hours"),
        ("The striker signed a three year contract with the club.", "three year", Decimal(3), "years"),
        ("They face an extra one-year simple imprisonment.", "one-year", Decimal(1), "years"),
    ],
)
def test_the_length_of_an_event_or_agreement_is_a_figure(text, quote, value, unit):
    assert figures(text) == [(quote, value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Home sales hit a six year high in the region.",
        "It was the most arrivals for three years.",
        "Yields topped the average of the previous five years’ harvests.",
    ],
)
def test_a_span_that_frames_a_record_or_describes_is_no_figure(text):
    assert figures(text) == []


def test_a_total_of_terms_is_a_duration():
    [total] = extract_figures("The gang got jail terms totalling over 40 years.")
    assert (total.value, total.unit, total.qualifier) == (Decimal(40), "years", "more_than")
